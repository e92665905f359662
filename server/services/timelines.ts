/**
 * Policy diffusion and targets over time. Per concept: each city's plans naming it in date order —
 * who planned for 氢能 first, who followed, how many years later. Per indicator: each city's targets as
 * a series by target year and plan date, so a target a later plan raises or lowers is seen as such.
 * A plan's date is its issue date, else the first day of its period (`dateBasis` says which).
 */
import { z } from 'zod';
import { errors } from '../../core/errors.ts';
import { TargetScopeSchema, type Evidence } from '../../graph/schema.ts';
import type { IndicatorCatalogue } from '../../lexicon/index.ts';
import { EntityRefSchema, EvidenceSchema, PlanRefSchema, TargetRefSchema } from '../schemas/common.ts';
import { groupTargets, IndicatorRefSchema } from './benchmarks.ts';
import type { GraphReader } from './graph-reader.ts';
import { findIndustry, narrowerIndustries } from './industries.ts';
import type { PlanTime } from './plan-time.ts';
import { entityRef, planRef } from './refs.ts';
import type { PlanTimeModel } from './time-view.ts';
import { allTargets, filterTargets } from './targets.ts';

const DatedPlanSchema = PlanRefSchema.extend({
  date: z.string().nullable().describe('issue date, else the first day of its period; null when neither is known'),
  dateBasis: z.enum(['issued', 'period']).nullable(),
  issued: z.string().nullable().describe('the issue date at the precision known (2021-04, 2023-03-02)'),
  period: z.tuple([z.number().int(), z.number().int()]).nullable(),
  status: z.string().nullable(),
});
type DatedPlan = z.infer<typeof DatedPlanSchema>;

export const ConceptTimelineSchema = z.object({
  concept: EntityRefSchema,
  related: z.boolean(),
  /** Cities in the order they first planned for the concept; undated plans come last. */
  cities: z.array(
    z.object({
      city: z.string(),
      rank: z.number().int().describe('1 for the first city; cities whose first plans share a date share a rank'),
      first: DatedPlanSchema.nullable(),
      yearsAfterFirst: z.number().nullable().describe('years between this city’s first plan and the earliest city’s, one decimal'),
      mentions: z.array(z.object({ plan: DatedPlanSchema, count: z.number().int(), terms: z.array(z.string()), evidence: EvidenceSchema })),
    }),
  ),
});

function datedPlan(time: PlanTime, ref: z.infer<typeof PlanRefSchema>): DatedPlan {
  return { ...ref, date: time.start, dateBasis: time.issued ? 'issued' : time.start ? 'period' : null, issued: time.issued, period: time.period, status: time.status };
}

const YEAR_MS = 365.25 * 24 * 3600 * 1000;
const yearsBetween = (from: string, to: string) => Math.round(((Date.parse(to) - Date.parse(from)) / YEAR_MS) * 10) / 10;
const byDate = (a: string | null, b: string | null) => (a ?? '9999').localeCompare(b ?? '9999');

