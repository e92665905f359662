/**
 * The benchmark loads a 100× corpus into the Neo4j named by NEO4J_URI and must measure that load on
 * an empty database, then leave the database empty again: it never mixes its invented cities into a
 * graph someone uses, and never erases one unless told to (--empty-neo4j).
 */
import neo4j, { type Session } from 'neo4j-driver';
import type { Neo4jConfig } from '../core/config.ts';
import { eraseInBatches } from '../graph/neo4j/erase.ts';

export async function withSession<T>(config: Neo4jConfig, work: (session: Session) => Promise<T>): Promise<T> {
  const driver = neo4j.driver(config.uri, config.user ? neo4j.auth.basic(config.user, config.password ?? '') : undefined);
  const session = driver.session(config.database ? { database: config.database } : {});
  try {
    return await work(session);
  } finally {
    await session.close();
    await driver.close();
  }
}

/** Empties the database when asked to; otherwise refuses (with the reason) a database that holds anything. */
export async function requireEmptyDatabase(config: Neo4jConfig, emptyIt: boolean): Promise<void> {
  await withSession(config, async (session) => {
    if (emptyIt) await eraseInBatches(session);
    const result = await session.executeRead((tx) => tx.run('MATCH (n) RETURN count(n) AS nodes'));
    const nodes = Number(result.records[0]?.get('nodes') ?? 0);
    if (nodes > 0) {
      throw new Error(`the Neo4j database at ${config.uri} holds ${nodes} nodes; the benchmark loads and then deletes a whole corpus, so it needs an empty database. Pass --empty-neo4j to erase it first.`);
    }
  });
}

export function eraseDatabase(config: Neo4jConfig, label?: string): Promise<void> {
  return withSession(config, (session) => eraseInBatches(session, label));
}
