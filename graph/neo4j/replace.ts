/**
 * A plan's contribution replaced inside one Neo4j write transaction, with the embedded store's
 * semantics (graph/memory/graph-state.ts): drop the plan's edges and its support of every node, delete
 * nodes no plan supports, then merge the new contribution. Everything here runs in the caller's
 * transaction function, so any failure rolls all of it back.
 *
 * Concurrency: every read-modify-write of a node (`plans`, derived `aliases`) is a single SET whose
 * right-hand side reads the node, which makes Neo4j take the node's write lock before reading — two
 * plans merged concurrently cannot lose each other's support. Deadlocks are transient and retried.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { errors } from '../../core/errors.ts';
import { LABELS, type GraphEdge, type GraphNode, type Label, type PlanContribution } from '../schema.ts';
import { ANY_EDGE, ANY_NODE, batches, graphLabel, groupBy, labelExpression, META, rows, SOURCE_TEXT, typeExpression } from './cypher.ts';
import { counts } from './queries.ts';
import { DERIVED_ALIASES, edgeProperties, LEXICON_ALIASES, nodeProperties } from './serialize.ts';

/** Nodes whose derived aliases may have changed in this write, with their labels (an id never changes label). */
export type Touched = Map<string, Label>;

type Mentioned = { id: string; labels: string[] };

export interface Totals {
  nodes: number;
  edges: number;
}

/** Graph size from the count store, which sees the transaction's own changes. */
export async function totals(tx: ManagedTransaction): Promise<Totals> {
  const { nodes, edges } = await counts(tx);
  const sum = (values: (number | undefined)[]) => values.reduce<number>((total, n) => total + (n ?? 0), 0);
  return { nodes: sum(Object.values(nodes)), edges: sum(Object.values(edges)) };
}

export async function hasPlan(tx: ManagedTransaction, planId: string): Promise<boolean> {
  return (await rows(tx, 'MATCH (p:Plan {id: $planId}) RETURN p.id AS id', { planId })).length > 0;
}

/** Graph labels of the given ids that exist. */
async function labelsOf(tx: ManagedTransaction, ids: Iterable<string>): Promise<Map<string, Label>> {
  const labels = new Map<string, Label>();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return labels;
  for (const batch of batches(unique)) {
    const found = await rows<{ id: string; labels: string[] }>(tx, `MATCH (n:${ANY_NODE}) WHERE n.id IN $ids RETURN n.id AS id, labels(n) AS labels`, { ids: batch });
    for (const row of found) labels.set(row.id, graphLabel(row.labels));
  }
  return labels;
}

/**
 * Drops plan P's edges, P from every node's `plans`, the nodes left unsupported (with all their
 * edges) and P's source text. Adds to `touched` the nodes whose derived aliases may have changed.
 */
export async function removeContribution(tx: ManagedTransaction, planId: string, touched: Touched): Promise<void> {
  const params = { planId };
  const mentioned = await rows<Mentioned>(tx, 'MATCH ()-[m:MENTIONS {plan: $planId}]->(t) RETURN DISTINCT t.id AS id, labels(t) AS labels', params);
  for (const row of mentioned) touched.set(row.id, graphLabel(row.labels));
  await tx.run(`MATCH ()-[r:${ANY_EDGE}]->() WHERE r.plan = $planId DELETE r`, params);
  const orphans = await rows<{ mentioned: Mentioned[] }>(
    tx,
    `MATCH (n:${ANY_NODE}) WHERE $planId IN n.plans
     SET n.plans = [p IN n.plans WHERE p <> $planId]
     WITH n WHERE size(n.plans) = 0
     CALL (n) { OPTIONAL MATCH (n)-[:MENTIONS]->(t) RETURN collect(t {.id, labels: labels(t)}) AS mentioned }
     DETACH DELETE n
     RETURN mentioned`,
    params,
  );
  for (const row of orphans) for (const t of row.mentioned) touched.set(t.id, graphLabel(t.labels));
  await tx.run(`MATCH (s:${SOURCE_TEXT} {plan: $planId}) DELETE s`, params);
}

/**
 * The embedded store refuses an id that changes label; Neo4j's per-label constraints would not
 * notice. Returns the contribution's labels by id.
 */
async function checkLabels(tx: ManagedTransaction, planId: string, nodes: GraphNode[]): Promise<Map<string, Label>> {
  const labels = await labelsOf(tx, nodes.map((n) => n.id));
  for (const node of nodes) {
    const existing = labels.get(node.id);
    if (existing && existing !== node.label) {
      throw errors.validationFailed('contribution', [{ path: node.id, message: `is a ${existing} in the graph but a ${node.label} in ${planId}` }]);
    }
    labels.set(node.id, node.label);
  }
  return labels;
}

/**
 * Nodes and edges are written in one global order (label, then id; the sort is stable so duplicate
 * ids keep their relative order): writers from different processes then take node locks in the same
 * order, which keeps deadlocks — and the driver's back-off retries — rare.
 */
