/**
 * Removing the stored contributions of a run of plans (batch.ts) in a few statements: their own edges,
 * the run's plans from every node's `plans`, the nodes left without support — unless an earlier plan of
 * the run re-adds them — and what went with those. Each statement reports what it removed per step, for
 * the summaries.
 *
 * Concurrency: the `plans` a node keeps are computed by a SET whose right-hand side reads the node, so
 * Neo4j holds the node's write lock while reading it and a concurrent writer's support is never lost.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { EDGE_TYPES } from '../schema.ts';
import type { AliasChanges } from './aliases.ts';
import { noChange, type StepChange, type StoredPlan } from './batch.ts';
import { ANY_EDGE, ANY_NODE, batches, pipelined, rows, SOURCE_TEXT, typeExpression } from './cypher.ts';

/** The stored contributions' node lists and shapes, by plan (plans not stored are absent). */
export async function readStoredPlans(tx: ManagedTransaction, planIds: string[]): Promise<Map<string, StoredPlan>> {
  const found = await rows<{ plan: string; nodes: string[] | null; selfContained: boolean | null }>(
    tx,
    `UNWIND $planIds AS planId MATCH (s:${SOURCE_TEXT} {plan: planId}) RETURN s.plan AS plan, s.nodes AS nodes, s.selfContained AS selfContained`,
    { planIds },
  );
  return new Map(found.map((row) => [row.plan, { nodes: row.nodes, selfContained: row.selfContained === true }]));
}

/** Nodes the plans supported: from their node lists, or (a plan stored before lists existed) by scanning. */
async function supportedNodes(tx: ManagedTransaction, planIds: string[], stored: ReadonlyMap<string, StoredPlan>): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const planId of planIds) {
    const listed = stored.get(planId)?.nodes;
    if (listed) for (const id of listed) ids.add(id);
    else for (const row of await rows<{ id: string }>(tx, `MATCH (n:${ANY_NODE}) WHERE $planId IN n.plans RETURN n.id AS id`, { planId })) ids.add(row.id);
  }
  return ids;
}

/**
 * One statement per relationship type: a type expression over several indexed types, or a plan taken
 * from an outer row inside a union, makes the planner scan instead of seeking the `plan` index.
 */
async function deletePlanEdges(tx: ManagedTransaction, steps: Record<string, number>, changes: StepChange[], aliases: AliasChanges): Promise<void> {
  const statements = EDGE_TYPES.map((type) => ({
    cypher: `UNWIND $planIds AS planId
      MATCH ()-[r:${typeExpression([type])}]->(t) WHERE r.plan = planId
      WITH planId, r, t.id AS target
      DELETE r
      RETURN planId, count(r) AS deleted, ${type === 'MENTIONS' ? 'collect(DISTINCT target)' : '[]'} AS targets`,
    parameters: { planIds: Object.keys(steps) },
  }));
  for (const found of await pipelined<{ planId: string; deleted: number; targets: string[] }>(tx, statements)) {
    for (const row of found) {
      (changes[steps[row.planId] as number] as StepChange).removedEdges += row.deleted;
      for (const id of row.targets) aliases.recompute(id);
    }
  }
}

/**
 * A node loses the run's plans; it goes (with all its edges) when no other plan supports it and no plan
 * of the run before the last one that supported it re-adds it (`firstNew`, see batch.ts).
 */
async function deleteOrphans(tx: ManagedTransaction, candidates: { id: string; firstNew: number }[], steps: Record<string, number>, changes: StepChange[], aliases: AliasChanges): Promise<void> {
  const cypher = `UNWIND $candidates AS c
    MATCH (n:${ANY_NODE} {id: c.id})
    WITH n, c, reduce(last = -1, p IN n.plans | CASE WHEN $steps[p] > last THEN $steps[p] ELSE last END) AS last
    SET n.plans = [p IN n.plans WHERE $steps[p] IS NULL]
    WITH n, c, last WHERE last >= 0 AND size(n.plans) = 0 AND c.firstNew >= last
    CALL (n) {
      OPTIONAL MATCH (n)-[r:${ANY_EDGE}]-(other)
      RETURN collect(r.id) AS edges, collect(CASE WHEN type(r) = 'MENTIONS' AND startNode(r) = n THEN other.id END) AS mentioned
    }
    DETACH DELETE n
    RETURN last AS step, edges, mentioned`;
  // An edge between two orphans goes with the first of them.
  const edgeStep = new Map<string, number>();
  const statements = [...batches(candidates)].map((batch) => ({ cypher, parameters: { candidates: batch, steps } }));
  for (const found of await pipelined<{ step: number; edges: string[]; mentioned: string[] }>(tx, statements)) {
    for (const row of found) {
      (changes[row.step] as StepChange).removedNodes += 1;
      for (const id of row.edges) edgeStep.set(id, Math.min(row.step, edgeStep.get(id) ?? row.step));
      for (const id of row.mentioned) aliases.recompute(id);
    }
  }
  for (const step of edgeStep.values()) (changes[step] as StepChange).removedEdges += 1;
}

/**
 * Removes the stored contributions of `planIds` (a run, in order); `firstNew` maps a node to the first
 * step whose new contribution holds it. Source texts are left to the caller (replaced, or deleted).
 */
export async function removeContributions(tx: ManagedTransaction, planIds: string[], firstNew: ReadonlyMap<string, number>, aliases: AliasChanges): Promise<StepChange[]> {
  const steps = Object.fromEntries(planIds.map((planId, step) => [planId, step]));
  const changes = planIds.map(noChange);
  const stored = await readStoredPlans(tx, planIds);
  if (stored.size === 0) return changes;
  await deletePlanEdges(tx, steps, changes, aliases);
  const supported = await supportedNodes(tx, [...stored.keys()], stored);
  const candidates = [...supported].map((id) => ({ id, firstNew: firstNew.get(id) ?? planIds.length }));
  await deleteOrphans(tx, candidates, steps, changes, aliases);
  return changes;
}

export async function deleteSourceText(tx: ManagedTransaction, planId: string): Promise<void> {
  await tx.run(`MATCH (s:${SOURCE_TEXT} {plan: $planId}) DELETE s`, { planId });
}
