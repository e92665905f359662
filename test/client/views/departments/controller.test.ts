import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DepartmentSummary } from '../../../../server/contract.ts';
import { DepartmentsController, kindOptions, successorOf } from '../../../../client/src/views/departments/controller.ts';
import { compareTaskOrder, taskPathLabel } from '../../../../client/src/views/departments/task-order.ts';
import { recordingDeps, seededApi, type RecordingDeps, type SeededApi } from '../../../helpers/client-api.ts';

describe('departments controller against the real API', () => {
  let seeded: SeededApi;
  let deps: RecordingDeps;
  let controller: DepartmentsController;
  beforeAll(async () => {
    seeded = await seededApi();
  });
  afterAll(() => seeded?.close());
  const start = async (state: { id?: string; kind?: string; city?: string }) => {
    deps = recordingDeps(seeded.api);
    controller = new DepartmentsController(deps);
    await controller.show({ id: state.id ?? null, kind: state.kind ?? null, city: state.city ?? null });
  };

  it('lists one department’s tasks per plan in the order the plan prints them', async () => {
    await start({ id: 'department:盐城市工业和信息化局' });
    const detail = controller.model.detail.status === 'ready' ? controller.model.detail.value : null;
    expect(detail?.plans.length).toBeGreaterThan(1);
    for (const plan of detail?.plans ?? []) {
      const sorted = [...plan.tasks].sort(compareTaskOrder);
      expect(plan.tasks.map((t) => t.id)).toEqual(sorted.map((t) => t.id));
      expect(new Set(plan.tasks.map(taskPathLabel)).size).toBe(plan.tasks.length);
    }
    const offsets = await Promise.all(detail!.plans[0]!.tasks.map(async (t) => (await seeded.store.getNodes([t.id]))[0] as { start: number }));
    expect(offsets.map((t) => t.start)).toEqual([...offsets.map((t) => t.start)].sort((a, b) => a - b));
  });

  it('says an unknown department is unknown', async () => {
    await start({ id: 'department:火星市工信局' });
    expect(controller.detailMissing).toBe(true);
  });

  it('compares one kind across cities, and narrows the list to a city or a name', async () => {
    await start({ kind: '工业和信息化' });
    const kind = controller.model.kind.status === 'ready' ? controller.model.kind.value : [];
    expect(kind.map((d) => d.department.city).sort()).toEqual(['泰州市', '盐城市', '连云港市'].sort());
    const all = controller.model.departments.status === 'ready' ? controller.model.departments.value : [];
    expect(kindOptions(all)[0]?.cities).toBe(3);
    await controller.show({ id: null, kind: null, city: '泰州市' });
    expect(controller.listed().every((d) => d.department.city === '泰州市')).toBe(true);
    await controller.setFilter('工业');
    expect(controller.listed().map((d) => d.department.name)).toEqual(['泰州市工业和信息化局']);
  });

  it('finds a department by any name its kind goes by, and says which name matched', async () => {
    await start({});
    await controller.setFilter('工信局');
    const found = controller.listed();
    expect(found.map((d) => d.department.city).sort()).toEqual(['泰州市', '盐城市', '连云港市'].sort());
    for (const d of found) expect(controller.matchedAlias(d.department)).toBe('工信局');
    await controller.setFilter('');
    expect(controller.model.aliases.size).toBe(0);
  });
});

describe('a retired name’s successor', () => {
  const body = (id: string, name: string, city: string | null, extra: Partial<DepartmentSummary['department']> = {}): DepartmentSummary => ({
    department: { id, label: 'Department', name, city, kind: '工业和信息化', level: 'city', type: 'government', collective: false, ...extra },
    tasks: { led: 0, responsible: 1, cooperating: 0, joint: 0, implicit: 0 },
    plans: 1,
  });
  const all = [
    body('department:甲市工业和信息化局', '甲市工业和信息化局', '甲市'),
    body('department:市工业和信息化局@plan-a', '市工业和信息化局', null, { unqualified: true }),
    body('department:市工业和信息化局@plan-b', '市工业和信息化局', null, { unqualified: true }),
  ];

  it.each([
    [{ id: 'department:甲市经济和信息化委员会', city: '甲市', successor: '甲市工业和信息化局' }, 'department:甲市工业和信息化局'],
    [{ id: 'department:市经济和信息化委员会@plan-b', city: null, successor: '市工业和信息化局' }, 'department:市工业和信息化局@plan-b'],
    [{ id: 'department:乙市经济和信息化委员会', city: '乙市', successor: '乙市工业和信息化局' }, null],
    [{ id: 'department:甲市工业和信息化局', city: '甲市' }, null],
  ])('of %j is %s', (department, id) => {
    expect(successorOf(department, all)?.department.id ?? null).toBe(id);
  });
});
