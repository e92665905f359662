import { describe, expect, it } from 'vitest';
import type { PlanInTime } from '../../../../server/contract.ts';
import { asOfSteps, byStanding, dayNumber, dayOfNumber, defaultDay, stepIndex, trackPosition, yearTicks } from '../../../../client/src/views/overview/as-of.ts';

const plan = (id: string, start: string | null, end: string | null, standing: PlanInTime['standing'] = null) =>
  ({ id, title: id, city: '芜湖市', file: `${id}.txt`, start, end, standing }) as PlanInTime;

const plans = [plan('wp-2023', '2023-03-02', '2023-12-31'), plan('wp-2024', '2024-02-20', '2024-12-31'), plan('fyp', '2021-04-01', '2025-12-31')];
const steps = asOfSteps({ plans, changes: ['2021-04-01', '2023-03-02', '2024-01-01', '2024-02-20', '2025-01-01', '2026-01-01'] });

describe('the overview’s time control', () => {
  it('names what happens on each step: the plans that take effect, and those whose period ended the day before', () => {
    expect(steps.map((s) => [s.day, s.starts.map((p) => p.id), s.ends.map((p) => p.id)])).toEqual([
      ['2021-04-01', ['fyp'], []],
      ['2023-03-02', ['wp-2023'], []],
      ['2024-01-01', [], ['wp-2023']],
      ['2024-02-20', ['wp-2024'], []],
      ['2025-01-01', [], ['wp-2024']],
      ['2026-01-01', [], ['fyp']],
    ]);
  });

  it.each([
    ['2020-01-01', 0],
    ['2021-04-01', 0],
    ['2023-12-31', 1],
    ['2024-02-20', 3],
    ['2030-01-01', 5],
  ])('places %s on step %i', (day, index) => {
    expect(stepIndex(steps, day)).toBe(index);
  });

  it.each([
    ['today, when within the span', '2024-06-30', '2024-06-30'],
    ['the last day a plan took effect, when today is past every plan', '2027-05-01', '2024-02-20'],
    ['the same, when today is before every plan', '2019-05-01', '2024-02-20'],
  ])('opens on %s', (_, today, day) => {
    expect(defaultDay(steps, today)).toBe(day);
  });

  it('opens on nothing when no plan can be placed in time', () => {
    expect(defaultDay([], '2024-06-30')).toBeNull();
  });

  it('groups plans by where they stand, in force first, leaving out empty groups', () => {
    const grouped = byStanding([plan('a', null, null, 'expired'), plan('b', null, null, 'in-force'), plan('c', null, null, 'undated'), plan('d', null, null, 'in-force')]);
    expect(grouped.map((g) => [g.standing, g.plans.map((p) => p.id)])).toEqual([
      ['in-force', ['b', 'd']],
      ['expired', ['a']],
      ['undated', ['c']],
    ]);
  });

  it.each([
    ['2021-04-01', 0],
    ['2026-01-01', 1],
    ['2019-01-01', 0],
    ['2030-01-01', 1],
  ])('puts %s at %f along the track', (day, at) => {
    expect(trackPosition(steps, day)).toBeCloseTo(at);
  });

  it('marks the years along the track and turns days into slider values and back', () => {
    expect(yearTicks(steps)).toEqual(['2022-01-01', '2023-01-01', '2024-01-01', '2025-01-01', '2026-01-01']);
    for (const day of ['2021-04-01', '2024-02-29', '2035-12-31']) expect(dayOfNumber(dayNumber(day))).toBe(day);
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2);
  });
});
