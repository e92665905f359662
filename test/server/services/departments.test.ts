import { beforeAll, describe, expect, it } from 'vitest';
import { GraphReader } from '../../../server/services/graph-reader.ts';
import { departmentDetail, listDepartments } from '../../../server/services/departments.ts';
import { contributionOf } from '../../helpers/seeds.ts';
import { embeddedStoreWith } from '../../helpers/stores.ts';

const PLAN = [
  '佛山市推进工业转型升级行动方案',
  '',
  '一、主要任务',
  '1．提升装备制造业。（牵头单位：市经贸委；配合单位：市科技局，各区人民政府；完成时限：2012年12月底前）',
  '2．培育新兴产业。（牵头单位：市科技局，配合单位：市经贸委）（持续推进）',
  '3．加强人才培养。（市经贸委、市人社局按职责分工负责）',
].join('\n');

describe('department service', () => {
  let reader: GraphReader;
  beforeAll(async () => {
    reader = new GraphReader(await embeddedStoreWith([await contributionOf('foshan-2012.txt', PLAN)]));
  });

  it('counts the tasks a body leads, shares, and co-operates on', async () => {
    const { departments } = await listDepartments(reader, '佛山市');
    const trade = departments.find((d) => d.department.name === '佛山市经济贸易委员会');
    expect(trade?.tasks).toEqual({ led: 1, responsible: 1, cooperating: 1, joint: 0, implicit: 0 });
  });

  it('shows a retired name with the body that succeeded it', async () => {
    const { departments } = await listDepartments(reader, '佛山市');
    expect(departments.find((d) => d.department.name === '佛山市经济贸易委员会')?.department).toMatchObject({ kind: '工业和信息化', until: 2010, successor: '佛山市工业和信息化局' });
  });

  it('lists each task with the body’s role and the task’s completion time', async () => {
    const detail = await departmentDetail(reader, 'department:佛山市科学技术局');
    expect(detail.plans[0]?.tasks.map((t) => [t.number, t.role, t.deadline ?? null, t.deadlineDate ?? null])).toEqual([
      ['1', 'cooperating', '2012年12月底前', '2012-12-31'],
      ['2', 'lead', '持续推进', null],
    ]);
  });
});
