/**
 * Plans replaced inside one Neo4j write transaction with the embedded store's semantics, many plans per
 * statement: the plans are cut into runs (batch.ts), and each run's stored contributions are removed
 * (remove.ts) before its new ones are written here — nodes MERGEd on the PolicyKgNode id constraint, the
 * plans' own edges CREATEd (their old ones were just deleted), structural edges MERGEd. Everything runs
 * in the caller's transaction function, so any failure rolls all of it back.
 *
 * Concurrency: a node's `plans` and derived aliases are rewritten after the node's write lock is taken
 * (by `SET n:Label`), from what the node holds then; deadlocks are transient and retried.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { errors } from '../../core/errors.ts';
import { LABELS, type PlanContribution } from '../schema.ts';
import type { ReplaceSummary } from '../store.ts';
import { carryEdits } from '../plan-edits.ts';
import { AliasChanges } from './aliases.ts';
import { isSelfContained, runRows, splitIntoRuns, summarise, type EdgeRow, type NodeRow, type RunRows, type StepChange, type Totals } from './batch.ts';
import { ANY_NODE, batches, groupBy, labelExpression, META, pipelined, rows, SOURCE_TEXT, typeExpression, type Statement } from './cypher.ts';
import { counts } from './queries.ts';
import { storedPlanEditsOf } from './plan-edits.ts';
import { readStoredPlans, removeContributions } from './remove.ts';
import { DERIVED_ALIASES, LEXICON_ALIASES } from './serialize.ts';

/** Rows per write statement: large enough that per-statement costs vanish, small enough to stream. */
const WRITE_BATCH_SIZE = 5_000;

/** Graph size from the count store, which sees the transaction's own changes. */
export async function totals(tx: ManagedTransaction): Promise<Totals> {
  const { nodes, edges } = await counts(tx);
  const sum = (values: (number | undefined)[]) => values.reduce<number>((total, n) => total + (n ?? 0), 0);
  return { nodes: sum(Object.values(nodes)), edges: sum(Object.values(edges)) };
}

export async function hasPlan(tx: ManagedTransaction, planId: string): Promise<boolean> {
  return (await rows(tx, 'MATCH (p:Plan {id: $planId}) RETURN p.id AS id', { planId })).length > 0;
}

/**
 * MERGE by id, add the run's plans to `plans`, replace every other property, and extend the derived
 * aliases with what the run adds (aliases.ts) — unless the node's name or lexicon aliases changed,
 * when they are recomputed at the end of the write. Returns each node's element id (edges find their
 * endpoints by it) and counts creations by step. A node stored with another label refuses the write,
 * as the embedded store does.
 */
async function mergeNodes(tx: ManagedTransaction, run: RunRows, changes: StepChange[], aliases: AliasChanges): Promise<Map<string, string>> {
  const statements: Statement[] = [];
  for (const [label, group] of groupBy(run.nodes, (n) => n.label)) {
    const cypher = `UNWIND $rows AS row
      MERGE (n:${ANY_NODE} {id: row.id})
      WITH n, row, n.plans IS NULL AS created, [l IN labels(n) WHERE l IN $labels AND l <> $label] AS clash
      SET n:${labelExpression([label])}
      WITH n, row, created, clash, row.properties AS properties, coalesce(n.${DERIVED_ALIASES}, []) AS stored,
        NOT created AND (n.name <> row.properties.name OR coalesce(n.${LEXICON_ALIASES}, []) <> coalesce(row.properties.${LEXICON_ALIASES}, [])) AS reworded
      WITH n, row, created, clash, properties, reworded, CASE WHEN created THEN row.aliases ELSE stored + [a IN row.aliases WHERE NOT a IN stored] END AS aliases
      SET n = properties {.*, plans: [p IN coalesce(n.plans, []) WHERE NOT p IN row.plans] + row.plans, ${DERIVED_ALIASES}: CASE WHEN size(aliases) = 0 THEN null ELSE aliases END}
      RETURN row.id AS id, elementId(n) AS element, created, clash, reworded`;
    for (const batch of batches(group, WRITE_BATCH_SIZE)) {
      statements.push({ cypher, parameters: { rows: batch.map(({ id, plans, properties, aliases: added }: NodeRow) => ({ id, plans, properties, aliases: added })), labels: LABELS, label } });
    }
  }
  const byId = new Map(run.nodes.map((n) => [n.id, n]));
  const elements = new Map<string, string>();
  for (const found of await pipelined<{ id: string; element: string; created: boolean; clash: string[]; reworded: boolean }>(tx, statements)) {
    for (const row of found) {
      const node = byId.get(row.id) as NodeRow;
      if (row.clash.length > 0) {
        throw errors.validationFailed('contribution', [{ path: row.id, message: `is a ${row.clash[0]} in the graph but a ${node.label} in ${run.planIds[node.step]}` }]);
      }
      elements.set(row.id, row.element);
      if (row.created) (changes[node.step] as StepChange).createdNodes += 1;
      if (row.reworded) aliases.recompute(row.id);
    }
  }
  return elements;
}

/**
 * Element ids of every edge endpoint. Endpoints outside the run's nodes occur only in a run of one plan
 * that is not self-contained; they must exist now, or the whole write is refused.
 */
