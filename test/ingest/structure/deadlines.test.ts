import { describe, expect, it } from 'vitest';
import { deadlineDate, isDeadline, isStandaloneDeadline } from '../../../ingest/structure/deadlines.ts';

describe('completion times', () => {
  it.each([
    ['2024年12月底前', 2024, '2024-12-31'],
    ['2024年6月底前', null, '2024-06-30'],
    ['2023年10月', null, '2023-10-31'],
    ['2025年3月15日前', null, '2025-03-15'],
    ['2022年11月底前完成', null, '2022-11-30'],
    ['二〇二四年底前', null, '2024-12-31'],
    ['2024年第三季度', null, '2024-09-30'],
    ['2024年上半年', null, '2024-06-30'],
    ['2023年全年', null, '2023-12-31'],
    ['2023—2025年', null, '2025-12-31'],
    ['6月底完成', 2022, '2022-06-30'],
    ['全年', 2024, '2024-12-31'],
    ['6月底完成', null, null],
    ['持续推进', 2024, null],
    ['长期坚持', 2024, null],
    ['每季度', 2024, null],
  ])('%s (plan year %s) ends on %s', (text, year, date) => {
    expect(isDeadline(text)).toBe(true);
    expect(deadlineDate(text, year)).toBe(date);
  });

  it.each([['市工信局'], ['碳达峰'], ['各县（市、区）人民政府'], ['2分']])('%s is no completion time', (text) => {
    expect(isDeadline(text)).toBe(false);
  });

  it.each([
    ['2024年6月底前', true],
    ['持续推进', true],
    ['2025年', false],
    ['2023—2025年', false],
  ])('in a bracket of its own, %s is a completion time: %s', (text, standalone) => {
    expect(isStandaloneDeadline(text)).toBe(standalone);
  });
});
