/**
 * Deleting a large graph in bounded transactions: one DETACH DELETE of a 100× corpus exceeds the
 * server's transaction memory. For tests and benchmarks that need an empty (or scratch-free) database;
 * the store itself only ever removes plans.
 */
import type { Session } from 'neo4j-driver';
import { repeatUntilDone } from './repeat.ts';

/** Deletes every node with `label` (all nodes when omitted) and their relationships, relationships first. */
export async function eraseInBatches(session: Session, label?: string): Promise<void> {
  if (label !== undefined && !/^[A-Z][A-Za-z]*$/.test(label)) throw new Error(`refusing to put ${JSON.stringify(label)} into Cypher: not a plain label`);
  const node = label ? `(n:${label})` : '(n)';
  // Relationships first, so that no batch of nodes drags an unbounded number of them along.
  await repeatUntilDone(session, `MATCH ${node}-[r]-() WITH DISTINCT r LIMIT 20000 DELETE r RETURN count(*) AS done`);
  await repeatUntilDone(session, `MATCH ${node} WITH n LIMIT 20000 DELETE n RETURN count(*) AS done`);
}
