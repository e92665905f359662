import { describe, expect, it } from 'vitest';
import type { Matrix } from '../../../../server/contract.ts';
import { broadestCities, conceptSets, heatColour, heatmapPicture, ROW_LIMIT } from '../../../../client/src/views/overview/heatmap.ts';

const row = (name: string, counts: Record<string, number>) => ({
  entity: { id: `industry:${name}`, label: 'Industry' as const, name, city: null },
  counts,
  cities: Object.keys(counts).length,
  total: Object.values(counts).reduce((a, b) => a + b, 0),
});

const matrix: Matrix = {
  label: 'Industry',
  cities: ['甲市', '乙市'],
  rows: [row('氢能', { 甲市: 5, 乙市: 1 }), row('光伏', { 甲市: 2 }), ...Array.from({ length: ROW_LIMIT + 5 }, (_, i) => row(`产业${i}`, { 乙市: 1 }))],
  sets: { inAll: ['industry:氢能'], onlyIn: { 甲市: ['industry:光伏'], 乙市: [] } },
};

describe('heatmap', () => {
  it('keeps every city when there are no more than the limit, else those naming the most concepts, ties by name', () => {
    expect(broadestCities({ cities: ['乙', '甲'], rows: [] }, 2)).toEqual(['乙', '甲']);
    const m = { cities: ['A市', 'B市', 'C市', 'D市'], rows: [row('x', { C市: 1, A市: 1 }), row('y', { C市: 1 }), row('z', { D市: 1, C市: 1 }), row('w', { D市: 1 })] };
    expect(broadestCities(m, 2)).toEqual(['C市', 'D市']);
    expect(broadestCities({ cities: ['C市', 'B市', 'A市'], rows: [] }, 2)).toEqual(['B市', 'A市']);
  });

  it('offers “in all” and “only in” sets', () => {
    expect(conceptSets(matrix).map((s) => [s.key, s.name, s.ids.size])).toEqual([
      ['all', '2 市共有', 1],
      ['only:甲市', '仅甲市', 1],
      ['only:乙市', '仅乙市', 0],
    ]);
  });

  it.each([
    ['the first rows', { filter: '', set: null, allRows: false, allCities: false }, ROW_LIMIT, ROW_LIMIT + 7],
    ['every row on request', { filter: '', set: null, allRows: true, allCities: false }, ROW_LIMIT + 7, ROW_LIMIT + 7],
    ['a set', { filter: '', set: 'only:甲市', allRows: false, allCities: false }, 1, 1],
    ['a name filter, all of its rows', { filter: '产业1', set: null, allRows: false, allCities: false }, 11, 11],
  ])('shows %s', (_, choice, shown, matching) => {
    const picture = heatmapPicture(matrix, choice);
    expect(picture.rows).toHaveLength(shown);
    expect(picture.matching).toHaveLength(matching);
    expect(picture.max).toBe(5);
    expect(picture.columns).toEqual(['甲市', '乙市']);
  });

  it('colours counts on a log scale, dark cells with white text', () => {
    expect(heatColour(0, 10).background).toBe('#f8fafc');
    expect(heatColour(10, 10)).toEqual({ background: 'rgb(29,78,216)', text: '#ffffff' });
    expect(heatColour(1, 10).text).toBe('#0f172a');
  });
});
