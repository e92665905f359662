/**
 * A plan in time: its issue date, period and status as the graph holds them — read off the text by
 * plan metadata inference (ingest/structure/metadata.ts), hand edits winning over it; when it takes effect and ends; and where it stands on a given day.
 *
 * In force on day D (docs/time.md): issued on or before D (a plan with no issue date from the first
 * day of its period), D not after the last day of its period when it has one, and no plan succeeding
 * it (SUCCEEDS) taking effect on or before D. A plan with neither issue date nor period cannot be
 * placed in time and is in force on no day. A draft (征求意见稿) counts as the city's plan from its date
 * until a later version — its issued text, usually — succeeds it.
 */
import { z } from 'zod';
import { EDITABLE_PLAN_FIELDS, IsoDateSchema, type NodeOfLabel } from '../../graph/schema.ts';
import type { SuccessionVocabulary } from '../../lexicon/index.ts';

export const PLAN_STANDINGS = ['in-force', 'not-yet-issued', 'superseded', 'expired', 'undated'] as const;
export type PlanStanding = (typeof PLAN_STANDINGS)[number];

/** A day: YYYY-MM-DD. */
export const DaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const PlanTimeSchema = z.object({
  id: z.string(),
  city: z.string().nullable(),
  title: z.string(),
  genre: z.string().nullable(),
  issuer: z.string().nullable(),
  issued: IsoDateSchema.nullable(),
  period: z.tuple([z.number().int(), z.number().int()]).nullable(),
  status: z.string().nullable(),
  draft: z.boolean(),
  /** The first day it is in force, and its last (the end of its period), when known. */
  start: DaySchema.nullable(),
  end: DaySchema.nullable(),
  /** Fields set by hand rather than read from the text. */
  edited: z.array(z.enum(EDITABLE_PLAN_FIELDS)),
});
export type PlanTime = z.infer<typeof PlanTimeSchema>;

/** The first day of a date given to the month (2024-02 → 2024-02-01). */
export function firstDay(date: string): string {
  return date.length === 7 ? `${date}-01` : date;
}

export function planTimeOf(plan: NodeOfLabel<'Plan'>, vocabulary: SuccessionVocabulary): PlanTime {
  const { edits } = plan;
  const issued = edits?.issued ? edits.issued.value : plan.issued;
  const period = edits?.period ? edits.period.value : plan.period;
  const status = edits?.status ? edits.status.value : plan.status;
  return {
    id: plan.id,
    city: plan.city,
    title: plan.title || plan.file,
    genre: plan.genre,
    issuer: plan.issuer,
    issued,
    period,
    status,
    draft: status !== null && vocabulary.draftStatuses.includes(status),
    start: issued ? firstDay(issued) : period ? `${period[0]}-01-01` : null,
    end: period ? `${period[1]}-12-31` : null,
    edited: EDITABLE_PLAN_FIELDS.filter((f) => plan.edits?.[f] !== undefined),
  };
}

/**
 * `asOf` as a day: a year or a month stands for its last day (as of 2025: by the end of 2025). Null
 * when it is no date at all.
 */
export function asOfDay(asOf: string): string | null {
  const year = /^(\d{4})$/.exec(asOf);
  if (year) return `${year[1]}-12-31`;
  const month = /^(\d{4})-(\d{2})$/.exec(asOf);
  if (month) {
    const last = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0));
    return Number(month[2]) >= 1 && Number(month[2]) <= 12 ? last.toISOString().slice(0, 10) : null;
  }
  return IsoDateSchema.safeParse(asOf).success && asOf.length === 10 ? asOf : null;
}

/** Where each plan stands on `day`, given who succeeds whom (successor → predecessors). */
export function standingsOn(day: string, plans: PlanTime[], predecessorsOf: Map<string, string[]>): Map<string, PlanStanding> {
  const byId = new Map(plans.map((p) => [p.id, p]));
  const supersededBy = new Map<string, string[]>();
  for (const [successor, predecessors] of predecessorsOf) for (const p of predecessors) supersededBy.set(p, [...(supersededBy.get(p) ?? []), successor]);
  const standings = new Map<string, PlanStanding>();
  for (const plan of plans) {
    if (plan.start === null) standings.set(plan.id, 'undated');
    else if (day < plan.start) standings.set(plan.id, 'not-yet-issued');
    else if (plan.end !== null && day > plan.end) standings.set(plan.id, 'expired');
    else if ((supersededBy.get(plan.id) ?? []).some((s) => (byId.get(s)?.start ?? '9999') <= day)) standings.set(plan.id, 'superseded');
    else standings.set(plan.id, 'in-force');
  }
  return standings;
}
