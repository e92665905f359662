import { describe, expect, it } from 'vitest';
import { findDate } from '../../../ingest/structure/dates.ts';

describe('dates as documents print them', () => {
  it.each([
    ['2023年12月15日', '2023-12-15'],
    ['二〇二三年十二月十五日', '2023-12-15'],
    ['二○二一年四月', '2021-04'],
    ['2024年3月8日', '2024-03-08'],
    ['2023-12-15', '2023-12-15'],
    ['2022.04.21', '2022-04-21'],
    ['2023/5/9', '2023-05-09'],
    ['南通市人民政府2023年11月17日', '2023-11-17'],
    ['二〇一二年六月', '2012-06'],
  ])('%s → %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it.each(['2023年2月30日', '2023年13月', '到2025年', '2023'])('%s is no date', (text) => {
    expect(findDate(text)).toBeNull();
  });

  it('locates the date in its line', () => {
    expect(findDate('江阴市人民政府办公室2023年12月15日')).toEqual({ iso: '2023-12-15', start: 10, end: 21 });
  });
});
