import { describe, expect, it } from 'vitest';
import { findClauses, looksLikeAttribution } from '../../../ingest/structure/attribution.ts';
import { lexicon } from '../../helpers/seeds.ts';

const isGeneric = (name: string) => lexicon().isGenericBody(name);

const read = (text: string, defaultYear: number | null = 2024) => {
  const { attributions, deadlines } = findClauses(text, 0, isGeneric, defaultYear);
  const [first] = attributions;
  return {
    bodies: attributions.flatMap((a) => a.items.map((i) => `${i.role}:${i.text}`)),
    carried: first?.carryOver ? first.carryOver.items.map((i) => i.text) : null,
    deadline: (attributions.find((a) => a.deadline)?.deadline ?? deadlines[0] ?? null)?.text ?? null,
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
    ['a list where 市 qualifies every item', '（责任单位：市发展改革委、科技局、工业和信息化局按职责分工负责）', ['responsible:市发展改革委', 'responsible:科技局', 'responsible:工业和信息化局'], null],
    ['按照职责分工 and a trailing 等', '（市工信局、市科技局等按照职责分工负责）', ['responsible:市工信局', 'responsible:市科技局'], null],
    ['职责分工 without 按', '（市工信局、市统计局职责分工负责）', ['responsible:市工信局', 'responsible:市统计局'], null],
    ['a label with no closing phrase', '（责任部门：市工信局、市海洋渔业局）', ['responsible:市工信局', 'responsible:市海洋渔业局'], null],
    ['no full stop before the clause', '提升本质安全水平（市工信局、市应急管理局按照职责分工负责）', ['responsible:市工信局', 'responsible:市应急管理局'], null],
  ])('parses %s', (_, text, bodies, carried) => {
    expect(read(text)).toMatchObject({ bodies, carried });
  });

  // The catalogue of clause forms (shared/formats §3), each with its variants of brackets, colons and separators.
  it.each([
    ['牵头单位 + 配合单位 with ；', '（牵头单位：市发展改革委；配合单位：市工业和信息化局、市科技局，各区、县级市人民政府）', ['lead:市发展改革委', 'cooperating:市工业和信息化局', 'cooperating:市科技局', 'cooperating:各区、县级市人民政府']],
    ['牵头单位 + 配合单位 with ，', '（牵头单位：市经信局，配合单位：市财政局、市税务局）', ['lead:市经信局', 'cooperating:市财政局', 'cooperating:市税务局']],
    ['half-width brackets and colons', '(牵头单位:市商务局;配合单位:市财政局)', ['lead:市商务局', 'cooperating:市财政局']],
    ['牵头部门 + 责任部门', '（牵头部门：市商务局；责任部门：市财政局、市税务局）', ['lead:市商务局', 'responsible:市财政局', 'responsible:市税务局']],
    ['（牵头） inside a list', '（责任单位：市工信局（牵头）、市发改委、市科技局）', ['lead:市工信局', 'responsible:市发改委', 'responsible:市科技局']],
    ['A牵头，B、C配合', '（市工信局牵头，市发改委、市财政局配合）', ['lead:市工信局', 'cooperating:市发改委', 'cooperating:市财政局']],
    ['牵头…，会同…', '（市工信局牵头，会同市发改委、市财政局）', ['lead:市工信局', 'cooperating:市发改委', 'cooperating:市财政局']],
    ['a single body', '（市教育局负责）', ['responsible:市教育局']],
    ['a single body under a label', '（责任单位：市人社局）', ['responsible:市人社局']],
    ['bodies between spaces', '（责任单位：市安监局 市公安局 市消防支队）', ['responsible:市安监局', 'responsible:市公安局', 'responsible:市消防支队']],
    ['bodies whose spaces were lost', '（责任单位：市安监局市公安局市消防支队）', ['responsible:市安监局', 'responsible:市公安局', 'responsible:市消防支队']],
    ['a shared 各', '（牵头单位：市商务局；责任单位：各镇人民政府、街道办事处）', ['lead:市商务局', 'responsible:各镇人民政府', 'responsible:街道办事处']],
    ['a collective across 、', '（责任单位：各县（市）、区人民政府）', ['responsible:各县（市）、区人民政府']],
    ['牵头考核单位 after a completion time', '（2022年12月底完成，牵头考核单位：市工业和信息化局）', ['lead:市工业和信息化局']],
    ['持续推进 and two leads', '（持续推进，牵头考核单位：市发展和改革委员会、市能源局）', ['lead:市发展和改革委员会', 'lead:市能源局']],
    ['协办单位', '（牵头单位：市工信委；协办单位：市国土局）', ['lead:市工信委', 'cooperating:市国土局']],
    ['…等部门配合', '（市发改委牵头，市工信局、市大数据管理局等配合）', ['lead:市发改委', 'cooperating:市工信局', 'cooperating:市大数据管理局']],
    ['a person named beside the bodies', '（责任领导：张三；牵头单位：市工信局；责任人：李四）', ['lead:市工信局']],
    ['a body with its second name', '（牵头单位：市投资促进局（市招商局）；配合单位：市经信局）', ['lead:市投资促进局', 'cooperating:市经信局']],
    ['a party committee with its government', '（责任单位：市工信局，各县（市、区）党委、政府，路北区、路南区党委、政府）', ['responsible:市工信局', 'responsible:各县（市、区）党委、政府', 'responsible:路北区政府', 'responsible:路南区党委、政府']],
  ])('reads %s', (_, text, bodies) => {
    expect(read(text).bodies).toEqual(bodies);
  });

  it.each([
    ['各有关单位', '（牵头单位：市金融办；配合单位：人民银行佛山市中心支行，各有关单位）', ['lead:市金融办', 'cooperating:人民银行佛山市中心支行']],
    ['各项目牵头单位', '（持续推进，牵头考核单位：市自然资源局；配合单位：各项目牵头单位）', ['lead:市自然资源局']],
    ['市直有关部门', '(市委军民融合办牵头，市直有关部门配合)', ['lead:市委军民融合办']],
    ['相关部门', '（市商务局牵头，相关部门配合）', ['lead:市商务局']],
  ])('never takes %s for a body', (_, text, bodies) => {
    expect(read(text).bodies).toEqual(bodies);
  });

  it.each([
    ['a completion time in its own bracket', '（责任单位：市财政局）（完成时限：2024年9月底前）', '2024年9月底前'],
    ['a completion time after the bodies', '（责任单位：市数据局、市行政审批局；完成时限：2024年12月底前）', '2024年12月底前'],
    ['持续推进 as the completion time', '（责任单位：市市场监管局）（完成时限：持续推进）', '持续推进'],
    ['a bare date in its own bracket', '（责任单位：市城投集团）（2024年6月底前）', '2024年6月底前'],
    ['a date before a lead', '（6月底完成，牵头考核单位：稀土高新区管委会）', '6月底完成'],
    ['labelled lines after the task', '提升报装便利度。\n　　责任单位：市住房城乡建设局、国网保定供电公司\n　　完成时限：持续推进', '持续推进'],
  ])('reads %s, and never as a body', (_, text, deadline) => {
    const reading = read(text);
    expect(reading.deadline).toBe(deadline);
    expect(reading.bodies.some((b) => b.includes(deadline))).toBe(false);
  });

  it('reads a clause on a line of its own', () => {
    expect(read('提升报装便利度。\n责任单位：市住房城乡建设局、国网保定供电公司\n').bodies).toEqual(['responsible:市住房城乡建设局', 'responsible:国网保定供电公司']);
  });

  it('takes no score for a clause', () => {
    expect(read('1．稳定工业增长。（2分）（2022年12月底完成，牵头考核单位：市工业和信息化局）')).toMatchObject({ bodies: ['lead:市工业和信息化局'], deadline: '2022年12月底完成' });
  });

  it('reads a carry-over after a comma', () => {
    expect(read('（市商务局、市工信局按职责分工负责，以下任务均需各县（市、区）人民政府落实）')).toMatchObject({
      bodies: ['responsible:市商务局', 'responsible:市工信局'],
      carried: ['各县（市、区）人民政府'],
    });
  });

  it('reads a carry-over written as a sentence', () => {
    const { attributions } = findClauses('二、重点任务\n以下各项任务均需各县（市、区）落实，不再单独列出。\n', 0, isGeneric, null);
    expect(attributions[0]?.carryOver?.items.map((i) => i.text)).toEqual(['各县（市、区）']);
  });

  it.each([['（2026-2028年）'], ['（征求意见稿）'], ['（市、区）'], ['（碳捕集利用及封存）'], ['（智能网联）'], ['（2分）']])('does not read %s as a responsibility clause', (text) => {
    expect(looksLikeAttribution(text.slice(1, -1))).toBe(false);
    expect(read(`推进发展${text}`).bodies).toEqual([]);
  });

  it('keeps offsets that point at each body, at the clause and at the deadline', () => {
    const text = '推动发展。（牵头单位：市工信局（牵头）、市科技局；完成时限：2024年底前）';
    const { attributions } = findClauses(text, 100, isGeneric, null);
    const [attribution] = attributions;
    for (const item of attribution?.items ?? []) expect(text.slice(item.start - 100, item.end - 100)).toBe(item.text);
    expect(text.slice((attribution?.start ?? 0) - 100, (attribution?.end ?? 0) - 100)).toBe('（牵头单位：市工信局（牵头）、市科技局；完成时限：2024年底前）');
    expect(text.slice((attribution?.deadline?.start ?? 0) - 100, (attribution?.deadline?.end ?? 0) - 100)).toBe('2024年底前');
    expect(attribution?.deadline?.date).toBe('2024-12-31');
  });

  it('records the level prefix a list shares with items that leave it out', () => {
    const { attributions } = findClauses('（责任单位：市委组织部、宣传部、统战部，市人力资源社会保障局）', 0, isGeneric, null);
    expect(attributions[0]?.items.map((i) => [i.text, i.sharedPrefix])).toEqual([
      ['市委组织部', null],
      ['宣传部', '市委'],
      ['统战部', '市委'],
      ['市人力资源社会保障局', null],
    ]);
  });
});
