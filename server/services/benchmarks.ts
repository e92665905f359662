/**
 * Targets grouped for benchmarking across cities. Two targets are compared only when they measure
 * the same catalogue indicator, on the same unit basis (家 vs 家/年; a one-year rate vs a change
 * since a base year) and over the same scope (the city, one industry, one segment, one region). A
 * different target year is shown and flagged, never hidden; a target no indicator fits keeps its own
 * wording and is listed as unmatched, never forced into a group.
 */
import { z } from 'zod';
import { errors } from '../../core/errors.ts';
import { TargetScopeSchema } from '../../graph/schema.ts';
import type { IndicatorCatalogue, IndicatorEntry } from '../../lexicon/index.ts';
import { IndicatorFieldsSchema } from '../../lexicon/schema.ts';
import { TargetRefSchema, type TargetRef } from '../schemas/common.ts';
import type { GraphReader } from './graph-reader.ts';
import { allTargets, filterTargets } from './targets.ts';

export const IndicatorRefSchema = IndicatorFieldsSchema.pick({ id: true, name: true, kind: true, unit: true, definition: true });

export const GROUP_FLAGS = ['years-differ', 'year-implied', 'periods-differ', 'several-values'] as const;

export const BenchmarkGroupSchema = z.object({
  /** indicator | scope | unit basis: what makes the targets comparable. */
  key: z.string(),
  indicator: IndicatorRefSchema,
  scope: TargetScopeSchema,
  /** The unit family the group compares on, per year where the targets recur (件数/年). */
  basis: z.string(),
  /** The unit every `comparable` value is in. */
  unit: z.string(),
  /** The scope's name and the indicator's name (as earlier clients read them). */
  subject: z.string(),
  metric: z.string(),
  cities: z.array(z.string()),
  years: z.array(z.number().int()),
  flags: z.array(z.enum(GROUP_FLAGS)),
  targets: z.array(TargetRefSchema),
});
export type BenchmarkGroup = z.infer<typeof BenchmarkGroupSchema>;
export const BenchmarksSchema = z.object({
  groups: z.array(BenchmarkGroupSchema),
  /** Targets no catalogue indicator fits, with their own wording (only when no indicator is asked for). */
  unmatched: z.array(TargetRefSchema),
});
export type Benchmarks = z.infer<typeof BenchmarksSchema>;

/** Whether a target's numbers are per year: 每年 or 年均, or additions counted over one year only. */
function perYear(target: TargetRef): boolean {
  return target.period === 'annual' || (target.period === 'cumulative' && target.since !== null && target.since === target.year);
}

/** The unit basis two comparable targets share: their unit family, per year or not; a change since a base year apart. */
function basisOf(target: TargetRef, catalogue: IndicatorCatalogue): string {
  const family = catalogue.unit(target.unit).family;
  if (target.kind === 'growth') return target.period === 'cumulative' ? `${family}（累计）` : family;
  return perYear(target) ? `${family}/年` : family;
}

function indicatorRef(indicator: IndicatorEntry): z.infer<typeof IndicatorRefSchema> {
  return { id: indicator.id, name: indicator.name, kind: indicator.kind, unit: indicator.unit, definition: indicator.definition };
}

/** The year most targets of a group are set for (the latest of equally common ones). */
function referenceYear(targets: TargetRef[]): number | null {
  const counts = new Map<number, number>();
  for (const t of targets) if (t.year !== null) counts.set(t.year, (counts.get(t.year) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
}

function flagged(group: Omit<BenchmarkGroup, 'years' | 'flags' | 'cities'>, catalogue: IndicatorCatalogue): BenchmarkGroup {
  const scale = catalogue.unit(group.indicator.unit).scale;
  const reference = referenceYear(group.targets);
  const periods = new Set(group.targets.map((t) => (t.period === 'annual' ? 'year' : t.period)));
  const targets = group.targets.map((t): TargetRef => {
    const flags: TargetRef['flags'] = [];
    if (t.year !== null && reference !== null && t.year !== reference) flags.push('year-differs');
    if (t.yearImplied) flags.push('year-implied');
    if (periods.size > 1 && t.period === 'cumulative') flags.push('period-differs');
    const comparable = t.amount ? Number((t.amount.value / scale).toPrecision(12)) : t.value;
    return { ...t, comparable, flags };
  });
  const years = [...new Set(targets.flatMap((t) => (t.year === null ? [] : [t.year])))].sort();
  const cities = [...new Set(targets.flatMap((t) => (t.city ? [t.city] : [])))].sort();
  const valuesPerCity = cities.map((city) => new Set(targets.filter((t) => t.city === city).map((t) => t.comparable)).size);
  const flags: BenchmarkGroup['flags'] = [];
  if (years.length > 1) flags.push('years-differ');
  if (targets.some((t) => t.yearImplied)) flags.push('year-implied');
  if (periods.size > 1) flags.push('periods-differ');
  if (valuesPerCity.some((n) => n > 1)) flags.push('several-values');
  return { ...group, cities, years, flags, targets };
}

/** Groups of comparable targets, those compared across most cities first. */
export function groupTargets(targets: TargetRef[], catalogue: IndicatorCatalogue): BenchmarkGroup[] {
  const groups = new Map<string, Omit<BenchmarkGroup, 'years' | 'flags' | 'cities'>>();
  for (const target of targets) {
    const indicator = target.indicator ? catalogue.byId.get(target.indicator) : undefined;
    if (!indicator || !target.city) continue;
    const basis = basisOf(target, catalogue);
    const key = `${indicator.id}|${target.scope.level}:${target.scope.name}|${basis}`;
    let group = groups.get(key);
    if (!group) {
      const unit = basis.endsWith('/年') && indicator.unit !== '' ? `${indicator.unit}/年` : indicator.unit;
      group = { key, indicator: indicatorRef(indicator), scope: target.scope, basis, unit, subject: target.scope.name, metric: indicator.name, targets: [] };
      groups.set(key, group);
    }
    group.targets.push(target);
  }
  return [...groups.values()]
    .map((group) => flagged(group, catalogue))
    .sort((a, b) => b.cities.length - a.cities.length || b.targets.length - a.targets.length || a.key.localeCompare(b.key));
}

export interface BenchmarkQuery {
  indicator?: string;
  cities?: string[];
  /** Words to look for in the indicator's name, the scope or the unit (as earlier clients asked). */
  metric?: string;
  /** Include groups only one city sets (always so when an indicator is asked for). */
  all?: boolean;
}

export async function benchmarks(reader: GraphReader, catalogue: IndicatorCatalogue, query: BenchmarkQuery): Promise<Benchmarks> {
  if (query.indicator && !catalogue.byId.has(query.indicator)) throw errors.notFound('indicator', query.indicator);
  const targets = filterTargets(await allTargets(reader), { ...(query.cities ? { cities: query.cities } : {}) });
  let groups = groupTargets(query.indicator ? targets.filter((t) => t.indicator === query.indicator) : targets, catalogue);
  if (!query.all && !query.indicator) groups = groups.filter((g) => g.cities.length >= 2);
  if (query.metric) {
    const needle = query.metric.toLowerCase();
    groups = groups.filter((g) => `${g.metric} ${g.subject} ${g.unit} ${g.indicator.id}`.toLowerCase().includes(needle));
  }
  return { groups, unmatched: query.indicator ? [] : targets.filter((t) => t.indicator === null) };
}
