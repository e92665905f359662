/**
 * Opens the configured store: Neo4j when asked for (or when NEO4J_URI is set and no kind is given),
 * the embedded SQLite store otherwise.
 */
import path from 'node:path';
import type { Config } from '../core/config.ts';
import { errors } from '../core/errors.ts';
import { SqliteStore } from './sqlite/index.ts';
import type { GraphStore, StoreKind } from './store.ts';

export type { StoreKind } from './store.ts';

export const STORE_FILE_NAME = 'graph.db';
/** The earlier JSON store's file, migrated into graph.db on first open. */
export const LEGACY_FILE_NAME = 'graph.json';

export function storeFile(config: Config): string {
  return path.join(config.dataDir, STORE_FILE_NAME);
}

/** The embedded store in the configured data folder, opened. */
export async function openSqliteStore(config: Config): Promise<SqliteStore> {
  const store = new SqliteStore({ file: storeFile(config), busyTimeoutMs: config.busyTimeoutMs, legacyJsonFile: path.join(config.dataDir, LEGACY_FILE_NAME) });
  await store.init();
  return store;
}

export async function openStore(config: Config, kind?: StoreKind): Promise<GraphStore> {
  const chosen = kind ?? (config.neo4j ? 'neo4j' : 'sqlite');
  if (chosen === 'neo4j') {
    if (!config.neo4j) throw errors.storeUnavailable('neo4j', 'NEO4J_URI is not set (export it, or pass --neo4j-uri)');
    const { Neo4jStore } = await import('./neo4j/index.ts');
    const store: GraphStore = new Neo4jStore(config.neo4j);
    await store.init();
    return store;
  }
  return openSqliteStore(config);
}