export async function conceptTimeline(reader: GraphReader, model: PlanTimeModel, query: string, related: boolean): Promise<z.infer<typeof ConceptTimelineSchema>> {
  const concept = await findIndustry(reader, query);
  if (!concept) throw errors.notFound('industry concept', query);
  const ids = [concept.id, ...(related ? (await narrowerIndustries(reader, concept.id)).map((n) => n.node.id) : [])];
  const mentions = await reader.edges({ to: ids, types: ['MENTIONS'] });
  const byCity = new Map<string, z.infer<typeof ConceptTimelineSchema>['cities'][number]['mentions']>();
  for (const edge of mentions) {
    const plan = model.plans.get(edge.source);
    const time = model.times.get(edge.source);
    if (!plan?.city || !time || edge.type !== 'MENTIONS') continue;
    const first = [...(edge.evidence ?? [])].sort((a, b) => a.start - b.start)[0] as Evidence;
    const list = byCity.get(plan.city) ?? [];
    const existing = list.find((m) => m.plan.id === plan.id);
    if (existing) {
      existing.count += edge.count;
      existing.terms = [...new Set([...existing.terms, ...edge.terms])];
      if (first.start < existing.evidence.start) existing.evidence = first;
    } else list.push({ plan: datedPlan(time, planRef(plan)), count: edge.count, terms: edge.terms, evidence: first });
    byCity.set(plan.city, list);
  }
  const cities = [...byCity].map(([city, list]) => {
    const sorted = list.sort((a, b) => byDate(a.plan.date, b.plan.date) || a.plan.id.localeCompare(b.plan.id));
    return { city, first: sorted[0]?.plan.date ? (sorted[0].plan as DatedPlan) : null, mentions: sorted };
  });
  cities.sort((a, b) => byDate(a.first?.date ?? null, b.first?.date ?? null) || a.city.localeCompare(b.city));
  const earliest = cities[0]?.first?.date ?? null;
  const dates = [...new Set(cities.map((c) => c.first?.date).filter((d): d is string => Boolean(d)))].sort();
  return {
    concept: entityRef(concept),
    related,
    cities: cities.map((c) => ({
      ...c,
      rank: c.first?.date ? dates.indexOf(c.first.date) + 1 : dates.length + 1,
      yearsAfterFirst: c.first?.date && earliest ? yearsBetween(earliest, c.first.date) : null,
    })),
  };
}

const SeriesPointSchema = TargetRefSchema.extend({ planDate: z.string().nullable(), planRef: PlanRefSchema });

export const IndicatorTimelineSchema = z.object({
  indicator: IndicatorRefSchema,
  series: z.array(
    z.object({
      city: z.string(),
      scope: TargetScopeSchema,
      /** The unit basis the values compare on (see /api/benchmarks) and the unit `comparable` is in. */
      basis: z.string(),
      unit: z.string(),
      /** By target year (every-year targets, yearless, first), then by plan date. */
      points: z.array(SeriesPointSchema),
      /** The same target year set again by a later plan with another value. */
      revisions: z.array(z.object({ year: z.number().int(), from: z.string(), to: z.string(), before: z.number().nullable(), after: z.number().nullable(), change: z.enum(['raised', 'lowered']) })),
    }),
  ),
});
type Point = z.infer<typeof SeriesPointSchema>;

function revisionsOf(points: Point[]): z.infer<typeof IndicatorTimelineSchema>['series'][number]['revisions'] {
  const revisions: z.infer<typeof IndicatorTimelineSchema>['series'][number]['revisions'] = [];
  for (let i = 1; i < points.length; i += 1) {
    const [before, after] = [points[i - 1] as Point, points[i] as Point];
    if (after.year === null || before.year !== after.year || before.plan === after.plan) continue;
    const [a, b] = [before.comparable ?? null, after.comparable ?? null];
    if (a === null || b === null || a === b) continue;
    revisions.push({ year: after.year, from: before.plan, to: after.plan, before: a, after: b, change: b > a ? 'raised' : 'lowered' });
  }
  return revisions;
}

export async function indicatorTimeline(reader: GraphReader, model: PlanTimeModel, catalogue: IndicatorCatalogue, indicator: string, cities?: string[]): Promise<z.infer<typeof IndicatorTimelineSchema>> {
  const entry = catalogue.byId.get(indicator);
  if (!entry) throw errors.notFound('indicator', indicator);
  const targets = filterTargets(await allTargets(reader), { indicator, ...(cities ? { cities } : {}) });
  const series = groupTargets(targets, catalogue).flatMap((group) =>
    group.cities.map((city) => {
      const points = group.targets
        .filter((t) => t.city === city)
        .map((t) => {
          const plan = model.plans.get(t.plan);
          return { ...t, planDate: model.times.get(t.plan)?.start ?? null, planRef: plan ? planRef(plan) : { id: t.plan, title: t.plan, city: t.city, file: '' } };
        })
        .sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || byDate(a.planDate, b.planDate) || a.id.localeCompare(b.id));
      return { city, scope: group.scope, basis: group.basis, unit: group.unit, points, revisions: revisionsOf(points) };
    }),
  );
  return { indicator: { id: entry.id, name: entry.name, kind: entry.kind, unit: entry.unit, definition: entry.definition }, series };
}
