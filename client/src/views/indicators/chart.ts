/**
 * A benchmark group as a bar chart: one bar per city and distinct value (a value stated twice in the
 * same year is one bar, citing its first sentence), bars on a shared axis from zero to a round
 * maximum, cities with the highest value first. Years and flags travel with each bar, so a different
 * target year is drawn and said, never hidden. Pure, unit-tested.
 */
import type { BenchmarkGroup, Evidence, TargetRef } from '../../../../server/contract.ts';
import type { TargetFlag } from '../../format-targets.ts';

export interface ChartBar {
  key: string;
  city: string;
  value: number;
  /** The value as the plan words it (of the first target stating it). */
  display: string;
  year: number | null;
  yearImplied: boolean;
  annual: boolean;
  flags: TargetFlag[];
  /** How many targets state this value. */
  targets: number;
  evidence: Evidence | null;
  /** Where the bar starts and ends on the axis, 0 to 1. */
  from: number;
  to: number;
}

export interface Chart {
  bars: ChartBar[];
  /** The axis: its ends and the ticks between, in the group's unit. */
  min: number;
  max: number;
  ticks: number[];
  /** Where zero lies on the axis, 0 to 1. */
  zero: number;
  /** Targets with no number to draw (a placeholder in the plan). */
  undrawn: number;
}

/** The smallest of 1, 2, 2.5, 5 × 10^k at least `value` (0 for 0). */
export function roundUp(value: number): number {
  if (value <= 0) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 2.5, 5, 10].map((step) => step * power).find((candidate) => candidate >= value * (1 - 1e-12)) as number);
}

/** Ticks from `min` to `max` in `count` equal steps. */
export function ticksOf(min: number, max: number, count = 4): number[] {
  if (max === min) return [min];
  const step = (max - min) / count;
  return Array.from({ length: count + 1 }, (_, i) => Number((min + step * i).toPrecision(10)));
}

function barsByCity(targets: TargetRef[]): Map<string, Omit<ChartBar, 'from' | 'to'>[]> {
  const byCity = new Map<string, Omit<ChartBar, 'from' | 'to'>[]>();
  for (const target of targets) {
    const value = target.comparable ?? null;
    if (value === null || !target.city) continue;
    const bars = byCity.get(target.city) ?? [];
    const key = `${target.city}|${value}|${target.year ?? 'annual'}|${target.period}`;
    const same = bars.find((bar) => bar.key === key);
    if (same) same.targets += 1;
    else {
      const { display, year, yearImplied, annual } = target;
      bars.push({ key, city: target.city, value, display, year, yearImplied, annual, flags: target.flags ?? [], targets: 1, evidence: target.evidence[0] ?? null });
    }
    byCity.set(target.city, bars);
  }
  return byCity;
}

export function chartOf(group: Pick<BenchmarkGroup, 'targets'>): Chart {
  const byCity = barsByCity(group.targets);
  const values = [...byCity.values()].flat().map((bar) => bar.value);
  const max = roundUp(Math.max(0, ...values));
  const lowest = Math.min(0, ...values);
  const min = lowest < 0 ? -roundUp(-lowest) : 0;
  const span = max - min || 1;
  const at = (value: number) => (value - min) / span;
  const zero = at(0);
  const cities = [...byCity.entries()].sort(([a, x], [b, y]) => Math.max(...y.map((bar) => bar.value)) - Math.max(...x.map((bar) => bar.value)) || a.localeCompare(b, 'zh-CN'));
  const bars = cities.flatMap(([, cityBars]) =>
    [...cityBars].sort((x, y) => y.value - x.value || (x.year ?? 0) - (y.year ?? 0)).map((bar) => ({ ...bar, from: Math.min(zero, at(bar.value)), to: Math.max(zero, at(bar.value)) })),
  );
  return { bars, min, max, ticks: ticksOf(min, max), zero, undrawn: group.targets.filter((t) => (t.comparable ?? null) === null).length };
}
