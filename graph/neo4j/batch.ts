/**
 * Replacing many plans in one pass that ends exactly where replacing them one after another would (the
 * embedded store's semantics, graph/sqlite/write.ts), with the same per-plan summaries. This file
 * is the pure part — which plans may share a pass, the rows to write, the arithmetic of the summaries;
 * the statements are in remove.ts and replace.ts.
 *
 * A pass over a run of plans P0…Pn-1 removes every old contribution first, then adds every new one. For
 * plans that are *self-contained* (each edge joins two of the plan's own nodes and is the plan's own or
 * structural, in the stored and in the new contribution) that equals the one-by-one order because:
 * - a node X loses its last support at step i* = the last step whose plan supported it, and only if no
 *   plan before i* re-adds it (`firstNew` ≥ i*); such an X is deleted with its edges (only structural
 *   ones are left by then) and re-created, fresh, by the first later plan holding it. A node some earlier
 *   plan re-adds survives with its edges — the case a naive remove-all-then-add-all gets wrong;
 * - a plan's new edges touch only its own nodes, which no later step of the run orphans;
 * - node properties come from the last plan holding the node, structural edges from the first, as one by
 *   one; `plans` ends as (other plans, in order) + (run plans holding the node, in run order).
 * A plan that is not self-contained, or met twice, goes in a run of its own, which is the plain
 * one-plan replace.
 */
import { errors } from '../../core/errors.ts';
import { LABELS, type GraphEdge, type PlanContribution } from '../schema.ts';
import type { ReplaceSummary } from '../store.ts';
import { edgeProperties, nodeProperties } from './serialize.ts';

/** What the database holds about a stored plan's contribution (its SourceText node). */
export interface StoredPlan {
  /** Ids of the plan's nodes; null for a plan stored before the list existed. */
  nodes: string[] | null;
  selfContained: boolean;
}

export function isSelfContained(contribution: PlanContribution): boolean {
  const planId = contribution.plan.id;
  const own = new Set(contribution.nodes.map((n) => n.id));
  return contribution.edges.every((e) => own.has(e.source) && own.has(e.target) && (e.plan === undefined || e.plan === planId));
}

/** Consecutive plans replaced in one pass each, in order (see the file comment for who goes alone). */
export function splitIntoRuns(contributions: PlanContribution[], stored: ReadonlyMap<string, StoredPlan>): PlanContribution[][] {
  const runs: PlanContribution[][] = [];
  let current: PlanContribution[] = [];
  let inCurrent = new Set<string>();
  const flush = () => {
    if (current.length > 0) runs.push(current);
    current = [];
    inCurrent = new Set();
  };
  // A plan met earlier in this batch is, by the time it comes again, stored as that earlier contribution.
  const known = new Map(stored);
  for (const contribution of contributions) {
    const planId = contribution.plan.id;
    const old = known.get(planId);
    const selfContained = isSelfContained(contribution);
    const alone = !selfContained || (old !== undefined && (!old.selfContained || old.nodes === null));
    if (alone || inCurrent.has(planId)) flush();
    current.push(contribution);
    inCurrent.add(planId);
    known.set(planId, { nodes: [], selfContained });
    if (alone) flush();
  }
  flush();
  return runs;
}

export interface NodeRow {
  id: string;
  label: string;
  /** The run's plans holding the node, in run order. */
  plans: string[];
  /** From the last plan holding it. */
  properties: Record<string, unknown>;
  /**
   * What the run adds to its derived aliases (aliases.ts): its lexicon aliases and the wordings the
   * run's MENTIONS give it, without its name; unsorted (presenting sorts them).
   */
  aliases: string[];
  /** The first step holding it: where a node that does not exist yet is created. */
  step: number;
}

export interface EdgeRow {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
  step: number;
}

export interface RunRows {
  planIds: string[];
  /** Plan id → its step in the run. */
  steps: Record<string, number>;
  /** One row per node id, in lock order (label, then id). */
  nodes: NodeRow[];
  /** One row per edge id of each plan (the last of duplicates within a plan, as one by one). */
  planEdges: EdgeRow[];
  /** One row per structural edge id: the first plan's version. */
  structural: EdgeRow[];
  /** Node id → first step whose new contribution holds it. */
  firstNew: Map<string, number>;
  /** Plan-scoped edges each step creates. */
  planEdgeCounts: number[];
  /** The wordings the run's MENTIONS give targets outside the run's nodes (a run of one plan that is not self-contained). */
  outsideWordings: Map<string, string[]>;
}

