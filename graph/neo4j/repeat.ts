/**
 * Large maintenance writes (labelling a graph stored by an older version, erasing one) run as a
 * bounded statement repeated in its own transaction until it finds nothing left: one statement over
 * the whole graph would exceed the server's transaction memory. An interrupted run resumes where it
 * stopped, since each statement only selects what is still to do.
 */
import type { Session } from 'neo4j-driver';

/** Runs `cypher` — which must `RETURN count(…) AS done` over at most a batch — until `done` is 0. */
export async function repeatUntilDone(session: Session, cypher: string): Promise<void> {
  for (let done = 1; done > 0; ) {
    const result = await session.executeWrite((tx) => tx.run(cypher));
    done = Number(result.records[0]?.get('done') ?? 0);
  }
}
