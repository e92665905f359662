/**
 * A plan's time fields corrected by hand. Inference reads the issue date, period and status off the
 * text; a user who knows better records an edit, which is kept beside the inferred value (so the plan
 * shows both, and clearing the edit brings the inferred value back) and survives storing the plan
 * again from a new reading of its file. Stores keep `edits` as one property of the Plan node.
 */
import { EDITABLE_PLAN_FIELDS, PlanEditsSchema, type NodeOfLabel, type PlanContribution, type PlanEditValuesSchema } from './schema.ts';
import type { z } from 'zod';

export { EDITABLE_PLAN_FIELDS, PlanEditsSchema, PlanEditValuesSchema } from './schema.ts';
export type EditablePlanField = (typeof EDITABLE_PLAN_FIELDS)[number];
export type PlanEditValues = z.infer<typeof PlanEditValuesSchema>;
export type PlanEdits = z.infer<typeof PlanEditsSchema>;

/** A change to the edits: fields to set by hand, and fields to return to what the text says. */
export interface PlanEditChange {
  set: Partial<PlanEditValues>;
  clear: EditablePlanField[];
}

/** The edits after `change`, stamped `at`; fields neither set nor cleared keep their edit. */
export function applyEditChange(edits: PlanEdits, change: PlanEditChange, at: string): PlanEdits {
  const next: Record<string, unknown> = { ...edits };
  for (const field of change.clear) delete next[field];
  for (const field of EDITABLE_PLAN_FIELDS) {
    if (field in change.set) next[field] = { value: change.set[field], at };
  }
  return PlanEditsSchema.parse(next);
}

/** `node` with `edits` set, or without the property when there are none. */
export function withEdits<N extends { edits?: PlanEdits }>(node: N, edits: PlanEdits | undefined): N {
  const { edits: _previous, ...rest } = node;
  return (edits && Object.keys(edits).length > 0 ? { ...rest, edits } : rest) as N;
}

/**
 * The contribution to store in place of a plan whose stored version has `stored` edits: a contribution
 * that brings edits of its own (a copy from another store) keeps them; one read afresh from its file
 * takes the stored ones.
 */
export function carryEdits(contribution: PlanContribution, stored: PlanEdits | undefined): PlanContribution {
  if (contribution.plan.edits || !stored || Object.keys(stored).length === 0) return contribution;
  const plan = withEdits(contribution.plan, stored);
  return { ...contribution, plan, nodes: contribution.nodes.map((n) => (n.id === plan.id && n.label === 'Plan' ? (withEdits(n, stored) as NodeOfLabel<'Plan'>) : n)) };
}
