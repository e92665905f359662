import { describe, expect, it } from 'vitest';
import { asOfDay, planTimeOf, standingsOn, type PlanTime } from '../../../server/services/plan-time.ts';
import { planNode } from '../../helpers/plan-nodes.ts';
import { lexicon } from '../../helpers/seeds.ts';

const vocabulary = lexicon().succession;
const AT = '2026-11-26T03:00:00.000Z';

describe('a plan in time', () => {
  it.each([
    ['an issue date', { issued: '2024-02-18', period: [2024, 2024] }, '2024-02-18', '2024-12-31'],
    ['an issue month', { issued: '2021-04', period: [2021, 2025] }, '2021-04-01', '2025-12-31'],
    ['a period only', { period: [2026, 2028] }, '2026-01-01', '2028-12-31'],
    ['an issue date and no period', { issued: '2019-07-01' }, '2019-07-01', null],
    ['neither', {}, null, null],
  ] as const)('with %s starts and ends when it says', (_, fields, start, end) => {
    const time = planTimeOf(planNode('p', fields as never), vocabulary);
    expect([time.start, time.end]).toEqual([start, end]);
  });

  it('takes hand edits over the text, marks them, and knows a draft by its status', () => {
    const plan = planNode('p', { issued: '2024-02-18', period: [2024, 2026], status: '征求意见稿', edits: { issued: { value: '2024-03-01', at: AT }, status: { value: '印发', at: AT } } });
    expect(planTimeOf(plan, vocabulary)).toMatchObject({ issued: '2024-03-01', status: '印发', draft: false, start: '2024-03-01', edited: ['issued', 'status'] });
    expect(planTimeOf(planNode('q', { status: '征求意见稿' }), vocabulary).draft).toBe(true);
    expect(planTimeOf(planNode('r', { period: [2024, 2026], edits: { period: { value: null, at: AT } } }), vocabulary)).toMatchObject({ period: null, start: null });
  });

  it.each([
    ['2025', '2025-12-31'],
    ['2024-02', '2024-02-29'],
    ['2023-02', '2023-02-28'],
    ['2025-06-30', '2025-06-30'],
    ['2025-13', null],
    ['2023-02-30', null],
    ['next year', null],
  ])('as of %s is the day %s', (asOf, day) => {
    expect(asOfDay(asOf)).toBe(day);
  });
});

describe('where plans stand on a day', () => {
  const time = (id: string, start: string | null, end: string | null): PlanTime => ({ id, city: '芜湖市', title: id, genre: '工作要点', issuer: null, issued: start, period: null, status: null, draft: false, start, end, edited: [] });
  const plans = [time('2023', '2023-02-10', '2023-12-31'), time('2024', '2024-02-20', '2024-12-31'), time('plan', '2021-05-01', '2025-12-31'), time('undated', null, null)];
  const succession = new Map([['2024', ['2023']]]);

  it.each([
    ['2023-01-15', { '2023': 'not-yet-issued', '2024': 'not-yet-issued', plan: 'in-force', undated: 'undated' }],
    ['2023-02-10', { '2023': 'in-force', '2024': 'not-yet-issued', plan: 'in-force', undated: 'undated' }],
    ['2024-01-10', { '2023': 'expired', '2024': 'not-yet-issued', plan: 'in-force', undated: 'undated' }],
    ['2024-06-30', { '2023': 'expired', '2024': 'in-force', plan: 'in-force', undated: 'undated' }],
    ['2026-01-01', { '2023': 'expired', '2024': 'expired', plan: 'expired', undated: 'undated' }],
  ])('on %s', (day, expected) => {
    expect(Object.fromEntries(standingsOn(day, plans, succession))).toEqual(expected);
  });

  it('ends a plan when its successor takes effect, even inside its period', () => {
    const long = [time('old', '2021-01-01', '2025-12-31'), time('new', '2023-07-01', '2027-12-31')];
    expect(Object.fromEntries(standingsOn('2023-06-30', long, new Map([['new', ['old']]])))).toEqual({ old: 'in-force', new: 'not-yet-issued' });
    expect(Object.fromEntries(standingsOn('2023-07-01', long, new Map([['new', ['old']]])))).toEqual({ old: 'superseded', new: 'in-force' });
  });
});
