import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompareController } from '../../../../client/src/views/compare/controller.ts';
import { navigatedState, recordingDeps, seededApi, type RecordingDeps, type SeededApi } from '../../../helpers/client-api.ts';

describe('compare controller against the real API', () => {
  let seeded: SeededApi;
  let deps: RecordingDeps;
  let controller: CompareController;
  beforeAll(async () => {
    seeded = await seededApi();
  });
  afterAll(() => seeded?.close());
  const start = async (a: string | null, b: string | null) => {
    deps = recordingDeps(seeded.api);
    controller = new CompareController(deps);
    await controller.show({ a, b });
  };

  it('defaults to the two cities with most plans, replacing the address', async () => {
    await start(null, null);
    expect(deps.navigations.at(-1)?.replace).toBe(true);
    const state = navigatedState(deps, 'compare');
    expect(state.a).toBe('盐城市');
    expect(state.b).not.toBe('盐城市');
    await controller.show(state);
    const comparison = controller.model.comparison;
    expect(comparison.status).toBe('ready');
    if (comparison.status === 'ready') {
      expect(comparison.value.compare.a).toBe('盐城市');
      expect(comparison.value.peers.peers.map((p) => p.city)).not.toContain('盐城市');
    }
  });

  it('shows the benchmark groups of 指标对标: the same keys and targets, with their flags', async () => {
    await start('盐城市', '泰州市');
    const comparison = controller.model.comparison;
    if (comparison.status !== 'ready') throw new Error('no comparison');
    const groups = comparison.value.compare.benchmarks;
    expect(groups.length).toBeGreaterThan(2);
    const benchmarks = await seeded.api.benchmarks({ cities: ['盐城市', '泰州市'] });
    for (const group of groups) {
      const same = benchmarks.groups.find((g) => g.key === group.key);
      expect(same, group.key).toBeDefined();
      expect(group.targets.map((t) => t.id)).toEqual(same?.targets.map((t) => t.id));
      expect(group.cities).toEqual(['泰州市', '盐城市']);
    }
    expect(groups.find((g) => g.indicator.id === 'rd-intensity')?.flags).toContain('years-differ');
    expect(comparison.value.benchmarks.groups.every((g) => g.cities.length >= 2)).toBe(true);
  });

  it.each([
    ['火星市', '泰州市', ['火星市']],
    ['盐城市', '月球市', ['月球市']],
  ])('says %s / %s names an unknown city, and compares nothing', async (a, b, unknown) => {
    await start(a, b);
    expect(controller.model.unknown).toEqual(unknown);
    expect(controller.model.comparison.status).toBe('idle');
    expect(deps.navigations).toEqual([]);
  });
});
