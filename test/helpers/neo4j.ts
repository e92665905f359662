/** A real Neo4j for tests: the server named by NEO4J_URI (scripts/neo4j-local start), emptied on demand. */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { loadConfig, type Neo4jConfig } from '../../core/config.ts';
import { eraseInBatches } from '../../graph/neo4j/erase.ts';
import { Neo4jStore } from '../../graph/neo4j/index.ts';
import type { StoreHooks } from '../../graph/store.ts';

export const uri = process.env.NEO4J_URI || undefined;

/** The store's configuration as the server would read it, for the server under test (or `at`). */
export const config = (at: string = uri as string): Neo4jConfig => loadConfig({ ...process.env, NEO4J_URI: at }).neo4j as Neo4jConfig;

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

/** Empties the database (in bounded transactions: it may hold a benchmark's graph). */
export async function emptyDatabase(): Promise<void> {
  const database = config().database;
  const session = adminDriver().session(database ? { database } : {});
  try {
    await eraseInBatches(session);
  } finally {
    await session.close();
  }
}

/** A store on an emptied database. */
export async function openClean(hooks?: StoreHooks): Promise<Neo4jStore> {
  await emptyDatabase();
  const store = new Neo4jStore(config(), hooks ? { hooks } : {});
  await store.init();
  return store;
}
