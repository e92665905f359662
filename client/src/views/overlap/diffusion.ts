/**
 * Who planned for a concept first and who followed: each city's plans naming it, placed by date on one
 * year axis — the first plan marked, later ones after it — with how many years each city came after
 * the first. Plans with no date are kept apart, never placed. Pure, unit-tested.
 */
import type { ConceptTimeline } from '../../../../server/contract.ts';
import { yearFraction } from '../../format-time.ts';

type CityTimeline = ConceptTimeline['cities'][number];
export type Mention = CityTimeline['mentions'][number];

export interface DiffusionMark {
  mention: Mention;
  /** Where on the axis, 0 to 1. */
  x: number;
  /** The city's first plan naming the concept. */
  first: boolean;
}

export interface DiffusionRow {
  city: string;
  rank: number;
  yearsAfterFirst: number | null;
  marks: DiffusionMark[];
  /** Plans naming the concept whose date is not known. */
  undated: Mention[];
}

export interface Diffusion {
  rows: DiffusionRow[];
  /** The axis: from the first day of `from` to the first day of `to` (years). */
  from: number;
  to: number;
  /** Years marked along the axis. */
  ticks: number[];
  /** Years between the first city and the last city to follow, one decimal; null with fewer than two dated cities. */
  spread: number | null;
}

export function diffusionOf(timeline: ConceptTimeline): Diffusion {
  const dates = timeline.cities.flatMap((c) => c.mentions.map((m) => m.plan.date).filter((d): d is string => d !== null));
  const years = dates.map(yearFraction);
  const from = years.length > 0 ? Math.floor(Math.min(...years)) : 0;
  const to = years.length > 0 ? Math.floor(Math.max(...years)) + 1 : 1;
  const at = (date: string) => (yearFraction(date) - from) / (to - from);
  const rows = timeline.cities.map((city) => {
    const dated = city.mentions.filter((m) => m.plan.date !== null);
    return {
      city: city.city,
      rank: city.rank,
      yearsAfterFirst: city.yearsAfterFirst,
      marks: dated.map((mention, i) => ({ mention, x: at(mention.plan.date as string), first: i === 0 })),
      undated: city.mentions.filter((m) => m.plan.date === null),
    };
  });
  const every = Math.max(1, Math.ceil((to - from) / 6));
  const ticks: number[] = [];
  for (let year = from; year <= to; year += every) ticks.push(year);
  const lags = rows.map((r) => r.yearsAfterFirst).filter((y): y is number => y !== null);
  return { rows, from, to, ticks, spread: lags.length > 1 ? Math.max(...lags) : null };
}
