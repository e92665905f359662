import { describe, expect, it } from 'vitest';
import { findAttributions, findProseAttribution, looksLikeAttribution } from '../../../ingest/structure/attribution.ts';

const items = (text: string) => {
  const [attribution] = findAttributions(text, 0);
  return {
    bodies: attribution?.items.map((i) => `${i.role}:${i.text}`) ?? [],
    carried: attribution?.carryOver ? attribution.carryOver.items.map((i) => i.text) : null,
  };
};

describe('responsibility clauses', () => {
  it.each([
    ['a single lead', '推动绿色发展。（市工信局牵头负责）', ['lead:市工信局'], null],
    [
      'a lead with bodies sharing the work',
      '（市工信局牵头负责，各县（市、区）人民政府，盐城经济技术开发区、盐南高新区管委会按职责分工负责。以下均需各地落实，不再列出）',
      ['lead:市工信局', 'responsible:各县（市、区）人民政府', 'responsible:盐城经济技术开发区管委会', 'responsible:盐南高新区管委会'],
      ['各县（市、区）人民政府', '盐城经济技术开发区管委会', '盐南高新区管委会'],
    ],
    [
      '〔责任部门：…〕 with a carry-over to 各地',
      '〔责任部门：各县（市、区）政府，市工信局、市发改委按职责分工负责。以下所有重点任务均需各地落实，不再单独列出〕',
      ['responsible:各县（市、区）政府', 'responsible:市工信局', 'responsible:市发改委'],
      ['各县（市、区）政府'],
    ],
    [
      '责任单位 and 共同责任单位 with an explicit carry-over',
      '（责任单位：市发改委、市工信局，共同责任单位：各县区人民政府、功能板块管委会；以下均需有关县区人民政府、功能板块管委会落实，不再列出）',
      ['responsible:市发改委', 'responsible:市工信局', 'joint:各县区人民政府', 'joint:功能板块管委会'],
      ['有关县区人民政府', '功能板块管委会'],
    ],
    [
      'a list where 市 qualifies every item',
      '（责任单位：市发展改革委、科技局、工业和信息化局按职责分工负责）',
      ['responsible:市发展改革委', 'responsible:科技局', 'responsible:工业和信息化局'],
      null,
    ],
    ['按照职责分工 and a trailing 等', '（市工信局、市科技局等按照职责分工负责）', ['responsible:市工信局', 'responsible:市科技局'], null],
    ['职责分工 without 按', '（市工信局、市统计局职责分工负责）', ['responsible:市工信局', 'responsible:市统计局'], null],
    ['a label with no closing phrase', '（责任部门：市工信局、市海洋渔业局）', ['responsible:市工信局', 'responsible:市海洋渔业局'], null],
    ['no full stop before the clause', '提升本质安全水平（市工信局、市应急管理局按照职责分工负责）', ['responsible:市工信局', 'responsible:市应急管理局'], null],
  ])('parses %s', (_, text, bodies, carried) => {
    expect(items(text)).toEqual({ bodies, carried });
  });

  it.each([
    ['（2026-2028年）'],
    ['（征求意见稿）'],
    ['（市、区）'],
    ['（碳捕集利用及封存）'],
    ['（智能网联）'],
  ])('does not read %s as a responsibility clause', (text) => {
    expect(looksLikeAttribution(text.slice(1, -1))).toBe(false);
  });

  it('keeps offsets that point at each body in the text', () => {
    const text = '推动发展。（市工信局牵头负责，市科技局按职责分工负责）';
    const [attribution] = findAttributions(text, 100);
    for (const item of attribution?.items ?? []) expect(text.slice(item.start - 100, item.end - 100)).toBe(item.text);
    expect(text.slice((attribution?.start ?? 0) - 100, (attribution?.end ?? 0) - 100)).toBe('（市工信局牵头负责，市科技局按职责分工负责）');
  });

  it('reads responsibility stated in prose: X负责…，会同Y…', () => {
    const text = '加强组织领导。市工业和信息化局负责重点产业链培育提升工作的组织实施，会同市统计局完善统计监测机制。';
    const attribution = findProseAttribution(text, 0);
    expect(attribution?.items.map((i) => `${i.role}:${i.text}`)).toEqual(['responsible:市工业和信息化局', 'responsible:市统计局']);
    expect(attribution?.prose).toBe(true);
  });
});
