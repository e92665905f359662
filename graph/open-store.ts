/**
 * Opens the configured store: Neo4j when asked for (or when NEO4J_URI is set and no kind is given),
 * the embedded store otherwise.
 */
import path from 'node:path';
import type { Config } from '../core/config.ts';
import { errors } from '../core/errors.ts';
import { MemoryStore } from './memory/index.ts';
import type { GraphStore } from './store.ts';

export type StoreKind = 'memory' | 'neo4j';

export const GRAPH_FILE_NAME = 'graph.json';

export function graphFile(config: Config): string {
  return path.join(config.dataDir, GRAPH_FILE_NAME);
}

export async function openStore(config: Config, kind?: StoreKind): Promise<GraphStore> {
  const chosen = kind ?? (config.neo4j ? 'neo4j' : 'memory');
  if (chosen === 'neo4j') {
    if (!config.neo4j) throw errors.storeUnavailable('neo4j', 'NEO4J_URI is not set (export it, or pass --neo4j-uri)');
    const { Neo4jStore } = await import('./neo4j/index.ts');
    const store: GraphStore = new Neo4jStore(config.neo4j);
    await store.init();
    return store;
  }
  const store = new MemoryStore({ file: graphFile(config) });
  await store.init();
  return store;
}
