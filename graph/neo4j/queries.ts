/**
 * Read queries with exactly the embedded store's results (graph/sqlite/read.ts). Cypher narrows
 * and fetches; ordering and cut-offs are done here in JavaScript, because Neo4j orders strings by code
 * point while the embedded store (and canonical.ts) order by UTF-16 code unit — they disagree for
 * characters beyond the BMP, which Chinese names can contain.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { sortById, sortGraph } from '../canonical.ts';
import { admitLevel } from '../neighborhood.ts';
import { EDGE_TYPES, LABELS, type EdgeType, type Graph, type GraphEdge, type GraphNode, type Label, type SourceText } from '../schema.ts';
import type { Counts, EdgeQuery, GraphPath, NeighborhoodOptions, NodeQuery, PathOptions, Subgraph } from '../store.ts';
import { ANY_EDGE, ANY_NODE, batches, graphLabel, isEdgeType, isLabel, labelExpression, META, rows, SOURCE_TEXT, typeExpression } from './cypher.ts';
import { decodeEdge, decodeNode, EDGE_PROJECTION, NODE_PROJECTION, type StoredEdge, type StoredNode } from './serialize.ts';

/**
 * The embedded store stops once `found.length >= limit` after adding an item, so a limit of 0 still
 * yields one item and 2.5 yields three; mirrored here so both stores answer the same.
 */
