import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../core/config.ts';
import { GraphReader } from '../../../server/services/graph-reader.ts';
import { matrix, MAX_PAIRWISE_CITIES } from '../../../server/services/matrix.ts';
import { contributionOf } from '../../helpers/seeds.ts';
import { openEmbeddedStore } from '../../helpers/stores.ts';

/** Every city the lexicon knows (Jiangsu's thirteen), each with a short plan naming 氢能, and one also 光伏. */
const cityNames = fs
  .readdirSync(path.join(PROJECT_ROOT, 'lexicon/cities'))
  .map((file) => (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'lexicon/cities', file), 'utf8')) as { name: string }).name);

describe('matrix', () => {
  let reader: GraphReader;
  beforeAll(async () => {
    const store = await openEmbeddedStore();
    const plans = cityNames.map((city, i) =>
      contributionOf(`city-${i}.txt`, `${city}氢能产业发展行动方案\n一、重点任务\n1．壮大氢能产业${i === 0 ? '，布局光伏' : ''}。（市发展改革委牵头负责）\n`),
    );
    await store.replacePlans(await Promise.all(plans));
    reader = new GraphReader(store);
  });

  it('leaves pairwise differences out beyond a dozen cities, and lists only the cities that name a concept', async () => {
    expect(cityNames.length).toBeGreaterThan(MAX_PAIRWISE_CITIES);
    const all = await matrix(reader, 'Industry');
    expect(all.cities).toHaveLength(cityNames.length);
    expect(all.sets.difference).toBeUndefined();
    expect(all.sets.inAll).toContain('industry:氢能');
    const solar = all.rows.find((r) => r.entity.id === 'industry:光伏');
    expect(Object.keys(solar?.counts ?? {})).toEqual([cityNames[0]]);
  });

  it('answers the pairwise differences for the cities asked for', async () => {
    const pair = await matrix(reader, 'Industry', [cityNames[0] as string, cityNames[1] as string]);
    expect(pair.sets.difference?.find((d) => d.a === cityNames[0] && d.b === cityNames[1])?.ids).toContain('industry:光伏');
    expect(pair.sets.difference?.find((d) => d.a === cityNames[1] && d.b === cityNames[0])?.ids).toEqual([]);
  });
});
