/** What the concept × city heatmap shows: which rows, which columns, which colour. Pure. */
import type { Matrix } from '../../../../server/contract.ts';

/** Rows shown before “显示全部”: a heatmap of hundreds of rows is unreadable (and slow to build). */
export const ROW_LIMIT = 40;
/** Columns shown before “显示全部城市”: beyond a few dozen cities a heatmap is unreadable. */
export const CITY_LIMIT = 30;

/** The `limit` cities naming the most concepts, in the matrix's own order; all of them when there are few. */
export function broadestCities(matrix: Pick<Matrix, 'cities' | 'rows'>, limit: number): string[] {
  if (matrix.cities.length <= limit) return matrix.cities;
  const breadth = new Map(matrix.cities.map((c) => [c, 0]));
  for (const row of matrix.rows) for (const city of Object.keys(row.counts)) breadth.set(city, (breadth.get(city) ?? 0) + 1);
  const kept = new Set([...matrix.cities].sort((a, b) => (breadth.get(b) ?? 0) - (breadth.get(a) ?? 0) || a.localeCompare(b)).slice(0, limit));
  return matrix.cities.filter((c) => kept.has(c));
}

export interface ConceptSet {
  key: string;
  name: string;
  ids: Set<string>;
}

/** The set filters: named in every city, and named only in each one. */
export function conceptSets(matrix: Matrix): ConceptSet[] {
  return [
    { key: 'all', name: matrix.cities.length > 1 ? `${matrix.cities.length} 市共有` : '全部', ids: new Set(matrix.sets.inAll) },
    ...matrix.cities.map((c) => ({ key: `only:${c}`, name: `仅${c}`, ids: new Set(matrix.sets.onlyIn[c] ?? []) })),
  ];
}

export interface HeatmapChoice {
  filter: string;
  set: string | null;
  allRows: boolean;
  allCities: boolean;
}

export interface HeatmapPicture {
  /** Rows passing the filter and set (before the row limit). */
  matching: Matrix['rows'];
  rows: Matrix['rows'];
  columns: string[];
  max: number;
}

export function heatmapPicture(matrix: Matrix, choice: HeatmapChoice): HeatmapPicture {
  const chosen = conceptSets(matrix).find((s) => s.key === choice.set);
  let matching = matrix.rows;
  if (chosen) matching = matching.filter((r) => chosen.ids.has(r.entity.id));
  if (choice.filter) matching = matching.filter((r) => r.entity.name.includes(choice.filter));
  return {
    matching,
    rows: choice.allRows || choice.filter ? matching : matching.slice(0, ROW_LIMIT),
    columns: choice.allCities ? matrix.cities : broadestCities(matrix, CITY_LIMIT),
    max: Math.max(1, ...matrix.rows.flatMap((r) => Object.values(r.counts))),
  };
}

/** Sequential colour for a count: pale blue → deep blue, on a log scale; white text on dark cells. */
export function heatColour(count: number, max: number): { background: string; text: string } {
  if (count <= 0) return { background: '#f8fafc', text: '#94a3b8' };
  const t = Math.log1p(count) / Math.log1p(Math.max(1, max));
  const from = [224, 236, 255];
  const to = [29, 78, 216];
  const mix = from.map((f, i) => Math.round(f + ((to[i] as number) - f) * t));
  return { background: `rgb(${mix.join(',')})`, text: t > 0.55 ? '#ffffff' : '#0f172a' };
}
