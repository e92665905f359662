import { describe, expect, it } from 'vitest';
import {
  edgeTypeName,
  evidenceSentence,
  formatAmount,
  formatCount,
  formatNumber,
  formatPercent,
  formatPeriod,
  kindName,
  LABEL_NAMES,
  LABELS,
  roleName,
  shortCity,
  splitByTerm,
  truncate,
} from '../../client/src/format.ts';

describe('client formatting', () => {
  it('formats numbers with Chinese grouping and a dash for missing values', () => {
    expect(formatNumber(2600)).toBe('2,600');
    expect(formatNumber(12.345)).toBe('12.35');
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber(Number.NaN)).toBe('—');
    expect(formatCount(12)).toBe('12 项');
    expect(formatCount(3, '家')).toBe('3 家');
  });

  it('formats amounts with their unit, 亿元 beyond ten thousand as 万亿元', () => {
    expect(formatAmount(2600, '亿元')).toBe('2,600亿元');
    expect(formatAmount(15000, '亿元')).toBe('1.5万亿元');
    expect(formatAmount(25000, '万元')).toBe('2.5亿元');
    expect(formatAmount(15, '%')).toBe('15%');
    expect(formatAmount(null, '亿元')).toBe('—（亿元）');
    expect(formatAmount(null, '')).toBe('—');
  });

  it('formats ratios as percentages', () => {
    expect(formatPercent(0.324)).toBe('32.4%');
    expect(formatPercent(0.5)).toBe('50%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0.33333, 2)).toBe('33.33%');
    expect(formatPercent(undefined)).toBe('—');
  });

  it('formats plan periods', () => {
    expect(formatPeriod([2024, 2030])).toBe('2024—2030年');
    expect(formatPeriod([2026, 2026])).toBe('2026年');
    expect(formatPeriod(null)).toBe('—');
  });

  it('names roles, labels, edge types and kinds in Chinese', () => {
    expect(roleName('lead')).toBe('牵头');
    expect(roleName('responsible')).toBe('负责');
    expect(roleName('joint')).toBe('共同');
    expect(roleName('implicit')).toBe('承接');
    expect(roleName(null)).toBe('');
    expect(roleName('unknown')).toBe('');
    for (const label of LABELS) expect(LABEL_NAMES[label]).toMatch(/\p{Script=Han}/u);
    expect(edgeTypeName('ASSIGNED_TO')).toBe('责任分工');
    expect(edgeTypeName('NEW_TYPE')).toBe('NEW_TYPE');
    expect(kindName('Platform', 'innovation-centre')).toBe('创新中心');
    expect(kindName('Industry', 'lexicon')).toBe('共享概念');
    expect(kindName('Department', '工业和信息化')).toBe('工业和信息化');
    expect(kindName('City', null)).toBe('');
  });

  it('splits text around a term for <mark>', () => {
    expect(splitByTerm('加快发展氢能和储能，氢能示范', '氢能')).toEqual([
      { text: '加快发展', match: false },
      { text: '氢能', match: true },
      { text: '和储能，', match: false },
      { text: '氢能', match: true },
      { text: '示范', match: false },
    ]);
    expect(splitByTerm('没有匹配', '氢能')).toEqual([{ text: '没有匹配', match: false }]);
    expect(splitByTerm('全文', undefined)).toEqual([{ text: '全文', match: false }]);
    expect(splitByTerm('', '氢能')).toEqual([]);
    // Text that looks like markup is only ever text.
    expect(splitByTerm('<img src=x onerror=alert(1)>', 'img')).toEqual([
      { text: '<', match: false },
      { text: 'img', match: true },
      { text: ' src=x onerror=alert(1)>', match: false },
    ]);
  });

  it('shortens captions and tidies evidence sentences', () => {
    expect(truncate('盐城市工业和信息化局', 12)).toBe('盐城市工业和信息化局');
    expect(truncate('盐城市进一步加强县域特色优势产业发展的行动方案', 8)).toBe('盐城市进一步加…');
    expect(evidenceSentence({ text: '30\n\t氢能\n\t12', quote: '30\n\t氢能\n\t12' })).toBe('30 氢能 12');
    expect(evidenceSentence({ text: '原文' })).toBe('原文');
    expect(shortCity('盐城市')).toBe('盐城');
    expect(shortCity('市')).toBe('市');
  });
});
