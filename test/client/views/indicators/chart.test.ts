import { describe, expect, it } from 'vitest';
import { chartOf, roundUp, ticksOf } from '../../../../client/src/views/indicators/chart.ts';
import { target } from '../../../helpers/client-fixtures.ts';

describe('the benchmark chart', () => {
  it.each([
    [0, 0],
    [3, 5],
    [2.85, 5],
    [2400, 2500],
    [3000, 5000],
    [1, 1],
    [0.07, 0.1],
    [12, 20],
  ])('rounds %d up to the axis end %d', (value, end) => {
    expect(roundUp(value)).toBeCloseTo(end, 10);
  });

  it('puts ticks at equal steps', () => {
    expect(ticksOf(0, 5000)).toEqual([0, 1250, 2500, 3750, 5000]);
    expect(ticksOf(-10, 10, 2)).toEqual([-10, 0, 10]);
  });

  it('draws one bar per city and value, the highest city first, a value stated twice once', () => {
    const chart = chartOf({
      targets: [
        target({ id: 'a', city: '乙市', comparable: 2.85, year: 2027, flags: ['year-differs'] }),
        target({ id: 'b', city: '甲市', comparable: 3, year: 2025 }),
        target({ id: 'c', city: '甲市', comparable: 3, year: 2025 }),
        target({ id: 'd', city: '甲市', comparable: 2, year: 2025 }),
        target({ id: 'e', city: '丙市', comparable: null, year: 2025 }),
      ],
    });
    expect(chart.bars.map((b) => [b.city, b.value, b.targets])).toEqual([
      ['甲市', 3, 2],
      ['甲市', 2, 1],
      ['乙市', 2.85, 1],
    ]);
    expect(chart.bars[2]?.flags).toEqual(['year-differs']);
    expect(chart.bars[0]?.evidence?.start).toBe(0);
    expect([chart.min, chart.max, chart.zero]).toEqual([0, 5, 0]);
    expect(chart.bars[0]?.to).toBeCloseTo(0.6);
    expect(chart.undrawn).toBe(1);
  });

  it('draws a fall to the left of zero', () => {
    const chart = chartOf({ targets: [target({ city: '甲市', comparable: -8 }), target({ id: 'x', city: '乙市', comparable: 4 })] });
    expect([chart.min, chart.max]).toEqual([-10, 5]);
    const fall = chart.bars.find((b) => b.value === -8);
    expect(fall?.from).toBeCloseTo(2 / 15);
    expect(fall?.to).toBeCloseTo(chart.zero);
  });
});