const labelRank = (label: string) => (LABELS as readonly string[]).indexOf(label);
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Rows are written in one global order (label, then id) so that writers in different processes take
 * node locks in the same order, which keeps deadlocks — and the driver's back-off retries — rare.
 */
function inLockOrder<T extends { id: string }>(rows: T[], label: (row: T) => string): T[] {
  return rows.sort((a, b) => labelRank(label(a)) - labelRank(label(b)) || byCodeUnit(a.id, b.id));
}

function nodeRows(run: PlanContribution[], wordings: ReadonlyMap<string, string[]>): { nodes: NodeRow[]; firstNew: Map<string, number> } {
  const rows = new Map<string, NodeRow & { last: PlanContribution['nodes'][number] }>();
  run.forEach((contribution, step) => {
    const planId = contribution.plan.id;
    for (const node of contribution.nodes) {
      const row = rows.get(node.id);
      if (!row) {
        rows.set(node.id, { id: node.id, label: node.label, plans: [planId], properties: {}, aliases: [], step, last: node });
        continue;
      }
      if (row.label !== node.label) {
        throw errors.validationFailed('contribution', [{ path: node.id, message: `is a ${row.label} in the graph but a ${node.label} in ${planId}` }]);
      }
      if (row.plans.at(-1) !== planId) row.plans.push(planId);
      row.last = node;
    }
  });
  const aliasesOf = (node: PlanContribution['nodes'][number]) => [...new Set([...(node.aliases ?? []), ...(wordings.get(node.id) ?? [])])].filter((a) => a !== node.name);
  const nodes = [...rows.values()].map(({ last, ...row }) => ({ ...row, properties: nodeProperties(last), aliases: aliasesOf(last) }));
  return { nodes: inLockOrder(nodes, (n) => n.label), firstNew: new Map(nodes.map((n) => [n.id, n.step])) };
}

function edgeRow(edge: GraphEdge, step: number): EdgeRow {
  return { id: edge.id, type: edge.type, source: edge.source, target: edge.target, properties: edgeProperties(edge), step };
}

/** The rows of a run's new contributions (throws VALIDATION_FAILED when two plans disagree on a node's label). */
export function runRows(run: PlanContribution[]): RunRows {
  const planEdges: EdgeRow[] = [];
  const structural = new Map<string, EdgeRow>();
  const planEdgeCounts: number[] = [];
  const wordings = new Map<string, string[]>();
  run.forEach((contribution, step) => {
    const own = new Map<string, GraphEdge>();
    for (const edge of contribution.edges) {
      if (edge.plan !== undefined) own.set(edge.id, edge);
      else if (!structural.has(edge.id)) structural.set(edge.id, edgeRow(edge, step));
    }
    for (const edge of own.values()) {
      planEdges.push(edgeRow(edge, step));
      if (edge.type === 'MENTIONS') wordings.set(edge.target, [...(wordings.get(edge.target) ?? []), ...edge.terms]);
    }
    planEdgeCounts.push(own.size);
  });
  const { nodes, firstNew } = nodeRows(run, wordings);
  const labelOf = new Map(nodes.map((n) => [n.id, n.label]));
  // An endpoint outside the run (only in a run of one plan that is not self-contained) sorts last.
  const sourceLabel = (e: EdgeRow) => labelOf.get(e.source) ?? '';
  return {
    planIds: run.map((c) => c.plan.id),
    steps: Object.fromEntries(run.map((c, step) => [c.plan.id, step])),
    nodes,
    planEdges: inLockOrder(planEdges, sourceLabel),
    structural: inLockOrder([...structural.values()], sourceLabel),
    firstNew,
    planEdgeCounts,
    outsideWordings: new Map([...wordings].filter(([id]) => !labelOf.has(id))),
  };
}

export interface Totals {
  nodes: number;
  edges: number;
}

/** What one step of a run removed and created. */
export interface StepChange {
  removedNodes: number;
  removedEdges: number;
  createdNodes: number;
  createdEdges: number;
}

export const noChange = (): StepChange => ({ removedNodes: 0, removedEdges: 0, createdNodes: 0, createdEdges: 0 });

/** Per-plan before/after totals, walking the steps from the totals the run started with. */
export function summarise(planIds: string[], start: Totals, changes: StepChange[]): ReplaceSummary[] {
  let { nodes, edges } = start;
  return planIds.map((plan, step) => {
    const change = changes[step] ?? noChange();
    const before = { nodes, edges };
    nodes += change.createdNodes - change.removedNodes;
    edges += change.createdEdges - change.removedEdges;
    return { plan, nodesBefore: before.nodes, nodesAfter: nodes, edgesBefore: before.edges, edgesAfter: edges };
  });
}
