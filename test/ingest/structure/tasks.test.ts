import { describe, expect, it } from 'vitest';
import { normalise } from '../../../ingest/normalise/index.ts';
import { structure } from '../../../ingest/structure/index.ts';
import type { Task } from '../../../ingest/structure/schema.ts';
import { lexicon } from '../../helpers/seeds.ts';
import { sourceOf } from '../../helpers/stages.ts';

const structureOf = (text: string) => structure(normalise(sourceOf(text)), lexicon());
const bodies = (task: Task | undefined) => task?.attributions.flatMap((a) => a.items.map((i) => `${i.role}:${i.text}`)) ?? [];

const TABLE_PLAN = [
  '兰州市2020年工业和信息化工作要点',
  '',
  '一、重点工作',
  '',
  '序号\t工作任务\t牵头单位\t配合单位\t完成时间',
  '1\t实施工业强市行动\t市工信局\t市发改委、市财政局\t2020年12月',
  '2\t推进新区产业发展\t兰州新区管委会\t市工信局、各有关单位\t持续推进',
  '3\t加快5G网络建设\t市工信局（牵头）、市通信发展办\t各通信运营企业\t年底前',
  '',
  '二、保障措施',
  '（一）强化督查考核。（责任单位：市政府督查室）',
].join('\n');

describe('tasks', () => {
  it('takes each row of a task table as a task, with its roles and completion time', () => {
    const { tasks } = structureOf(TABLE_PLAN);
    expect(tasks.map((t) => [t.path, t.origin, t.number, t.title, t.kind])).toEqual([
      ['一、/1', 'table-row', '1', '实施工业强市行动', 'task'],
      ['一、/2', 'table-row', '2', '推进新区产业发展', 'task'],
      ['一、/3', 'table-row', '3', '加快5G网络建设', 'task'],
      ['二、/（一）', 'heading', '（一）', '强化督查考核', 'safeguard'],
    ]);
    expect(tasks.map(bodies)).toEqual([
      ['lead:市工信局', 'cooperating:市发改委', 'cooperating:市财政局'],
      ['lead:兰州新区管委会', 'cooperating:市工信局'],
      ['lead:市工信局', 'lead:市通信发展办', 'cooperating:各通信运营企业'],
      ['responsible:市政府督查室'],
    ]);
    expect(tasks.map((t) => [t.deadline?.text ?? null, t.deadline?.date ?? null])).toEqual([
      ['2020年12月', '2020-12-31'],
      ['持续推进', null],
      ['年底前', '2020-12-31'],
      [null, null],
    ]);
  });

  it('cites each table clause by its cell', () => {
    const { tasks, normalised } = structureOf(TABLE_PLAN);
    for (const task of tasks) for (const a of task.attributions) expect(normalised.text.slice(a.start, a.end)).toBe(a.raw);
  });

  it('carries a section’s “以下…均需…落实” to every task below it', () => {
    const { tasks } = structureOf(
      ['赣州市行动方案', '', '二、重点任务', '以下各项任务均需各县（市、区）落实，不再单独列出。', '（一）做强冶炼。（责任单位：市工业和信息化局）', '（二）发展永磁。（责任单位：市科技局）', '三、保障措施', '（一）加大支持。（责任单位：市财政局）'].join('\n'),
    );
    expect(tasks.map((t) => t.implicit.map((i) => i.text))).toEqual([['各县（市、区）'], ['各县（市、区）'], []]);
  });

  it('carries a task’s own “以下…” to the later tasks of its kind, not to itself nor to the safeguards', () => {
    const { tasks } = structureOf(
      ['合肥市若干措施', '', '一、强化创新', '（一）攻关技术。（责任单位：市科技局。以下均需各县（市）区政府落实，不再列出）', '（二）建设平台。（责任单位：市数据资源局）', '二、壮大主体', '（三）培育企业。（责任单位：市经信局）', '三、保障措施', '（一）加大支持。（责任单位：市财政局）'].join('\n'),
    );
    expect(tasks.map((t) => [t.kind, t.implicit.map((i) => i.text)])).toEqual([
      ['task', []],
      ['task', ['各县（市）区政府']],
      ['task', ['各县（市）区政府']],
      ['safeguard', []],
    ]);
  });

  it('dates a completion time without a year by the one year the plan’s other completion times name', () => {
    const { tasks } = structureOf(
      ['关于印发工业经济目标任务分解方案的通知', '', '一、重点任务', '1．稳定增长。（2022年12月底完成，牵头考核单位：市工信局）', '2．建设基地。（6月底完成，牵头考核单位：市科技局）'].join('\n'),
    );
    expect(tasks.map((t) => t.deadline?.date)).toEqual(['2022-12-31', '2022-06-30']);
  });

  it('assigns the items under a heading by the heading’s clause when they have none of their own', () => {
    const { tasks } = structureOf(
      ['鄂尔多斯市实施方案', '', '一、重点任务', '（一）推进产业升级（牵头单位：市工信局；配合单位：市科技局）', '1．改造传统产业。推进改造。', '2．培育新兴产业。推进培育。（责任单位：市发改委）'].join('\n'),
    );
    expect(tasks.map(bodies)).toEqual([['lead:市工信局', 'cooperating:市科技局'], ['responsible:市发改委']]);
  });

  it('reads prose responsibility when a task has no clause', () => {
    const { tasks } = structureOf(['鄂尔多斯市实施方案', '', '一、重点任务', '（一）延伸产业链。由市工业和信息化局牵头，会同市能源局组织实施。推动延伸。'].join('\n'));
    expect(bodies(tasks[0])).toEqual(['lead:市工业和信息化局', 'cooperating:市能源局']);
    expect(tasks[0]?.attributions[0]?.form).toBe('prose');
  });
});
