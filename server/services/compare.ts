/**
 * Two cities side by side — shared and unique industry concepts, how alike their portfolios are
 * (Jaccard over the concepts, cosine over mention counts), comparable targets — and every other city
 * ranked as a peer of one.
 */
import { z } from 'zod';
import { errors } from '../../core/errors.ts';
import { EntityRefSchema } from '../schemas/common.ts';
import type { IndicatorCatalogue } from '../../lexicon/index.ts';
import { BenchmarkGroupSchema, groupTargets } from './benchmarks.ts';
import type { GraphReader } from './graph-reader.ts';
import { cosine, jaccard, profiles, round } from './profiles.ts';
import { entityRef } from './refs.ts';
import { allTargets, filterTargets } from './targets.ts';

const SharedSchema = z.object({ concept: EntityRefSchema, a: z.number().int(), b: z.number().int() });
export const CompareSchema = z.object({
  a: z.string(),
  b: z.string(),
  similarity: z.object({ jaccard: z.number(), cosine: z.number() }),
  shared: z.array(SharedSchema),
  onlyA: z.array(z.object({ concept: EntityRefSchema, count: z.number().int() })),
  onlyB: z.array(z.object({ concept: EntityRefSchema, count: z.number().int() })),
  benchmarks: z.array(BenchmarkGroupSchema),
});
export type Compare = z.infer<typeof CompareSchema>;

export const PeersSchema = z.object({
  city: z.string(),
  peers: z.array(z.object({ city: z.string(), jaccard: z.number(), cosine: z.number(), shared: z.number().int() })),
});

async function requireCity(reader: GraphReader, city: string): Promise<void> {
  if (!(await reader.cities()).includes(city)) throw errors.notFound('city with plans', city);
}

export async function compare(reader: GraphReader, catalogue: IndicatorCatalogue, a: string, b: string): Promise<Compare> {
  await requireCity(reader, a);
  await requireCity(reader, b);
  const byCity = await profiles(reader, 'Industry');
  const pa = byCity.get(a) ?? new Map<string, number>();
  const pb = byCity.get(b) ?? new Map<string, number>();
  const nodes = await reader.nodesById([...pa.keys(), ...pb.keys()]);
  const ref = (id: string) => entityRef(nodes.get(id) as never);
  const byCount = <T extends { concept: { name: string } }>(score: (x: T) => number) => (x: T, y: T) => score(y) - score(x) || x.concept.name.localeCompare(y.concept.name);
  const shared = [...pa.keys()].filter((id) => pb.has(id)).map((id) => ({ concept: ref(id), a: pa.get(id) as number, b: pb.get(id) as number }));
  const onlyA = [...pa.keys()].filter((id) => !pb.has(id)).map((id) => ({ concept: ref(id), count: pa.get(id) as number }));
  const onlyB = [...pb.keys()].filter((id) => !pa.has(id)).map((id) => ({ concept: ref(id), count: pb.get(id) as number }));
  // The same groups as the benchmarks, of these two cities' targets, where both set one.
  const groups = groupTargets(filterTargets(await allTargets(reader), { cities: [a, b] }), catalogue).filter((g) => g.cities.length === 2);
  return {
    a,
    b,
    similarity: { jaccard: round(jaccard(pa, pb)), cosine: round(cosine(pa, pb)) },
    shared: shared.sort(byCount((x) => x.a + x.b)),
    onlyA: onlyA.sort(byCount((x) => x.count)),
    onlyB: onlyB.sort(byCount((x) => x.count)),
    benchmarks: groups,
  };
}

export async function peers(reader: GraphReader, city: string): Promise<z.infer<typeof PeersSchema>> {
  await requireCity(reader, city);
  const byCity = await profiles(reader, 'Industry');
  const mine = byCity.get(city) ?? new Map<string, number>();
  const ranked = (await reader.cities())
    .filter((c) => c !== city)
    .map((c) => {
      const theirs = byCity.get(c) ?? new Map<string, number>();
      return { city: c, jaccard: round(jaccard(mine, theirs)), cosine: round(cosine(mine, theirs)), shared: [...mine.keys()].filter((id) => theirs.has(id)).length };
    })
    .sort((x, y) => y.cosine - x.cosine || y.jaccard - x.jaccard || x.city.localeCompare(y.city));
  return { city, peers: ranked };
}
