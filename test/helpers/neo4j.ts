/** A real Neo4j for tests: the server named by NEO4J_URI (scripts/neo4j-local start), emptied on demand. */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Neo4jConfig } from '../../core/config.ts';
import { Neo4jStore } from '../../graph/neo4j/index.ts';
import type { StoreHooks } from '../../graph/store.ts';

export const uri = process.env.NEO4J_URI || undefined;

export const config = (): Neo4jConfig => ({
  uri: uri as string,
  user: process.env.NEO4J_USER,
  password: process.env.NEO4J_PASSWORD,
  database: process.env.NEO4J_DATABASE,
});

let admin: Driver | null = null;
function adminDriver(): Driver {
  const { user, password } = config();
  admin ??= neo4j.driver(uri as string, user ? neo4j.auth.basic(user, password ?? '') : undefined, { disableLosslessIntegers: true });
  return admin;
}

export async function closeAdmin(): Promise<void> {
  await admin?.close();
  admin = null;
}

/** Raw Cypher for test setup and checks, outside the store under test. */
export async function adminQuery<T>(cypher: string, write = false): Promise<T[]> {
  const database = config().database;
  const session = adminDriver().session(database ? { database } : {});
  try {
    const work = async (tx: ManagedTransaction) => (await tx.run(cypher)).records.map((r) => r.toObject() as T);
    return write ? await session.executeWrite(work) : await session.executeRead(work);
  } finally {
    await session.close();
  }
}

/**
 * Empties the database in bounded transactions: one DETACH DELETE of a large graph (a benchmark's,
 * say) would exceed the server's transaction memory limit.
 */
export async function emptyDatabase(): Promise<void> {
  // Relationships first, so that no batch of nodes drags an unbounded number of them along.
  for (const cypher of ['MATCH ()-[r]->() WITH r LIMIT 20000 DELETE r RETURN count(*) AS deleted', 'MATCH (n) WITH n LIMIT 20000 DELETE n RETURN count(*) AS deleted']) {
    for (let deleted = 1; deleted > 0; ) {
      const [row] = await adminQuery<{ deleted: number }>(cypher, true);
      deleted = row?.deleted ?? 0;
    }
  }
}

/** A store on an emptied database. */
export async function openClean(hooks?: StoreHooks): Promise<Neo4jStore> {
  await emptyDatabase();
  const store = new Neo4jStore(config(), hooks ? { hooks } : {});
  await store.init();
  return store;
}
