/**
 * An indicator's targets over time as lines: one chart per comparable scope (全市, 产业：氢能 …) and unit
 * basis, target years across, values up; each plan's targets of a city one line (the city's latest plan
 * solid, earlier plans dashed), so a target year set again by a later plan shows as two points — and the
 * raise or cut between them is drawn and said. The value axis spans the values, not from zero, so a
 * change of a few tenths is seen. Pure, unit-tested.
 */
import type { Evidence, IndicatorTimeline } from '../../../../server/contract.ts';
import { roundUp } from '../indicators/chart.ts';

type Series = IndicatorTimeline['series'][number];
type SeriesPoint = Series['points'][number];

export interface TimelinePoint {
  key: string;
  city: string;
  plan: SeriesPoint['planRef'];
  planDate: string | null;
  year: number;
  value: number;
  display: string;
  /** Targets of the plan stating this value for this year. */
  targets: number;
  evidence: Evidence | null;
  /** Set by a later plan than an earlier value for the same year. */
  change: 'raised' | 'lowered' | null;
  /** Where, 0 to 1 across and 0 (top) to 1 (bottom) down. */
  x: number;
  y: number;
}

export interface TimelineLine {
  key: string;
  city: string;
  plan: SeriesPoint['planRef'];
  planDate: string | null;
  /** The city's latest plan in this chart (drawn solid). */
  latest: boolean;
  colour: number;
  points: TimelinePoint[];
}

export interface TimelineRevision {
  city: string;
  year: number;
  from: string;
  to: string;
  before: number;
  after: number;
  change: 'raised' | 'lowered';
  x: number;
  yBefore: number;
  yAfter: number;
}

export interface TimelinePanel {
  key: string;
  scope: Series['scope'];
  basis: string;
  unit: string;
  cities: string[];
  years: number[];
  /** The value axis: its ends and ticks. */
  min: number;
  max: number;
  ticks: number[];
  lines: TimelineLine[];
  revisions: TimelineRevision[];
  /** Targets with no year (每年) or no number: listed, not drawn. */
  unplaced: SeriesPoint[];
}

/** The value axis: nice ticks around the values, a little room above and below; from zero only when the values come near it. */
export function valueAxis(values: number[]): { min: number; max: number; ticks: number[] } {
  if (values.length === 0) return { min: 0, max: 1, ticks: [0, 1] };
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = hi > lo ? (hi - lo) * 0.15 : Math.abs(hi) * 0.1 || 1;
  const step = roundUp((hi - lo + 2 * pad) / 4);
  let min = Math.floor((lo - pad) / step) * step;
  if (lo >= 0 && min < 0) min = 0;
  const max = Math.ceil((hi + pad) / step) * step;
  const ticks: number[] = [];
  for (let tick = min; tick <= max + step / 2; tick += step) ticks.push(Number(tick.toPrecision(10)));
  return { min: Number(min.toPrecision(10)), max: Number(max.toPrecision(10)), ticks };
}

const byDate = (a: string | null, b: string | null) => (a ?? '9999').localeCompare(b ?? '9999');

function placedPoints(series: Series): Omit<TimelinePoint, 'x' | 'y'>[] {
  const points = new Map<string, Omit<TimelinePoint, 'x' | 'y'>>();
  for (const p of series.points) {
    const value = p.comparable ?? null;
    if (p.year === null || value === null) continue;
    const key = `${series.city}|${p.plan}|${p.year}|${value}`;
    const same = points.get(key);
    if (same) same.targets += 1;
    else points.set(key, { key, city: series.city, plan: p.planRef, planDate: p.planDate, year: p.year, value, display: p.display, targets: 1, evidence: p.evidence[0] ?? null, change: null });
  }
  for (const revision of series.revisions) {
    for (const point of points.values()) if (point.plan.id === revision.to && point.year === revision.year && point.value === revision.after) point.change = revision.change;
  }
  return [...points.values()];
}

function panelKey(series: Series): string {
  return `${series.scope.level}:${series.scope.name}|${series.basis}|${series.unit}`;
}

/** Every chart of the timeline: those with a revised target first, then those of most cities and points. */
export function timelinePanels(timeline: IndicatorTimeline): TimelinePanel[] {
  const cityOrder = [...new Set(timeline.series.map((s) => s.city))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const groups = new Map<string, Series[]>();
  for (const series of timeline.series) groups.set(panelKey(series), [...(groups.get(panelKey(series)) ?? []), series]);
  const panels = [...groups].map(([key, list]) => panelOf(key, list, cityOrder));
  return panels.sort(
    (a, b) =>
      Number(b.revisions.length > 0) - Number(a.revisions.length > 0) ||
      b.cities.length - a.cities.length ||
      b.lines.reduce((n, l) => n + l.points.length, 0) - a.lines.reduce((n, l) => n + l.points.length, 0) ||
      a.key.localeCompare(b.key),
  );
}

function panelOf(key: string, list: Series[], cityOrder: string[]): TimelinePanel {
  const first = list[0] as Series;
  const raw = list.flatMap(placedPoints);
  const years = raw.map((p) => p.year);
  const [fromYear, toYear] = years.length > 0 ? [Math.min(...years), Math.max(...years)] : [0, 0];
  const axis = valueAxis(raw.map((p) => p.value));
  // Half a year of room either side, so the first and last years are not on the edge.
  const x = (year: number) => (year - fromYear + 0.5) / (toYear - fromYear + 1);
  const y = (value: number) => 1 - (value - axis.min) / (axis.max - axis.min || 1);
  const lines = new Map<string, TimelineLine>();
  for (const point of raw) {
    const lineKey = `${point.city}|${point.plan.id}`;
    const line = lines.get(lineKey) ?? { key: lineKey, city: point.city, plan: point.plan, planDate: point.planDate, latest: false, colour: cityOrder.indexOf(point.city), points: [] };
    line.points.push({ ...point, x: x(point.year), y: y(point.value) });
    lines.set(lineKey, line);
  }
  const sorted = [...lines.values()].sort((a, b) => a.colour - b.colour || byDate(a.planDate, b.planDate) || a.plan.id.localeCompare(b.plan.id));
  for (const line of sorted) {
    line.points.sort((a, b) => a.year - b.year || a.value - b.value);
    line.latest = !sorted.some((other) => other.city === line.city && byDate(line.planDate, other.planDate) < 0);
  }
  const revisions = list.flatMap((series) =>
    series.revisions.flatMap((r) => (r.before === null || r.after === null ? [] : [{ city: series.city, year: r.year, from: r.from, to: r.to, before: r.before, after: r.after, change: r.change, x: x(r.year), yBefore: y(r.before), yAfter: y(r.after) }])),
  );
  const yearSpan: number[] = [];
  for (let year = fromYear; year <= toYear && years.length > 0; year += 1) yearSpan.push(year);
  return {
    key,
    scope: first.scope,
    basis: first.basis,
    unit: first.unit,
    cities: [...new Set(list.map((s) => s.city))].sort((a, b) => cityOrder.indexOf(a) - cityOrder.indexOf(b)),
    years: yearSpan,
    ...axis,
    lines: sorted,
    revisions,
    unplaced: list.flatMap((s) => s.points.filter((p) => p.year === null || (p.comparable ?? null) === null)),
  };
}
