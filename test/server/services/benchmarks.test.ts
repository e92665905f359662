import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../../graph/store.ts';
import { benchmarks, type BenchmarkGroup } from '../../../server/services/benchmarks.ts';
import { compare } from '../../../server/services/compare.ts';
import { GraphReader } from '../../../server/services/graph-reader.ts';
import { contributionOf, lexicon, seedContributions } from '../../helpers/seeds.ts';
import { embeddedStoreWith } from '../../helpers/stores.ts';

const catalogue = lexicon().indicators;
const plan = (title: string, goals: string) => `${title}\n（征求意见稿）\n\n一、发展目标\n${goals}\n`;

const PLANS = {
  'wuxi-industry.txt': plan(
    '无锡市推进新型工业化行动方案（2025-2027年）',
    '到2027年，全社会研发经费投入强度达3.6%，规上工业企业研发经费支出占营业收入比重达2.2%，高新技术企业达8000家，每年实施技术改造项目1000个，全市集成电路产业规上企业达300家，两化融合发展水平达72。',
  ),
  'changzhou-industry.txt': plan(
    '常州市推进新型工业化行动方案（2026-2028年）',
    '到2028年，研发投入占地区生产总值比重达3.8%，高新技术企业达7000家，新增高新技术企业1500家，技术改造项目1200个，规上工业企业达7500家，每万人口高价值发明专利拥有量达30件，研发人员增长10%。',
  ),
};

const groupsOf = (groups: BenchmarkGroup[], indicator: string) => groups.filter((g) => g.indicator.id === indicator);

describe('benchmark groups on plans of other cities', () => {
  let store: GraphStore;
  let reader: GraphReader;
  beforeAll(async () => {
    store = await embeddedStoreWith(await Promise.all(Object.entries(PLANS).map(([name, text]) => contributionOf(name, text))));
    reader = new GraphReader(store);
  });
  afterAll(() => store.close());

  it('compares the same indicator across cities and flags the different years', async () => {
    const { groups } = await benchmarks(reader, catalogue, {});
    const [rd] = groupsOf(groups, 'rd-intensity');
    expect(rd).toMatchObject({ cities: ['常州市', '无锡市'], years: [2027, 2028], flags: ['years-differ'], unit: '%' });
    expect(rd?.targets.map((t) => [t.city, t.comparable, t.flags])).toEqual([
      ['常州市', 3.8, []],
      ['无锡市', 3.6, ['year-differs']],
    ]);
  });

  it('keeps a look-alike, another unit basis and another scope out of a group', async () => {
    const { groups } = await benchmarks(reader, catalogue, { all: true });
    expect(groupsOf(groups, 'industrial-rd-intensity').map((g) => g.cities)).toEqual([['无锡市']]);
    expect(groupsOf(groups, 'tech-renovation-projects').map((g) => [g.basis, g.cities])).toEqual([
      ['件数', ['常州市']],
      ['件数/年', ['无锡市']],
    ]);
    const aboveScale = groupsOf(groups, 'industrial-enterprises-above-scale').map((g) => [g.scope.name, g.cities]);
    expect(aboveScale).toEqual(expect.arrayContaining([['全市', ['常州市']], ['集成电路', ['无锡市']]]));
  });

  it('flags a stock beside additions in one group', async () => {
    const { groups } = await benchmarks(reader, catalogue, { indicator: 'high-tech-enterprises' });
    expect(groups).toHaveLength(1);
    expect(groups[0]?.flags).toContain('periods-differ');
    expect(groups[0]?.targets.find((t) => t.period === 'cumulative')?.flags).toContain('period-differs');
  });

  it('lists what no indicator fits instead of grouping it', async () => {
    const { groups, unmatched } = await benchmarks(reader, catalogue, { all: true });
    expect(unmatched.map((t) => t.wording)).toContain('研发人员增长');
    expect(groups.flatMap((g) => g.targets).some((t) => t.indicator === null)).toBe(false);
  });

  it('gives 城市对比 the same groups for two cities', async () => {
    const pair = await compare(reader, catalogue, '常州市', '无锡市');
    const { groups } = await benchmarks(reader, catalogue, {});
    expect(pair.benchmarks.map((g) => g.key)).toEqual(groups.map((g) => g.key));
  });
});

describe('benchmark groups on the seeds', () => {
  let groups: BenchmarkGroup[];
  beforeAll(async () => {
    const store = await embeddedStoreWith(await seedContributions());
    groups = (await benchmarks(new GraphReader(store), catalogue, { all: true })).groups;
    await store.close();
  });
  const citiesOf = (indicator: string) => groupsOf(groups, indicator).filter((g) => g.scope.level === 'city').map((g) => g.cities);

  it.each([
    ['rd-intensity', [['泰州市', '盐城市']]],
    ['industrial-rd-intensity', [['盐城市', '连云港市']]],
    ['digital-core-value-added-share', [['泰州市', '连云港市']]],
    ['digital-core-revenue-share', [['盐城市']]],
    ['invention-patents-per-10k', [['泰州市']]],
    ['high-value-patents-per-10k', [['盐城市']]],
    ['high-tech-output-share', [['盐城市']]],
    ['strategic-emerging-output-share', [['泰州市']]],
    ['it-integration-level', [['泰州市', '连云港市']]],
    ['high-tech-enterprises', [['泰州市', '盐城市', '连云港市']]],
  ])('%s is set city-wide by %o', (indicator, cities) => {
    expect(citiesOf(indicator)).toEqual(cities);
  });
});
