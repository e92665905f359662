/** Choosing what a concept × city heatmap shows when a graph has more cities than a screen. */
import type { Matrix } from './types.ts';

/** The `limit` cities naming the most concepts, in the matrix's own order; all of them when there are few. */
export function broadestCities(matrix: Pick<Matrix, 'cities' | 'rows'>, limit: number): string[] {
  if (matrix.cities.length <= limit) return matrix.cities;
  const breadth = new Map(matrix.cities.map((c) => [c, 0]));
  for (const row of matrix.rows) for (const city of Object.keys(row.counts)) breadth.set(city, (breadth.get(city) ?? 0) + 1);
  const kept = new Set([...matrix.cities].sort((a, b) => (breadth.get(b) ?? 0) - (breadth.get(a) ?? 0) || a.localeCompare(b)).slice(0, limit));
  return matrix.cities.filter((c) => kept.has(c));
}
