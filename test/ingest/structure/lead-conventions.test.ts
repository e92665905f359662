import { describe, expect, it } from 'vitest';
import { blankLeadConventions, findLeadConventions } from '../../../ingest/structure/lead-conventions.ts';
import { normalise } from '../../../ingest/normalise/index.ts';
import { structure } from '../../../ingest/structure/index.ts';
import type { Task } from '../../../ingest/structure/schema.ts';
import { lexicon } from '../../helpers/seeds.ts';
import { sourceOf } from '../../helpers/stages.ts';

const structureOf = (text: string) => structure(normalise(sourceOf(text)), lexicon());
const roles = (task: Task) => task.attributions.flatMap((a) => a.items.map((i) => `${i.role}:${i.text}`));

describe('lead conventions', () => {
  it.each([
    ['排在首位的为牵头单位，下同', 'first-listed'],
    ['列第一位的为牵头单位', 'first-listed'],
    ['列第一位为牵头或汇总单位，下同', 'first-listed'],
    ['第一责任单位为牵头单位，下同', 'first-listed'],
    ['列第一位的责任单位为牵头单位或汇总单位', 'first-listed'],
    ['排名第一的责任单位为牵头单位', 'first-listed'],
    ['无牵头单位的，责任单位即为牵头单位', 'all-listed'],
  ])('finds “%s”', (text, kind) => {
    expect(findLeadConventions(`（${text}）`)).toMatchObject([{ kind }]);
  });

  it.each([['第一责任人为主要负责人'], ['牵头单位要统筹落实任务事项'], ['第一次全体会议']])('finds no convention in “%s”', (text) => {
    expect(findLeadConventions(text)).toEqual([]);
  });

  it.each([
    ['with the comma before it and 下同', '市税务局、市财政局，排在首位的为牵头单位，下同'],
    ['in a bracket of its own', '市发改委、市卫健委（除标注“分别牵头”外，列第一位为牵头或汇总单位，下同）'],
  ])('blanks a convention %s, keeping every offset', (_, text) => {
    const blanked = blankLeadConventions(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked.trimEnd()).toBe(text.slice(0, text.search(/，排|（除/)));
  });
});

describe('plans that read their lists by a convention', () => {
  it('makes the first body of every later list its lead, from the clause that says so', () => {
    const { tasks } = structureOf(
      [
        '柳州市促进就业若干措施',
        '',
        '一、减轻企业负担',
        '1．降低社保费率。（市人社局、市医保局负责）',
        '2．减免租金。（责任单位：市国资委、市财政局，排在首位的为牵头单位，下同）',
        '3．稳岗返还。（责任单位：市人社局）',
        '4．贷款贴息。（责任单位：市金融办牵头，市财政局配合）',
        '5．就业补贴。（责任单位：市人社局、市财政局分别牵头）',
      ].join('\n'),
    );
    expect(tasks.map(roles)).toEqual([
      ['responsible:市人社局', 'responsible:市医保局'],
      ['lead:市国资委', 'responsible:市财政局'],
      ['lead:市人社局'],
      ['lead:市金融办', 'cooperating:市财政局'],
      ['lead:市人社局', 'lead:市财政局'],
    ]);
  });

  it('applies a convention the issuing notice states to every task, tables included', () => {
    const { tasks } = structureOf(
      [
        '关于印发2024年市政府工作报告重点工作责任分解的通知',
        '责任分解中，列第一位的责任单位为牵头单位或汇总单位。',
        '',
        '一、重点工作',
        '',
        '序号\t工作任务\t责任单位',
        '1\t招引重大项目\t市投资促进局、市发改委',
        '2\t建设产业园区\t市工信局',
      ].join('\n'),
    );
    expect(tasks.map(roles)).toEqual([['lead:市投资促进局', 'responsible:市发改委'], ['lead:市工信局']]);
  });

  it('makes the others co-operate where the plan says so', () => {
    const { tasks } = structureOf(
      ['关于印发政府工作报告主要工作目标分解落实意见的通知', '分解落实意见中，排名第一的责任单位为牵头单位，其他列入单位为参与单位。', '', '一、重点工作', '1．推进新型工业化。（责任单位：市经信委、市发改委、市科技局）'].join('\n'),
    );
    expect(tasks.map(roles)).toEqual([['lead:市经信委', 'cooperating:市发改委', 'cooperating:市科技局']]);
  });

  it('makes every body of a list without a lead its lead where the plan says so', () => {
    const { tasks } = structureOf(
      ['关于分解落实政府工作报告的通知', '牵头单位（无牵头单位的，责任单位即为牵头单位，下同）要统筹制订办理方案。', '', '一、重点工作', '1．扩大有效投资。（责任单位：市发改委、市财政局）'].join('\n'),
    );
    expect(tasks.map(roles)).toEqual([['lead:市发改委', 'lead:市财政局']]);
  });

  it('reads no body out of the convention itself', () => {
    const { tasks } = structureOf(['厦门市若干措施', '', '一、优化环境', '（一）推进项目建设。', '责任单位：市发改委、市财政局（第一责任单位为牵头单位，下同）'].join('\n'));
    expect(tasks.map(roles)).toEqual([['lead:市发改委', 'responsible:市财政局']]);
  });
});
