/**
 * Plans in time for the API: each plan's dates and status (hand edits marked, the text's reading kept
 * beside them), who succeeds whom and why, where each stands on a day, and the days on which the set
 * of plans in force changes (the steps of a time slider). Also the hand edit of a plan.
 */
import { z } from 'zod';
import { errors } from '../../core/errors.ts';
import { applyEditChange, EDITABLE_PLAN_FIELDS, PlanEditValuesSchema, type PlanEditChange } from '../../graph/plan-edits.ts';
import { EvidenceSchema, SUCCESSION_BASES, type NodeOfLabel } from '../../graph/schema.ts';
import type { GraphStore } from '../../graph/store.ts';
import type { SuccessionVocabulary } from '../../lexicon/index.ts';
import { PlanRefSchema } from '../schemas/common.ts';
import { DaySchema, PLAN_STANDINGS, PlanTimeSchema, planTimeOf, type PlanTime } from './plan-time.ts';
import { planRef } from './refs.ts';
import type { PlanTimeModel } from './time-view.ts';

export const PlanInTimeSchema = PlanRefSchema.extend(PlanTimeSchema.omit({ id: true, city: true, title: true }).shape).extend({
  /** What the text says for each field edited by hand, and when it was edited. */
  inferred: z.object({ issued: z.string().nullable(), period: z.tuple([z.number().int(), z.number().int()]).nullable(), status: z.string().nullable() }),
  editedAt: z.partialRecord(z.enum(EDITABLE_PLAN_FIELDS), z.string()),
  standing: z.enum(PLAN_STANDINGS).nullable().describe('where the plan stands on asOf; null without asOf'),
  succeeds: z.array(z.string()),
  succeededBy: z.array(z.string()),
});
export type PlanInTime = z.infer<typeof PlanInTimeSchema>;

export const SuccessionSchema = z.object({
  successor: z.string(),
  predecessor: z.string(),
  basis: z.enum(SUCCESSION_BASES),
  subject: z.string(),
  reason: z.string(),
  evidence: z.array(EvidenceSchema),
});

export const PlanTimesSchema = z.object({
  asOf: DaySchema.nullable(),
  plans: z.array(PlanInTimeSchema),
  succession: z.array(SuccessionSchema),
  /** Days on which a plan takes effect, or the day after one ends: where the plans in force change. */
  changes: z.array(DaySchema),
});

function dayAfter(day: string): string {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

function inTime(plan: NodeOfLabel<'Plan'>, time: PlanTime, model: PlanTimeModel, standing: PlanInTime['standing']): PlanInTime {
  const { id: _id, city: _city, title: _title, ...fields } = time;
  const edits = plan.edits ?? {};
  return {
    ...planRef(plan),
    ...fields,
    inferred: { issued: plan.issued, period: plan.period, status: plan.status },
    editedAt: Object.fromEntries(EDITABLE_PLAN_FIELDS.flatMap((f) => (edits[f] ? [[f, edits[f].at]] : []))),
    standing,
    succeeds: model.links.filter((l) => l.successor === plan.id).map((l) => l.predecessor),
    succeededBy: model.links.filter((l) => l.predecessor === plan.id).map((l) => l.successor),
  };
}

export function planTimes(model: PlanTimeModel, day: string | undefined): z.infer<typeof PlanTimesSchema> {
  const standings = day ? model.standingsOn(day) : null;
  const plans = [...model.plans.values()].map((plan) => inTime(plan, model.times.get(plan.id) as PlanTime, model, standings?.get(plan.id) ?? null));
  plans.sort((a, b) => (a.city ?? '').localeCompare(b.city ?? '') || (a.start ?? '9999').localeCompare(b.start ?? '9999') || a.id.localeCompare(b.id));
  const changes = new Set<string>();
  for (const time of model.times.values()) {
    if (time.start) changes.add(time.start);
    if (time.end) changes.add(dayAfter(time.end));
  }
  const succession = model.succeeds.map((edge) => {
    const link = model.links.find((l) => l.successor === edge.source && l.predecessor === edge.target);
    return { successor: edge.source, predecessor: edge.target, basis: link?.basis ?? 'period', subject: link?.subject ?? '', reason: edge.type === 'SUCCEEDS' ? edge.reason : '', evidence: edge.evidence ?? [] };
  });
  return { asOf: day ?? null, plans, succession, changes: [...changes].sort() };
}

/** The edit a PATCH asks for: fields set by hand (null: the plan has none) and fields returned to the text (`revert`). */
export const PlanEditBodySchema = PlanEditValuesSchema.partial()
  .extend({ revert: z.array(z.enum(EDITABLE_PLAN_FIELDS)).max(EDITABLE_PLAN_FIELDS.length).default([]) })
  .strict()
  .refine((body) => EDITABLE_PLAN_FIELDS.some((f) => f in body) || body.revert.length > 0, 'give a field to set (issued, period, status) or to revert')
  .refine((body) => !body.revert.some((f) => f in body), 'a field cannot be both set and reverted');

/** Applies a PATCH to a stored plan; its time as it then is. */
export async function editPlan(store: GraphStore, vocabulary: SuccessionVocabulary, id: string, body: z.infer<typeof PlanEditBodySchema>, now: Date): Promise<PlanTime> {
  const { revert, ...set } = body;
  const change: PlanEditChange = { set, clear: revert };
  const plan = await store.editPlan(id, (edits) => applyEditChange(edits, change, now.toISOString()));
  if (!plan) throw errors.notFound('document', id);
  return planTimeOf(plan, vocabulary);
}
