import { describe, expect, it } from 'vitest';
import type { IndicatorTimeline } from '../../../../server/contract.ts';
import { timelinePanels, valueAxis } from '../../../../client/src/views/timeline/chart.ts';
import { target } from '../../../helpers/client-fixtures.ts';

type Series = IndicatorTimeline['series'][number];
type Point = Series['points'][number];

let counter = 0;
/** A target of `planId` as the indicator timeline gives it: with its plan's date and reference. */
function point(city: string, planId: string, planDate: string | null, year: number | null, value: number | null): Point {
  counter += 1;
  const base = target({ id: `target:${counter}`, plan: planId, city, value, year, annual: year === null, display: `${value}%`, comparable: value });
  return { ...base, evidence: [{ plan: planId, start: counter, end: counter + 5, text: '研发经费投入强度' }], planDate, planRef: { id: planId, title: planId, city, file: `${planId}.txt` } };
}

const series = (city: string, points: Point[], revisions: Series['revisions'] = [], scope: Series['scope'] = { level: 'city', name: '全市' }): Series => ({ city, scope, basis: '%', unit: '%', points, revisions });

describe('the value axis of a target timeline', () => {
  it.each([
    ['values a few tenths apart start near them, not at zero', [2.85, 3, 3.2], { min: 2.6, max: 3.4 }],
    ['one value gets room either side', [200], { min: 180, max: 220 }],
    ['values near zero start at zero', [0.5, 12], { min: 0, max: 15 }],
    ['a cut below zero goes below zero', [-3, 4], { min: -5, max: 7.5 }],
    ['nothing gets an axis all the same', [], { min: 0, max: 1 }],
  ])('%s', (_, values, expected) => {
    const axis = valueAxis(values);
    expect({ min: axis.min, max: axis.max }).toEqual(expected);
    expect(axis.ticks[0]).toBe(axis.min);
    expect(axis.ticks.at(-1)).toBe(axis.max);
    for (const value of values) expect(value >= axis.min && value <= axis.max).toBe(true);
  });
});

describe('an indicator’s targets as lines over the years', () => {
  const timeline: IndicatorTimeline = {
    indicator: { id: 'rd-intensity', name: '研发经费投入强度', kind: 'share', unit: '%', definition: '' },
    series: [
      series('盐城市', [point('盐城市', 'draft', '2021-04-01', 2025, 3), point('盐城市', 'draft', '2021-04-01', 2025, 3), point('盐城市', 'issued', '2021-09-28', 2025, 3.2), point('盐城市', 'issued', '2021-09-28', null, 0.1)], [
        { year: 2025, from: 'draft', to: 'issued', before: 3, after: 3.2, change: 'raised' },
      ]),
      series('泰州市', [point('泰州市', 'tz', '2024-01-01', 2025, 2.6), point('泰州市', 'tz', '2024-01-01', 2027, 2.85)]),
      series('泰州市', [point('泰州市', 'tz', '2024-01-01', 2027, 14)], [], { level: 'industry', name: '海工装备' }),
    ],
  };
  const [city, industry] = timelinePanels(timeline);

  it('draws one chart per scope, the one with a revised target first', () => {
    expect([city?.scope.name, industry?.scope.name]).toEqual(['全市', '海工装备']);
    expect(city?.cities).toEqual(['泰州市', '盐城市']);
    expect(city?.years).toEqual([2025, 2026, 2027]);
  });

  it('draws a line per city and plan — the city’s latest solid — a value stated twice once, a yearless one not at all', () => {
    expect(city?.lines.map((l) => [l.city, l.plan.id, l.latest, l.points.map((p) => [p.year, p.value, p.targets])])).toEqual([
      ['泰州市', 'tz', true, [[2025, 2.6, 1], [2027, 2.85, 1]]],
      ['盐城市', 'draft', false, [[2025, 3, 2]]],
      ['盐城市', 'issued', true, [[2025, 3.2, 1]]],
    ]);
    expect(city?.unplaced.map((p) => p.value)).toEqual([0.1]);
  });

  it('places years across with half a year of room, values down from the top, and marks the raise', () => {
    const issued = city!.lines[2]!.points[0]!;
    expect(issued.x).toBeCloseTo(0.5 / 3);
    expect(issued.y).toBeCloseTo(1 - (3.2 - city!.min) / (city!.max - city!.min));
    expect(issued.change).toBe('raised');
    expect(city?.revisions).toEqual([expect.objectContaining({ city: '盐城市', year: 2025, before: 3, after: 3.2, change: 'raised', x: issued.x, yAfter: issued.y })]);
    expect(city!.revisions[0]!.yBefore).toBeGreaterThan(issued.y);
  });

  it('keeps a city’s colour in every chart', () => {
    const colourOf = (panel: typeof city, name: string) => panel?.lines.find((l) => l.city === name)?.colour;
    expect(colourOf(industry, '泰州市')).toBe(colourOf(city, '泰州市'));
    expect(colourOf(city, '盐城市')).not.toBe(colourOf(city, '泰州市'));
  });
});