function inLockOrder<T>(items: T[], label: (item: T) => string, id: (item: T) => string): T[] {
  const rank = (item: T) => (LABELS as readonly string[]).indexOf(label(item));
  return [...items].sort((a, b) => rank(a) - rank(b) || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
}

/** MERGE by id, replace every property, and add P to `plans` (read under the node's write lock). */
async function mergeNodes(tx: ManagedTransaction, planId: string, nodes: GraphNode[]): Promise<void> {
  for (const [label, group] of groupBy(inLockOrder(nodes, (n) => n.label, (n) => n.id), (n) => n.label)) {
    const cypher = `UNWIND $rows AS row
      MERGE (n:${labelExpression([label])} {id: row.id})
      SET n.plans = [p IN coalesce(n.plans, []) WHERE p <> $planId] + $planId
      WITH n, row, n.plans AS plans
      SET n = row.properties
      SET n.plans = plans`;
    for (const batch of batches(group)) {
      await tx.run(cypher, { planId, rows: batch.map((node) => ({ id: node.id, properties: nodeProperties(node) })) });
    }
  }
}

/**
 * Every edge must join nodes that exist now (the contribution's, just merged, or stored ones); the
 * first that does not aborts the whole write.
 */
async function endpointLabels(tx: ManagedTransaction, edges: GraphEdge[], merged: Map<string, Label>): Promise<Map<string, Label>> {
  const stored = await labelsOf(tx, edges.flatMap((e) => [e.source, e.target]).filter((id) => !merged.has(id)));
  const labels = new Map([...stored, ...merged]);
  for (const edge of edges) {
    if (!labels.has(edge.source) || !labels.has(edge.target)) {
      throw errors.validationFailed('contribution', [{ path: edge.id, message: 'connects a node that is not in the graph' }]);
    }
  }
  return labels;
}

/**
 * Plan-scoped edges are written whole (a later duplicate id wins, as in the embedded store);
 * structural ones (no `plan`) are MERGEd and keep their first version. Grouping by (type, source
 * label, target label) lets each endpoint lookup be a unique-index seek.
 */
async function mergeEdges(tx: ManagedTransaction, edges: GraphEdge[], labels: Map<string, Label>): Promise<void> {
  const keyOf = (e: GraphEdge) => [e.type, labels.get(e.source), labels.get(e.target), e.plan ? 'plan' : 'structural'].join(' ');
  const ordered = inLockOrder(edges, (e) => labels.get(e.source) as string, (e) => e.source);
  for (const [key, group] of groupBy(ordered, keyOf)) {
    const [type, from, to, scope] = key.split(' ') as [string, string, string, string];
    const cypher = `UNWIND $rows AS row
      MATCH (a:${labelExpression([from])} {id: row.source})
      MATCH (b:${labelExpression([to])} {id: row.target})
      MERGE (a)-[r:${typeExpression([type])} {id: row.id}]->(b)
      ${scope === 'plan' ? 'SET' : 'ON CREATE SET'} r = row.properties`;
    for (const batch of batches(group)) {
      await tx.run(cypher, { rows: batch.map((e) => ({ id: e.id, source: e.source, target: e.target, properties: edgeProperties(e) })) });
    }
  }
}

/** Merges a contribution (after removeContribution of the same plan). */
export async function addContribution(tx: ManagedTransaction, contribution: PlanContribution, touched: Touched): Promise<void> {
  const planId = contribution.plan.id;
  const merged = await checkLabels(tx, planId, contribution.nodes);
  await mergeNodes(tx, planId, contribution.nodes);
  const labels = await endpointLabels(tx, contribution.edges, merged);
  await mergeEdges(tx, contribution.edges, labels);
  await tx.run(`MERGE (s:${SOURCE_TEXT} {plan: $planId}) SET s.file = $file, s.text = $text`, {
    planId,
    file: contribution.plan.file,
    text: contribution.sourceText,
  });
  for (const node of contribution.nodes) touched.set(node.id, node.label);
  for (const edge of contribution.edges) if (edge.type === 'MENTIONS') touched.set(edge.target, labels.get(edge.target) as Label);
}

/**
 * Recomputes the derived aliases of the touched nodes (deleted ones match nothing): lexicon aliases ∪
 * every MENTIONS term, without the name; canonical.ts sorts them when presenting. The first SET reads
 * the node, so its write lock is held before the wordings are read.
 */
export async function refreshAliases(tx: ManagedTransaction, touched: Touched): Promise<void> {
  for (const [label, group] of groupBy([...touched], ([, l]) => l)) {
    const cypher = `UNWIND $ids AS id
      MATCH (n:${labelExpression([label])} {id: id})
      SET n.${DERIVED_ALIASES} = coalesce(n.${LEXICON_ALIASES}, [])
      WITH n
      CALL (n) {
        UNWIND n.${DERIVED_ALIASES} + COLLECT { MATCH ()-[m:MENTIONS]->(n) UNWIND m.terms AS term RETURN term } AS alias
        WITH DISTINCT alias WHERE alias <> n.name
        WITH alias ORDER BY alias
        RETURN collect(alias) AS aliases
      }
      SET n.${DERIVED_ALIASES} = CASE WHEN size(aliases) = 0 THEN null ELSE aliases END`;
    for (const batch of batches(group)) await tx.run(cypher, { ids: batch.map(([id]) => id) });
  }
}

/** Marks the graph as changed, inside the same transaction as the change. */
export async function bumpRevision(tx: ManagedTransaction): Promise<void> {
  await tx.run(`MERGE (m:${META} {key: 'graph'}) SET m.revision = coalesce(m.revision, 0) + 1`);
}
