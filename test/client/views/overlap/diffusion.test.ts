import { describe, expect, it } from 'vitest';
import type { ConceptTimeline } from '../../../../server/contract.ts';
import { diffusionOf } from '../../../../client/src/views/overlap/diffusion.ts';

type Mention = ConceptTimeline['cities'][number]['mentions'][number];

const mention = (id: string, date: string | null): Mention => ({
  plan: { id, title: id, city: null, file: `${id}.txt`, date, dateBasis: date ? 'issued' : null, issued: date, period: null, status: null },
  count: 1,
  terms: ['氢能'],
  evidence: { plan: id, start: 0, end: 4, text: '发展氢能', term: '氢能' },
});

const timeline = (cities: [string, number, number | null, Mention[]][]): ConceptTimeline => ({
  concept: { id: 'industry:氢能', label: 'Industry', name: '氢能', city: null },
  related: true,
  cities: cities.map(([city, rank, yearsAfterFirst, mentions]) => ({ city, rank, yearsAfterFirst, first: mentions[0]?.plan ?? null, mentions })),
});

describe('who planned first and who followed, on one year axis', () => {
  it('spans whole years from the first plan to the last, and places each plan by its date', () => {
    const d = diffusionOf(
      timeline([
        ['盐城市', 1, 0, [mention('a', '2021-04-01'), mention('b', '2026-01-01')]],
        ['泰州市', 2, 2.8, [mention('c', '2024-01-01')]],
      ]),
    );
    expect([d.from, d.to, d.ticks]).toEqual([2021, 2027, [2021, 2022, 2023, 2024, 2025, 2026, 2027]]);
    expect(d.rows.map((r) => r.marks.map((m) => [m.mention.plan.id, m.first, Number(m.x.toFixed(3))]))).toEqual([
      [['a', true, 0.041], ['b', false, 0.833]],
      [['c', true, 0.5]],
    ]);
    expect(d.spread).toBe(2.8);
  });

  it.each([
    ['a plan without a date is kept apart, not placed', [['盐城市', 1, 0, [mention('a', '2021-04-01'), mention('u', null)]]], [['a'], ['u']], null],
    ['a city whose plans have no date has no marks and no lag', [['盐城市', 1, 0, [mention('a', '2023-05-01')]], ['泰州市', 2, null, [mention('u', null)]]], [['a'], []], null],
    ['one year of plans still spans a year', [['盐城市', 1, 0, [mention('a', '2023-01-01')]], ['泰州市', 1, 0, [mention('b', '2023-01-01')]]], [['a'], []], 0],
  ] as const)('%s', (_, cities, [firstMarks, firstUndated], spread) => {
    const d = diffusionOf(timeline(cities as never));
    expect(d.rows[0]!.marks.map((m) => m.mention.plan.id)).toEqual(firstMarks);
    expect(d.rows[0]!.undated.map((m) => m.plan.id)).toEqual(firstUndated);
    expect(d.spread).toBe(spread);
    for (const row of d.rows) for (const mark of row.marks) expect(mark.x).toBeGreaterThanOrEqual(0);
  });

  it('marks at most seven years along a long axis', () => {
    const d = diffusionOf(timeline([['盐城市', 1, 0, [mention('a', '2010-06-01'), mention('b', '2035-06-01')]]]));
    expect(d.ticks.length).toBeLessThanOrEqual(7);
    expect(d.ticks[0]).toBe(2010);
  });
});
