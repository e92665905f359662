import { describe, expect, it } from 'vitest';
import type { IndicatorSummary } from '../../../../server/contract.ts';
import { defaultIndicator, groupByKind, matchesQuery, rankIndicators } from '../../../../client/src/views/indicators/catalogue.ts';

const indicator = (id: string, patch: Partial<IndicatorSummary> = {}): IndicatorSummary => ({
  id,
  name: id,
  definition: `${id}的定义`,
  kind: 'count',
  scope: '全市',
  perIndustry: false,
  unit: '家',
  wordings: [id],
  notWordings: [],
  differsFrom: [],
  targets: 0,
  cities: [],
  ...patch,
});

const catalogue = [
  indicator('rd-intensity', { name: '研发经费投入强度', kind: 'intensity', wordings: ['研发…占…地区生产总值'], definition: '全社会研究与试验发展经费支出占地区生产总值的比重', targets: 4, cities: ['甲市', '乙市'] }),
  indicator('industrial-rd-intensity', { name: '规上工业企业研发经费占营业收入比重', kind: 'intensity', targets: 4, cities: ['甲市', '丙市'] }),
  indicator('high-tech-enterprises', { name: '高新技术企业数', targets: 6, cities: ['甲市', '乙市', '丙市'] }),
  indicator('gazelles', { name: '瞪羚企业数', targets: 1, cities: ['甲市'] }),
  indicator('unicorns', { name: '独角兽企业数' }),
];

describe('the indicator catalogue', () => {
  it('ranks by cities, then targets, then the catalogue order', () => {
    expect(rankIndicators(catalogue).map((i) => i.id)).toEqual(['high-tech-enterprises', 'rd-intensity', 'industrial-rd-intensity', 'gazelles', 'unicorns']);
  });

  it('opens with the indicator most cities set, and with none when no target is set', () => {
    expect(defaultIndicator(catalogue)?.id).toBe('high-tech-enterprises');
    expect(defaultIndicator([indicator('a'), indicator('b')])).toBeNull();
    expect(defaultIndicator([])).toBeNull();
  });

  it.each([
    ['研发', ['rd-intensity', 'industrial-rd-intensity']],
    ['地区生产总值', ['rd-intensity']],
    ['营业收入 研发', ['industrial-rd-intensity']],
    ['UNICORN', ['unicorns']],
    ['强度', ['rd-intensity', 'industrial-rd-intensity']],
    ['  ', catalogue.map((i) => i.id)],
    ['永动机', []],
  ])('“%s” finds %j', (query, ids) => {
    expect(catalogue.filter((i) => matchesQuery(i, query)).map((i) => i.id)).toEqual(ids);
  });

  it('groups what matches by kind, in the catalogue’s order of kinds, leaving empty kinds out', () => {
    const groups = groupByKind(catalogue, '');
    expect(groups.map((g) => [g.name, g.indicators.map((i) => i.id)])).toEqual([
      ['强度', ['rd-intensity', 'industrial-rd-intensity']],
      ['数量', ['high-tech-enterprises', 'gazelles', 'unicorns']],
    ]);
    expect(groupByKind(catalogue, '瞪羚').map((g) => g.kind)).toEqual(['count']);
  });
});
