import { describe, expect, it } from 'vitest';
import { editBodyOf, formOf } from '../../../../client/src/views/reader/plan-edit.ts';

const plan = { issued: '2021-04', period: [2021, 2025] as [number, number], status: '征求意见稿' };
const form = { ...formOf(plan) };

describe('the form that corrects a plan’s dates and status', () => {
  it('starts from the plan’s values', () => {
    expect(form).toEqual({ issued: '2021-04', periodFrom: '2021', periodTo: '2025', status: '征求意见稿' });
    expect(formOf({ issued: null, period: null, status: null })).toEqual({ issued: '', periodFrom: '', periodTo: '', status: '' });
  });

  it.each([
    ['nothing changed', {}, null],
    ['a day in the month', { issued: '2021-04-20' }, { body: { issued: '2021-04-20' } }],
    ['no issue date printed', { issued: ' ' }, { body: { issued: null } }],
    ['a longer period and the issued status', { periodTo: '2026', status: '印发' }, { body: { period: [2021, 2026], status: '印发' } }],
    ['no period', { periodFrom: '', periodTo: '' }, { body: { period: null } }],
    ['a date in another form', { issued: '2021年4月20日' }, { problem: '印发日期请写作 2024-02-18 或 2024-02' }],
    ['a thirteenth month', { issued: '2021-13' }, { problem: '印发日期请写作 2024-02-18 或 2024-02' }],
    ['one end of the period', { periodTo: '' }, { problem: '规划期请同时填写起止年份，或都留空' }],
    ['a two-digit year', { periodFrom: '21' }, { problem: '规划期的年份请写四位数字' }],
    ['a period ending before it starts', { periodFrom: '2026', periodTo: '2025' }, { problem: '规划期的结束年份不能早于开始年份' }],
  ])('%s', (_, change, expected) => {
    expect(editBodyOf({ ...form, ...change }, plan)).toEqual(expected);
  });
});
