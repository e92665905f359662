/**
 * Loading a corpus's graph into each store, in items (nodes + edges) per second, against a baseline
 * that does the least the same medium must do: for the embedded store, inserting every node and edge
 * as one JSON row keyed by id into a bare SQLite table (same file settings, one transaction); for
 * Neo4j, one UNWIND … CREATE of the same rows with no MERGE and no constraints.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Neo4jConfig } from '../core/config.ts';
import Database from 'better-sqlite3';
import { SqliteStore } from '../graph/sqlite/index.ts';
import type { PlanContribution } from '../graph/schema.ts';
import type { GraphStore, StoreKind } from '../graph/store.ts';
import { now, ratio, round } from './measure.ts';
import { eraseDatabase, withSession } from './neo4j-database.ts';

export interface StorageResult {
  store: StoreKind;
  plans: number;
  items: number;
  ms: number;
  itemsPerSecond: number;
  baselineMs: number;
  baselineItemsPerSecond: number;
  /** Store throughput as a share of the baseline's (≥ 0.5 is the target for Neo4j). */
  shareOfBaseline: number;
}

/** One replacePlans call, as `policy-kg ingest` makes for a directory (Neo4j splits it into bounded transactions). */
async function load(store: GraphStore, contributions: PlanContribution[]): Promise<number> {
  const started = now();
  await store.replacePlans(contributions);
  return now() - started;
}

function uniqueItems(contributions: PlanContribution[]): { nodes: Map<string, PlanContribution['nodes'][number]>; edges: Map<string, PlanContribution['edges'][number]> } {
  const nodes = new Map<string, PlanContribution['nodes'][number]>();
  const edges = new Map<string, PlanContribution['edges'][number]>();
  for (const c of contributions) {
    for (const n of c.nodes) nodes.set(n.id, n);
    for (const e of c.edges) edges.set(e.id, e);
  }
  return { nodes, edges };
}

function result(store: StorageResult['store'], plans: number, items: number, ms: number, baselineMs: number): StorageResult {
  const itemsPerSecond = (items * 1000) / ms;
  const baselineItemsPerSecond = (items * 1000) / baselineMs;
  return { store, plans, items, ms: round(ms), itemsPerSecond: Math.round(itemsPerSecond), baselineMs: round(baselineMs), baselineItemsPerSecond: Math.round(baselineItemsPerSecond), shareOfBaseline: ratio(itemsPerSecond, baselineItemsPerSecond) };
}

/** The same nodes and edges, each one JSON row in a table with only its primary key. */
function sqliteBaseline(file: string, contributions: PlanContribution[]): number {
  const { nodes, edges } = uniqueItems(contributions);
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec('CREATE TABLE items (id TEXT PRIMARY KEY, json TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO items (id, json) VALUES (?, ?)');
    const started = now();
    db.transaction(() => {
      for (const item of [...nodes.values(), ...edges.values()]) insert.run(item.id, JSON.stringify(item));
    })();
    return now() - started;
  } finally {
    db.close();
  }
}

export async function benchSqliteStorage(contributions: PlanContribution[]): Promise<StorageResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-kg-bench-'));
  try {
    const { nodes, edges } = uniqueItems(contributions);
    const baselineMs = sqliteBaseline(path.join(dir, 'baseline.db'), contributions);
    const store = new SqliteStore({ file: path.join(dir, 'graph.db') });
    await store.init();
    const ms = await load(store, contributions);
    await store.close();
    return result('sqlite', contributions.length, nodes.size + edges.size, ms, baselineMs);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The baseline: the same nodes and relationships written by plain UNWIND … CREATE under a scratch label. */
async function unwindCreateBaseline(config: Neo4jConfig, contributions: PlanContribution[]): Promise<number> {
  const { nodes, edges } = uniqueItems(contributions);
  const nodeRows = [...nodes.values()].map((n) => ({ id: n.id, name: n.name, label: n.label, plans: n.plans }));
  const edgeRows = [...edges.values()].map((e) => ({ source: e.source, target: e.target, type: e.type, evidence: JSON.stringify(e.evidence ?? []) }));
  const ms = await withSession(config, async (session) => {
    const started = now();
    const elementIds = new Map<string, string>();
    for (let i = 0; i < nodeRows.length; i += 5000) {
      const created = await session.executeWrite((tx) => tx.run('UNWIND $rows AS r CREATE (n:BenchBaseline) SET n = r RETURN r.id AS id, elementId(n) AS element', { rows: nodeRows.slice(i, i + 5000) }));
      for (const record of created.records) elementIds.set(record.get('id') as string, record.get('element') as string);
    }
    for (let i = 0; i < edgeRows.length; i += 5000) {
      const rows = edgeRows.slice(i, i + 5000).map((e) => ({ a: elementIds.get(e.source), b: elementIds.get(e.target), type: e.type, evidence: e.evidence }));
      await session.executeWrite((tx) => tx.run('UNWIND $rows AS r MATCH (a) WHERE elementId(a) = r.a MATCH (b) WHERE elementId(b) = r.b CREATE (a)-[x:BENCH_BASELINE]->(b) SET x.type = r.type, x.evidence = r.evidence', { rows }));
    }
    return now() - started;
  });
  await eraseDatabase(config, 'BenchBaseline');
  return ms;
}

export async function benchNeo4jStorage(config: Neo4jConfig, contributions: PlanContribution[], open: () => Promise<GraphStore>): Promise<StorageResult> {
  const baselineMs = await unwindCreateBaseline(config, contributions);
  const store = await open();
  try {
    const ms = await load(store, contributions);
    const { nodes, edges } = uniqueItems(contributions);
    return result('neo4j', contributions.length, nodes.size + edges.size, ms, baselineMs);
  } finally {
    await store.close();
  }
}
