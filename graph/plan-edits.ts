/**
 * A plan's time fields corrected by hand. Inference reads the issue date, period and status off the
 * text; a user who knows better records an edit, which is kept beside the inferred value (so the plan
 * shows both, and clearing the edit brings the inferred value back) and survives storing the plan
 * again from a new reading of its file. Stores keep `edits` as one property of the Plan node.
 */
import { z } from 'zod';
import type { NodeOfLabel, PlanContribution } from './schema.ts';

export const EDITABLE_PLAN_FIELDS = ['issued', 'period', 'status'] as const;
export type EditablePlanField = (typeof EDITABLE_PLAN_FIELDS)[number];

/** An ISO 8601 date at the precision known: 2023-12-15, or 2023-12 when only the month is. */
export const PlanDateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'a date as YYYY-MM-DD or YYYY-MM')
  .refine((date) => date.length === 7 || (!Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date)), 'no such day');

const year = z.number().int().min(1949).max(2100);
export const PlanPeriodSchema = z.tuple([year, year]).refine(([start, end]) => start <= end, 'a period ends no earlier than it starts');

/** The values a user may set; null states that the plan has none (no issue date printed, no period). */
export const PlanEditValuesSchema = z.object({
  issued: PlanDateSchema.nullable(),
  period: PlanPeriodSchema.nullable(),
  status: z.string().trim().min(1).max(20).nullable(),
});
export type PlanEditValues = z.infer<typeof PlanEditValuesSchema>;

const editOf = <T extends z.ZodType>(value: T) => z.object({ value, at: z.iso.datetime() });

/** As stored on the Plan node: each edited field with its value and when it was set. */
export const PlanEditsSchema = z.object({
  issued: editOf(PlanEditValuesSchema.shape.issued).optional(),
  period: editOf(PlanEditValuesSchema.shape.period).optional(),
  status: editOf(PlanEditValuesSchema.shape.status).optional(),
});
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