export function applyLimit<T>(items: T[], limit: number | undefined): T[] {
  if (limit === undefined || Number.isNaN(limit)) return items;
  return items.slice(0, Math.max(1, Math.ceil(limit)));
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function nodesById(tx: ManagedTransaction, ids: Iterable<string>): Promise<Map<string, GraphNode>> {
  const nodes = new Map<string, GraphNode>();
  for (const batch of batches([...new Set(ids)])) {
    const found = await rows<StoredNode>(tx, `MATCH (n:${ANY_NODE}) WHERE n.id IN $ids RETURN ${NODE_PROJECTION}`, { ids: batch });
    for (const row of found) {
      const node = decodeNode(row.labels, row.properties);
      nodes.set(node.id, node);
    }
  }
  return nodes;
}

/** The WHERE conditions of a node query; constant text, values as parameters. */
function nodeConditions(query: NodeQuery): { where: string; params: Record<string, unknown> } {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  if (query.ids) {
    conditions.push('n.id IN $ids');
    params.ids = query.ids;
  }
  if (query.city !== undefined) {
    conditions.push('(CASE WHEN n:City THEN n.name ELSE n.city END) = $city');
    params.city = query.city;
  }
  if (query.plan !== undefined) {
    conditions.push('$plan IN n.plans');
    params.plan = query.plan;
  }
  if (query.text) {
    conditions.push('(toLower(n.name) CONTAINS $text OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) CONTAINS $text))');
    params.text = query.text.toLowerCase();
  }
  return { where: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

export async function findNodes(tx: ManagedTransaction, query: NodeQuery): Promise<GraphNode[]> {
  const labels = query.labels ? query.labels.filter(isLabel) : LABELS;
  if (labels.length === 0) return [];
  const { where, params } = nodeConditions(query);
  // By id: one seek on the PolicyKgNode id index, the labels checked after (a label expression has no id index to use).
  const match = query.ids ? `MATCH (n:${ANY_NODE}) ${where} AND n:${labelExpression(labels)}` : `MATCH (n:${labelExpression(labels)}) ${where}`;
  const matched = await rows<{ id: string }>(tx, `${match} RETURN n.id AS id`, params);
  const matchedIds = new Set(matched.map((row) => row.id));
  // Like the embedded store: requested ids in sorted order, repeats kept.
  const ordered = query.ids ? [...query.ids].sort().filter((id) => matchedIds.has(id)) : [...matchedIds].sort(byCodeUnit);
  const chosen = applyLimit(ordered, query.limit);
  const nodes = await nodesById(tx, chosen);
  return chosen.map((id) => nodes.get(id) as GraphNode);
}

async function edgeRows(tx: ManagedTransaction, query: EdgeQuery, types: string): Promise<StoredEdge[]> {
  const conditions = [...(query.plan !== undefined ? ['r.plan = $plan'] : []), ...(query.targetLabels ? [`b:${labelExpression(query.targetLabels)}`] : [])];
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const params = { from: query.from ?? [], to: query.to ?? [], plan: query.plan ?? null };
  if (!query.from && !query.to) return rows<StoredEdge>(tx, `MATCH ()-[r:${types}]->(b) ${where} RETURN ${EDGE_PROJECTION}`, params);
  return rows<StoredEdge>(
    tx,
    `CALL () {
       MATCH (a:${ANY_NODE})-[r:${types}]->(b) WHERE a.id IN $from RETURN r, b
       UNION
       MATCH ()-[r:${types}]->(b:${ANY_NODE}) WHERE b.id IN $to RETURN r, b
     }
     WITH r, b ${where}
     RETURN ${EDGE_PROJECTION}`,
    params,
  );
}

export async function findEdges(tx: ManagedTransaction, query: EdgeQuery): Promise<GraphEdge[]> {
  const types = query.types ? query.types.filter(isEdgeType) : EDGE_TYPES;
  if (types.length === 0 || query.targetLabels?.length === 0) return [];
  const found = (await edgeRows(tx, query, typeExpression(types))).map(decodeEdge);
  return applyLimit(sortById(found), query.limit);
}

/** Neighbours of the frontier (either direction) with their labels. */
async function neighboursOf(tx: ManagedTransaction, frontier: string[]): Promise<Map<string, Label>> {
  const found = new Map<string, Label>();
  for (const batch of batches(frontier)) {
    const cypher = `MATCH (n:${ANY_NODE})-[:${ANY_EDGE}]-(m:${ANY_NODE}) WHERE n.id IN $ids RETURN DISTINCT m.id AS id, labels(m) AS labels`;
    for (const row of await rows<{ id: string | null; labels: string[] }>(tx, cypher, { ids: batch })) {
      // Reads are read-committed: a node a concurrent replace deleted mid-query comes back without labels.
      if (row.id !== null && row.labels.some(isLabel)) found.set(row.id, graphLabel(row.labels));
    }
  }
  return found;
}

async function edgesAmong(tx: ManagedTransaction, ids: string[]): Promise<GraphEdge[]> {
  const cypher = `MATCH (a:${ANY_NODE})-[r:${ANY_EDGE}]->(b:${ANY_NODE}) WHERE a.id IN $ids AND b.id IN $ids RETURN ${EDGE_PROJECTION}`;
  return (await rows<StoredEdge>(tx, cypher, { ids })).map(decodeEdge);
}

/** Breadth-first by level; each level's eligible neighbours taken by id until `limit` nodes. */
export async function neighborhood(tx: ManagedTransaction, centre: string, options: NeighborhoodOptions): Promise<Subgraph> {
  const centreNode = (await nodesById(tx, [centre])).get(centre);
  if (!centreNode) return { nodes: [], edges: [], truncated: false };
  const included = new Set([centre]);
  let frontier = [centre];
  let truncated = false;
  for (let level = 1; level <= options.depth && !truncated; level += 1) {
    ({ frontier, truncated } = admitLevel(included, await neighboursOf(tx, frontier), options));
  }
  const ids = [...included];
  const nodes = await nodesById(tx, ids);
  return { nodes: sortById(ids.map((id) => nodes.get(id) as GraphNode)), edges: sortById(await edgesAmong(tx, ids)), truncated };
}

/** Same cap as the embedded store: at most this many distinct node sequences are considered. */
const PATH_ENUMERATION_CAP = 5000;

/** For each hop, the smallest edge id (by code unit) joining its two nodes in either direction. */
async function hopEdges(tx: ManagedTransaction, sequences: string[][]): Promise<Map<string, string>> {
  const pairs = new Map<string, [string, string]>();
  for (const nodes of sequences) for (let i = 1; i < nodes.length; i += 1) pairs.set(`${nodes[i - 1]}\u0000${nodes[i]}`, [nodes[i - 1] as string, nodes[i] as string]);
  const smallest = new Map<string, string>();
  for (const batch of batches([...pairs.values()])) {
    const cypher = `UNWIND $pairs AS pair
      MATCH (x:${ANY_NODE} {id: pair[0]})-[r:${ANY_EDGE}]-(y:${ANY_NODE} {id: pair[1]})
      RETURN pair[0] AS x, pair[1] AS y, collect(r.id) AS ids`;
    for (const row of await rows<{ x: string; y: string; ids: string[] }>(tx, cypher, { pairs: batch })) {
      smallest.set(`${row.x}\u0000${row.y}`, [...row.ids].sort(byCodeUnit)[0] as string);
    }
  }
  return smallest;
}

/**
 * Shortest undirected paths as distinct node sequences, each hop on its smallest-id edge, sorted by
 * node ids, at most `limit` — the embedded store's rule, so parallel edges (LED_BY and ASSIGNED_TO)
 * do not multiply paths.
 */
export async function shortestPaths(tx: ManagedTransaction, from: string, to: string, options: PathOptions): Promise<GraphPath[]> {
  const maxLength = Math.floor(options.maxLength);
  if (from === to || !(maxLength >= 1)) return [];
  // A variable-length bound cannot be a parameter; it is an integer checked just above.
  const bound = Number.isFinite(maxLength) ? `:${ANY_EDGE}*..${maxLength}` : `:${ANY_EDGE}*`;
  const cypher = `MATCH (a:${ANY_NODE} {id: $from}), (b:${ANY_NODE} {id: $to})
    MATCH p = allShortestPaths((a)-[${bound}]-(b))
    WITH DISTINCT [n IN nodes(p) | n.id] AS nodes
    LIMIT ${PATH_ENUMERATION_CAP}
    RETURN nodes`;
  const sequences = (await rows<{ nodes: string[] }>(tx, cypher, { from, to })).map((row) => row.nodes);
  const hops = await hopEdges(tx, sequences);
  const key = (nodes: string[]) => nodes.join('\u0000');
  return sequences
    .sort((a, b) => byCodeUnit(key(a), key(b)))
    .slice(0, options.limit)
    .map((nodes) => ({ nodes, edges: nodes.slice(1).map((id, i) => hops.get(`${nodes[i]}\u0000${id}`) as string) }));
}

export async function exportGraph(tx: ManagedTransaction): Promise<Graph> {
  // Only schema labels and types: a database shared with other data exports just the policy graph.
  const nodes = await rows<StoredNode>(tx, `MATCH (n:${ANY_NODE}) RETURN ${NODE_PROJECTION}`);
  const edges = await rows<StoredEdge>(tx, `MATCH ()-[r:${ANY_EDGE}]->() RETURN ${EDGE_PROJECTION}`);
  return sortGraph({ nodes: nodes.map((row) => decodeNode(row.labels, row.properties)), edges: edges.map(decodeEdge) });
}

/** Counts from the count store, one branch per schema label / type; zero counts are left out. */
export async function counts(tx: ManagedTransaction): Promise<Counts> {
  const nodeBranches = LABELS.map((l) => `MATCH (n:${labelExpression([l])}) RETURN '${l}' AS key, count(n) AS count`);
  const edgeBranches = EDGE_TYPES.map((t) => `MATCH ()-[r:${typeExpression([t])}]->() RETURN '${t}' AS key, count(r) AS count`);
  const result: Counts = { nodes: {}, edges: {} };
  for (const row of await rows<{ key: Label; count: number }>(tx, nodeBranches.join(' UNION ALL '))) if (row.count > 0) result.nodes[row.key] = row.count;
  for (const row of await rows<{ key: EdgeType; count: number }>(tx, edgeBranches.join(' UNION ALL '))) if (row.count > 0) result.edges[row.key] = row.count;
  return result;
}

export async function getSourceText(tx: ManagedTransaction, planId: string): Promise<SourceText | null> {
  const [row] = await rows<SourceText>(tx, `MATCH (s:${SOURCE_TEXT} {plan: $planId}) RETURN s.plan AS plan, s.file AS file, s.text AS text`, { planId });
  return row ? { plan: row.plan, file: row.file, text: row.text } : null;
}

export async function revision(tx: ManagedTransaction): Promise<string> {
  const result = await tx.run(`MATCH (m:${META} {key: 'graph'}) RETURN m.revision AS revision`);
  return String(result.records[0]?.get('revision') ?? 0);
}
