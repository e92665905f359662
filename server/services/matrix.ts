/**
 * Concept × city matrix: for industries (as shared concepts), platforms or enterprises, how often each
 * city's plans name each one — and the set operations planners ask for: named in every city, in only
 * one, in A but not B.
 */
import { z } from 'zod';
import { EntityRefSchema } from '../schemas/common.ts';
import type { GraphReader } from './graph-reader.ts';
import { profiles } from './profiles.ts';
import { entityRef } from './refs.ts';

export const MATRIX_LABELS = ['Industry', 'Platform', 'Enterprise'] as const;

/**
 * Pairwise differences grow with the square of the cities: 373 cities made 138,000 pairs and a 126 MB
 * answer. Beyond this many cities they are left out; ask for the cities to compare (`cities=A,B`).
 */
export const MAX_PAIRWISE_CITIES = 12;

export const MatrixSchema = z.object({
  label: z.enum(MATRIX_LABELS),
  cities: z.array(z.string()),
  rows: z.array(
    z.object({
      entity: EntityRefSchema,
      counts: z.record(z.string(), z.number().int()).describe('mentions per city; a city that never names it is absent (0)'),
      cities: z.number().int(),
      total: z.number().int(),
    }),
  ),
  sets: z.object({
    inAll: z.array(z.string()),
    onlyIn: z.record(z.string(), z.array(z.string())),
    difference: z
      .array(z.object({ a: z.string(), b: z.string(), ids: z.array(z.string()) }))
      .optional()
      .describe(`in city a but not in city b, for every ordered pair; only when the matrix has at most ${MAX_PAIRWISE_CITIES} cities`),
  }),
});
export type Matrix = z.infer<typeof MatrixSchema>;

export async function matrix(reader: GraphReader, label: Matrix['label'], only?: string[]): Promise<Matrix> {
  const byCity = await profiles(reader, label);
  const cities = (only && only.length > 0 ? only : await reader.cities()).filter((c) => byCity.has(c) || (only ?? []).includes(c));
  const ids = new Set<string>();
  for (const city of cities) for (const id of byCity.get(city)?.keys() ?? []) ids.add(id);
  const nodes = await reader.nodesById(ids);
  const rows = [...ids]
    .filter((id) => nodes.has(id))
    .map((id) => {
      const counts: Record<string, number> = {};
      for (const city of cities) {
        const count = byCity.get(city)?.get(id) ?? 0;
        if (count > 0) counts[city] = count;
      }
      const present = cities.filter((c) => counts[c] !== undefined);
      return { entity: entityRef(nodes.get(id) as never), counts, cities: present.length, total: present.reduce((s, c) => s + (counts[c] ?? 0), 0) };
    })
    .sort((a, b) => b.cities - a.cities || b.total - a.total || a.entity.name.localeCompare(b.entity.name));
  const inCity = (id: string, city: string) => (byCity.get(city)?.get(id) ?? 0) > 0;
  const onlyIn: Record<string, string[]> = {};
  for (const city of cities) onlyIn[city] = rows.filter((r) => r.cities === 1 && inCity(r.entity.id, city)).map((r) => r.entity.id);
  const inAll = rows.filter((r) => r.cities === cities.length && cities.length > 0).map((r) => r.entity.id);
  if (cities.length > MAX_PAIRWISE_CITIES) return { label, cities, rows, sets: { inAll, onlyIn } };
  const difference = cities.flatMap((a) =>
    cities.filter((b) => b !== a).map((b) => ({ a, b, ids: rows.filter((r) => inCity(r.entity.id, a) && !inCity(r.entity.id, b)).map((r) => r.entity.id) })),
  );
  return { label, cities, rows, sets: { inAll, onlyIn, difference } };
}
