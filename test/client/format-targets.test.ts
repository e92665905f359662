import { describe, expect, it } from 'vitest';
import { basisText, groupFlagNotes, periodText, scopeText, targetSentence, targetYearText } from '../../client/src/format-targets.ts';

describe('targets in words', () => {
  it.each([
    [{ year: 2027, yearImplied: false, annual: false }, '2027年'],
    [{ year: 2025, yearImplied: true, annual: false }, '2025年（推定）'],
    [{ year: 2025, yearImplied: true, annual: false, flags: ['year-implied' as const] }, '2025年'],
    [{ year: null, yearImplied: false, annual: true }, '每年'],
    [{ year: null, yearImplied: false, annual: false }, '—'],
  ])('the year of %j reads %s', (target, text) => {
    expect(targetYearText(target)).toBe(text);
  });

  it.each([
    [{ period: 'year' as const, since: null, baseYear: null }, '目标年'],
    [{ period: 'annual' as const, since: null, baseYear: null }, '每年'],
    [{ period: 'cumulative' as const, since: 2021, baseYear: null }, '2021年以来累计'],
    [{ period: 'cumulative' as const, since: null, baseYear: 2024 }, '累计（比2024年）'],
  ])('the period of %j reads %s', (target, text) => {
    expect(periodText(target)).toBe(text);
  });

  it.each([
    [{ level: 'city' as const, name: '全市' }, '全市'],
    [{ level: 'industry' as const, name: '新能源' }, '产业：新能源'],
    [{ level: 'region' as const, name: '建湖县' }, '区域：建湖县'],
    [{ level: 'segment' as const, name: '特色优势产业' }, '板块：特色优势产业'],
  ])('the scope %j reads %s', (scope, text) => {
    expect(scopeText(scope)).toBe(text);
  });

  it.each([
    [{ basis: '件数/年', unit: '个/年' }, '每年（个/年）'],
    [{ basis: '%（累计）', unit: '%' }, '累计变化（%）'],
    [{ basis: '%', unit: '%' }, '目标年水平（%）'],
    [{ basis: '', unit: '' }, '目标年水平'],
  ])('the basis %j reads %s', (group, text) => {
    expect(basisText(group)).toBe(text);
  });

  it('says every flag of a group, naming the years that differ', () => {
    const notes = groupFlagNotes({ flags: ['years-differ', 'year-implied', 'periods-differ', 'several-values'], years: [2025, 2027] });
    expect(notes.map((n) => n.flag)).toEqual(['years-differ', 'year-implied', 'periods-differ', 'several-values']);
    expect(notes[0]?.text).toContain('2025年、2027年');
    expect(groupFlagNotes({ flags: [], years: [2025] })).toEqual([]);
  });

  it('quotes a table row read with its headers before the cells themselves', () => {
    const cited = { plan: 'plan:p', start: 0, end: 10 };
    expect(targetSentence({ evidence: [{ ...cited, text: '氢能\t12\t16', reading: '氢能 2027年 销售收入 16亿元' }] })).toBe('氢能 2027年 销售收入 16亿元');
    expect(targetSentence({ evidence: [{ ...cited, text: '比重达到 3% 左右', quote: '比重达到3%左右' }] })).toBe('比重达到3%左右');
    expect(targetSentence({ evidence: [] })).toBe('');
  });
});
