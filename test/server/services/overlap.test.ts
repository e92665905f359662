import { beforeAll, describe, expect, it } from 'vitest';
import { GraphReader } from '../../../server/services/graph-reader.ts';
import { overlap, type Overlap } from '../../../server/services/overlap.ts';
import { lexicon, seedContributions } from '../../helpers/seeds.ts';
import { embeddedStoreWith } from '../../helpers/stores.ts';

/** How each city matches: the kinds of its matches, and the wordings by kind. */
function matchesByCity(answer: Overlap): Record<string, Record<string, string[]>> {
  const result: Record<string, Record<string, string[]>> = {};
  for (const city of answer.cities) {
    const kinds: Record<string, string[]> = {};
    for (const m of city.matches) kinds[m.match] = [...(kinds[m.match] ?? []), m.term];
    result[city.city] = kinds;
  }
  return result;
}

describe('overlap over the seed plans: the mission’s examples', () => {
  let reader: GraphReader;
  beforeAll(async () => {
    reader = new GraphReader(await embeddedStoreWith(await seedContributions()));
  });
  const overlapOf = (concept: string, related = true) => overlap(reader, concept, related, 50, lexicon());

  it.each([
    ['海工装备', '连云港市', '海洋装备', 'broader'],
    ['集成电路', '泰州市', '半导体', 'broader'],
    ['合成生物', '盐城市', '生物制造', 'broader'],
  ])('%s reaches %s through the related concept %s (%s)', async (concept, city, term, relation) => {
    const answer = await overlapOf(concept);
    const entry = answer.cities.find((c) => c.city === city);
    expect(entry?.matches).toContainEqual(expect.objectContaining({ term, match: 'related', relation }));
    expect(entry?.evidence.some((e) => e.match === 'related' && (e.quote ?? e.text).includes(term))).toBe(true);
    expect(answer.absent).not.toContain(city);
    expect(answer.concept.related?.map((r) => r.name)).toContain(term);
  });

  it('places 海工装备 in all three seed cities, marking each city’s wordings by kind', async () => {
    const answer = await overlapOf('海工装备');
    expect(answer.absent).toEqual([]);
    const kinds = matchesByCity(answer);
    expect(kinds['盐城市']).toMatchObject({ exact: expect.arrayContaining(['海工装备']), narrower: expect.arrayContaining(['船舶海工配套']) });
    expect(kinds['连云港市']?.related).toContain('海洋装备');
    expect(kinds['连云港市']?.exact).toBeUndefined();
    // Cities naming the concept come before those naming only a related one.
    expect(answer.cities.at(-1)?.city).toBe('连云港市');
  });

  it('finds 泰州’s 漂浮式风电 under 海上风电', async () => {
    const answer = await overlapOf('海上风电');
    expect(matchesByCity(answer)['泰州市']?.narrower).toContain('漂浮式风电');
  });

  it('keeps related concepts out unless asked for', async () => {
    const answer = await overlapOf('海工装备', false);
    expect(answer.cities.flatMap((c) => c.matches).some((m) => m.match === 'related' || m.match === 'narrower')).toBe(false);
    expect(answer.absent).toContain('连云港市');
    expect(answer.concept.related).toBeUndefined();
  });

  it('does not take a whole sector for a neighbour: 高端装备 is not related to 海工装备', async () => {
    const answer = await overlapOf('海工装备');
    expect(answer.cities.flatMap((c) => c.matches).map((m) => m.term)).not.toContain('高端装备');
  });
});

describe('overlap limited to the first cities', () => {
  it.each(['海工装备', '氢能', '新能源'])('%s: each city shown is complete, whatever the limit', async (concept) => {
    const reader = new GraphReader(await embeddedStoreWith(await seedContributions()));
    const all = await overlap(reader, concept, true, 50, lexicon());
    expect(all.cities.slice(0, 2).some((c) => c.departments.length > 0 || c.enterprises.length > 0)).toBe(true);
    for (const limit of [1, 2]) {
      const some = await overlap(reader, concept, true, limit, lexicon());
      expect(some.citiesTotal).toBe(all.citiesTotal);
      expect(some.cities).toEqual(all.cities.slice(0, limit));
    }
  });
});
