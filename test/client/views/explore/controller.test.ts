import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultState } from '../../../../client/src/app/links.ts';
import { GROUP_PREFIX } from '../../../../client/src/graph/aggregate.ts';
import { ExploreController } from '../../../../client/src/views/explore/controller.ts';
import type { ExploreState } from '../../../../client/src/views/explore/route.ts';
import { navigatedState, recordingDeps, seededApi, type RecordingDeps, type SeededApi } from '../../../helpers/client-api.ts';

describe('explore controller against the real API', () => {
  let seeded: SeededApi;
  let deps: RecordingDeps;
  let controller: ExploreController;
  /** The URL loop: the controller's navigation becomes its next state. */
  const follow = async () => {
    const state = navigatedState(deps, 'explore');
    await controller.show(state);
    return state;
  };
  const ids = () => controller.model.canvas?.elements.nodes.map((n) => n.data.id) ?? [];

  beforeAll(async () => {
    seeded = await seededApi();
  });
  afterAll(() => seeded?.close());

  const start = async (patch: Partial<ExploreState> = {}) => {
    deps = recordingDeps(seeded.api);
    controller = new ExploreController(deps);
    await controller.show({ ...defaultState('explore'), ...patch });
  };

  it('offers starting points from the data when the canvas is empty', async () => {
    await start();
    expect(controller.model.canvas).toBeNull();
    expect(controller.model.starting?.cities).toEqual(expect.arrayContaining(['盐城市', '连云港市', '泰州市']));
    expect(controller.model.starting?.concepts.length).toBe(5);
    expect(controller.model.starting?.departments[0]?.label).toBe('Department');
  });

  it('search starts the canvas, then adds to it; expand and undo move the canvas back and forth', async () => {
    await start();
    controller.add('industry:氢能');
    await follow();
    const root = ids();
    expect(root).toContain('industry:氢能');
    controller.add('city:泰州市');
    const added = await follow();
    expect(added.ops).toEqual([{ kind: 'add', id: 'city:泰州市' }]);
    expect(ids()).toEqual([...root, 'city:泰州市']);
    const plan = root.find((id) => id.startsWith('plan:')) as string;
    controller.expand(plan);
    await follow();
    expect(ids().length).toBeGreaterThan(root.length + 1);
    controller.undo();
    await follow();
    expect(ids()).toEqual([...root, 'city:泰州市']);
    expect(deps.navigations.every((n) => !n.replace)).toBe(true);
  });

  it('removes and keeps nodes, pins without adding history', async () => {
    await start({ root: 'industry:氢能' });
    const before = ids();
    const [first, second] = before.filter((id) => id !== 'industry:氢能');
    controller.remove([first as string]);
    await follow();
    expect(ids()).not.toContain(first);
    controller.keep(['industry:氢能', second as string]);
    await follow();
    expect(ids().sort()).toEqual(['industry:氢能', second as string].sort());
    controller.togglePin('industry:氢能');
    expect((await follow()).pinned).toEqual(['industry:氢能']);
    expect(deps.navigations.at(-1)?.replace).toBe(true);
  });

  it('finds the k shortest paths around hubs and reads each in the direction of its edges', async () => {
    await start({ root: 'enterprise:东风悦达起亚汽车有限公司' });
    controller.findPath('enterprise:东风悦达起亚汽车有限公司', 'city:泰州市', { k: 3, avoidHubs: true });
    await follow();
    const path = controller.model.path;
    expect(path?.paths).toHaveLength(3);
    expect(path?.avoided).toContain('plan:taizhou-key-industry-chains-action-plan');
    for (const p of path?.paths ?? []) for (const id of p.nodes) expect(ids()).toContain(id);
    expect(controller.model.canvas?.path.size).toBeGreaterThan(0);
    controller.clearPath();
    expect((await follow()).path).toBeNull();
  });

  it('filters by city through a task’s plan, and by label', async () => {
    await start({ root: 'department:盐城市工业和信息化局' });
    const tasks = controller.model.display.nodes.filter((n) => n.data.label === 'Task');
    expect(tasks.length).toBeGreaterThan(0);
    controller.setView({ city: '泰州市' });
    await follow();
    expect(controller.model.display.nodes.filter((n) => n.data.label === 'Task')).toEqual([]);
    controller.setView({ city: null, hiddenLabels: ['Task'] });
    await follow();
    expect(controller.model.display.nodes.some((n) => n.data.label === 'Task')).toBe(false);
    expect(controller.model.legend.find((l) => l.label === 'Task')?.count).toBe(tasks.length);
  });

  it('summarises a large canvas by groups, which open into their members', async () => {
    await start({ root: 'city:盐城市', depth: 2 });
    const canvas = controller.model.canvas!.elements.nodes.length;
    expect(canvas).toBeGreaterThan(150);
    expect(controller.model.display.nodes.length).toBeLessThan(80);
    const group = [...controller.model.groups.keys()].find((id) => id.startsWith(GROUP_PREFIX)) as string;
    const members = controller.model.groups.get(group) as string[];
    controller.openGroup(group);
    expect(controller.model.display.nodes.map((n) => n.data.id)).toEqual(expect.arrayContaining(members));
    controller.setView({ aggregate: 'none' });
    await follow();
    expect(controller.model.display.nodes).toHaveLength(canvas);
  });

  it('loads an edge’s evidence when it is selected, and says when the root does not exist', async () => {
    await start({ root: 'industry:氢能' });
    const cited = controller.model.display.edges.find((e) => e.data.evidence > 0)!;
    await controller.select({ kind: 'edge', id: cited.data.id });
    expect(controller.model.edge.status).toBe('ready');
    if (controller.model.edge.status === 'ready') expect(controller.model.edge.value.edge.evidence?.length).toBe(cited.data.evidence);
    await start({ root: 'industry:永动机' });
    expect(controller.rootMissing).toBe(true);
  });
});
