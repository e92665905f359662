import { describe, expect, it } from 'vitest';
import { broadestCities } from '../../client/src/heatmap.ts';

const row = (...cities: string[]) => ({ counts: Object.fromEntries(cities.map((c) => [c, 1])) }) as never;

describe('broadestCities', () => {
  it('keeps every city when there are no more than the limit', () => {
    expect(broadestCities({ cities: ['乙', '甲'], rows: [] }, 2)).toEqual(['乙', '甲']);
  });

  it('keeps the cities naming the most concepts, in the matrix order', () => {
    const matrix = { cities: ['A市', 'B市', 'C市', 'D市'], rows: [row('C市', 'A市'), row('C市'), row('D市', 'C市'), row('D市')] };
    expect(broadestCities(matrix, 2)).toEqual(['C市', 'D市']);
  });

  it('breaks ties by name, so the same graph always shows the same columns', () => {
    expect(broadestCities({ cities: ['C市', 'B市', 'A市'], rows: [] }, 2)).toEqual(['B市', 'A市']);
  });
});