async function endpointElements(tx: ManagedTransaction, edges: EdgeRow[], merged: Map<string, string>): Promise<Map<string, string>> {
  const outside = [...new Set(edges.flatMap((e) => [e.source, e.target]).filter((id) => !merged.has(id)))];
  const elements = new Map(merged);
  for (const batch of batches(outside)) {
    for (const row of await rows<{ id: string; element: string }>(tx, `MATCH (n:${ANY_NODE}) WHERE n.id IN $ids RETURN n.id AS id, elementId(n) AS element`, { ids: batch })) {
      elements.set(row.id, row.element);
    }
  }
  const dangling = edges.find((e) => !elements.has(e.source) || !elements.has(e.target));
  if (dangling) throw errors.validationFailed('contribution', [{ path: dangling.id, message: 'connects a node that is not in the graph' }]);
  return elements;
}

const endpointRows = (edges: EdgeRow[], elements: Map<string, string>) =>
  edges.map((e) => ({ id: e.id, step: e.step, a: elements.get(e.source), b: elements.get(e.target), properties: e.properties }));

/**
 * One statement per relationship type and batch, endpoints found by element id. A plan's own edges are
 * CREATEd; structural ones are shared between plans and MERGEd, keeping the version first stored, and
 * the statement says which it created, for the summaries.
 */
async function writeEdges(tx: ManagedTransaction, run: RunRows, elements: Map<string, string>, changes: StepChange[]): Promise<void> {
  const match = `UNWIND $rows AS row
      MATCH (a) WHERE elementId(a) = row.a
      MATCH (b) WHERE elementId(b) = row.b`;
  const statements = (edges: EdgeRow[], cypher: (type: string) => string): Statement[] =>
    [...groupBy(edges, (e) => e.type)].flatMap(([type, group]) => [...batches(group, WRITE_BATCH_SIZE)].map((batch) => ({ cypher: cypher(typeExpression([type])), parameters: { rows: endpointRows(batch, elements) } })));
  const created = statements(run.planEdges, (type) => `${match} CREATE (a)-[r:${type}]->(b) SET r = row.properties`);
  const merged = statements(
    run.structural,
    (type) => `${match}
      WITH a, b, row, EXISTS { (a)-[:${type} {id: row.id}]->(b) } AS existed
      MERGE (a)-[r:${type} {id: row.id}]->(b) ON CREATE SET r = row.properties
      RETURN row.step AS step, existed`,
  );
  const results = await pipelined<{ step: number; existed: boolean }>(tx, [...merged, ...created]);
  for (const row of results.slice(0, merged.length).flat()) if (!row.existed) (changes[row.step] as StepChange).createdEdges += 1;
  run.planEdgeCounts.forEach((count, step) => ((changes[step] as StepChange).createdEdges += count));
}

/** The decoded texts, with what the next replace of each plan needs: its node list (found by index) and shape. */
async function writeSources(tx: ManagedTransaction, run: PlanContribution[]): Promise<void> {
  const cypher = `UNWIND $rows AS row
    MERGE (s:${SOURCE_TEXT} {plan: row.plan})
    SET s.file = row.file, s.text = row.text, s.nodes = row.nodes, s.selfContained = row.selfContained`;
  const sources = run.map((c) => ({ plan: c.plan.id, file: c.plan.file, text: c.sourceText, nodes: [...new Set(c.nodes.map((n) => n.id))], selfContained: isSelfContained(c) }));
  await pipelined(tx, [...batches(sources, 100)].map((batch) => ({ cypher, parameters: { rows: batch } })));
}

/** Called for each plan after the removals and before the additions (tests inject failures there). */
export type BeforeAdd = (planId: string) => void | Promise<void>;

async function replaceRun(tx: ManagedTransaction, run: PlanContribution[], aliases: AliasChanges, beforeAdd: BeforeAdd): Promise<ReplaceSummary[]> {
  const rowsOfRun = runRows(run);
  const start = await totals(tx);
  const changes = await removeContributions(tx, rowsOfRun.planIds, rowsOfRun.firstNew, aliases);
  for (const planId of rowsOfRun.planIds) await beforeAdd(planId);
  const merged = await mergeNodes(tx, rowsOfRun, changes, aliases);
  const [, elements] = await Promise.all([writeSources(tx, run), endpointElements(tx, [...rowsOfRun.planEdges, ...rowsOfRun.structural], merged)]);
  await writeEdges(tx, rowsOfRun, elements, changes);
  for (const [target, terms] of rowsOfRun.outsideWordings) aliases.extend(target, terms);
  return summarise(rowsOfRun.planIds, start, changes);
}

/** Replaces the plans in order, run by run, and brings derived aliases up to date; one summary per plan. */
export async function replacePlansInTransaction(tx: ManagedTransaction, read: PlanContribution[], beforeAdd: BeforeAdd): Promise<ReplaceSummary[]> {
  const planIds = [...new Set(read.map((c) => c.plan.id))];
  // A plan read afresh from its file keeps the hand edits of the version it replaces.
  const edits = await storedPlanEditsOf(tx, planIds);
  const contributions = read.map((contribution) => carryEdits(contribution, edits.get(contribution.plan.id)));
  const stored = await readStoredPlans(tx, planIds);
  const aliases = new AliasChanges();
  const summaries: ReplaceSummary[] = [];
  for (const run of splitIntoRuns(contributions, stored)) summaries.push(...(await replaceRun(tx, run, aliases, beforeAdd)));
  await aliases.apply(tx);
  await bumpRevision(tx);
  return summaries;
}

/** Marks the graph as changed, inside the same transaction as the change. */
export async function bumpRevision(tx: ManagedTransaction): Promise<void> {
  await tx.run(`MERGE (m:${META} {key: 'graph'}) SET m.revision = coalesce(m.revision, 0) + 1`);
}
