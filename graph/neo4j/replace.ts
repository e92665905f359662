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
import { EDGE_TYPES, LABELS, type GraphEdge, type GraphNode, type Label, type PlanContribution } from '../schema.ts';
import { ANY_EDGE, ANY_NODE, batches, dispatch, graphLabel, groupBy, labelExpression, META, rows, SOURCE_TEXT, typeExpression } from './cypher.ts';
import { counts } from './queries.ts';
import { DERIVED_ALIASES, edgeProperties, LEXICON_ALIASES, nodeProperties } from './serialize.ts';

/** Ids of the nodes whose derived aliases may have changed in this write. */
export type Touched = Set<string>;

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
  const mentioned = await rows<{ id: string }>(tx, 'MATCH ()-[m:MENTIONS {plan: $planId}]->(t) RETURN DISTINCT t.id AS id', params);
  for (const row of mentioned) touched.add(row.id);
  await tx.run(`MATCH ()-[r:${ANY_EDGE}]->() WHERE r.plan = $planId DELETE r`, params);
  const [source] = await rows<{ nodes: string[] | null }>(tx, `MATCH (s:${SOURCE_TEXT} {plan: $planId}) RETURN s.nodes AS nodes`, params);
  // The plan's node list (written with it) finds its nodes by index; a plan stored before that list existed needs the scan.
  const supported = source?.nodes ? `UNWIND $ids AS id MATCH (n:${ANY_NODE} {id: id}) WHERE $planId IN n.plans` : `MATCH (n:${ANY_NODE}) WHERE $planId IN n.plans`;
  const orphans = await rows<{ mentioned: string[] }>(
    tx,
    `${supported}
     SET n.plans = [p IN n.plans WHERE p <> $planId]
     WITH n WHERE size(n.plans) = 0
     CALL (n) { OPTIONAL MATCH (n)-[:MENTIONS]->(t) RETURN collect(t.id) AS mentioned }
     DETACH DELETE n
     RETURN mentioned`,
    { planId, ids: source?.nodes ?? [] },
  );
  for (const row of orphans) for (const id of row.mentioned) touched.add(id);
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

/**
 * MERGE by id, replace every property, and add P to `plans` (read under the node's write lock). All
 * labels go in one statement: per-statement cost, not per-row cost, dominated a write grouped by label.
 */
async function mergeNodes(tx: ManagedTransaction, planId: string, nodes: GraphNode[]): Promise<void> {
  const cypher = `UNWIND $rows AS row
      MERGE (n:${ANY_NODE} {id: row.id})
      ${dispatch('row.label', LABELS, labelExpression, (label) => `SET n:${label}`)}
      SET n.plans = [p IN coalesce(n.plans, []) WHERE p <> $planId] + $planId
      WITH n, row, n.plans AS plans
      SET n = row.properties
      SET n.plans = plans`;
  for (const batch of batches(inLockOrder(nodes, (n) => n.label, (n) => n.id))) {
    await tx.run(cypher, { planId, rows: batch.map((node) => ({ id: node.id, label: node.label, properties: nodeProperties(node) })) });
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
 * Plan-scoped edges are created: removeContribution has just deleted every edge of this plan, so there
 * is nothing to merge with, and MERGE's per-row relationship lookup under lock was most of the cost of
 * a write. Of duplicate ids within the contribution the last wins, as in the embedded store. Structural
 * edges (no `plan`) are shared between plans: MERGEd, they keep their first version.
 */
async function writeEdges(tx: ManagedTransaction, edges: GraphEdge[], labels: Map<string, Label>): Promise<void> {
  const lastById = new Map(edges.map((e) => [e.id, e]));
  const unique = edges.filter((e) => lastById.get(e.id) === e);
  const ordered = inLockOrder(unique, (e) => labels.get(e.source) as string, (e) => e.source);
  for (const [scope, group] of groupBy(ordered, (e) => (e.plan ? 'plan' : 'structural'))) {
    const write = (type: string) => (scope === 'plan' ? `CREATE (a)-[r:${type}]->(b) SET r = row.properties` : `MERGE (a)-[r:${type} {id: row.id}]->(b) ON CREATE SET r = row.properties`);
    const cypher = `UNWIND $rows AS row
      MATCH (a:${ANY_NODE} {id: row.source})
      MATCH (b:${ANY_NODE} {id: row.target})
      ${dispatch('row.type', EDGE_TYPES, typeExpression, write)}`;
    for (const batch of batches(group)) {
      await tx.run(cypher, { rows: batch.map((e) => ({ id: e.id, type: e.type, source: e.source, target: e.target, properties: edgeProperties(e) })) });
    }
  }
}

/** Merges a contribution (after removeContribution of the same plan). */
export async function addContribution(tx: ManagedTransaction, contribution: PlanContribution, touched: Touched): Promise<void> {
  const planId = contribution.plan.id;
  const merged = await checkLabels(tx, planId, contribution.nodes);
  await mergeNodes(tx, planId, contribution.nodes);
  const labels = await endpointLabels(tx, contribution.edges, merged);
  await writeEdges(tx, contribution.edges, labels);
  // `nodes` lets removeContribution find the plan's nodes by index rather than by scanning every node.
  await tx.run(`MERGE (s:${SOURCE_TEXT} {plan: $planId}) SET s.file = $file, s.text = $text, s.nodes = $nodes`, {
    planId,
    file: contribution.plan.file,
    text: contribution.sourceText,
    nodes: [...new Set(contribution.nodes.map((n) => n.id))],
  });
  for (const node of contribution.nodes) touched.add(node.id);
  for (const edge of contribution.edges) if (edge.type === 'MENTIONS') touched.add(edge.target);
}

/**
 * Recomputes the derived aliases of the touched nodes (deleted ones match nothing): lexicon aliases ∪
 * every MENTIONS term, without the name; canonical.ts sorts them when presenting. The first SET reads
 * the node, so its write lock is held before the wordings are read.
 */
export async function refreshAliases(tx: ManagedTransaction, touched: Touched): Promise<void> {
  const cypher = `UNWIND $ids AS id
      MATCH (n:${ANY_NODE} {id: id})
      SET n.${DERIVED_ALIASES} = coalesce(n.${LEXICON_ALIASES}, [])
      WITH n
      CALL (n) {
        UNWIND n.${DERIVED_ALIASES} + COLLECT { MATCH ()-[m:MENTIONS]->(n) UNWIND m.terms AS term RETURN term } AS alias
        WITH DISTINCT alias WHERE alias <> n.name
        WITH alias ORDER BY alias
        RETURN collect(alias) AS aliases
      }
      SET n.${DERIVED_ALIASES} = CASE WHEN size(aliases) = 0 THEN null ELSE aliases END`;
  for (const batch of batches([...touched])) await tx.run(cypher, { ids: batch });
}

/** Marks the graph as changed, inside the same transaction as the change. */
export async function bumpRevision(tx: ManagedTransaction): Promise<void> {
  await tx.run(`MERGE (m:${META} {key: 'graph'}) SET m.revision = coalesce(m.revision, 0) + 1`);
}
