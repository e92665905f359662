import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultIndicator } from '../../../../client/src/views/indicators/catalogue.ts';
import { BenchmarksController } from '../../../../client/src/views/indicators/benchmarks-controller.ts';
import { navigatedState, recordingDeps, seededApi, type RecordingDeps, type SeededApi } from '../../../helpers/client-api.ts';

describe('指标对标 controller against the real API', () => {
  let seeded: SeededApi;
  let deps: RecordingDeps;
  let controller: BenchmarksController;
  beforeAll(async () => {
    seeded = await seededApi();
  });
  afterAll(() => seeded?.close());
  const start = async (indicator: string | null) => {
    deps = recordingDeps(seeded.api);
    controller = new BenchmarksController(deps);
    await controller.show({ indicator });
  };
  const groups = () => (controller.model.groups.status === 'ready' ? controller.model.groups.value : []);

  it('opens with the indicator most cities set, chosen from the data, replacing the address', async () => {
    await start(null);
    const expected = defaultIndicator((await seeded.api.indicators()).indicators);
    expect(deps.navigations).toEqual([{ href: `/indicators?indicator=${expected?.id}`, replace: true }]);
    await controller.show(navigatedState(deps, 'indicators'));
    expect(controller.chosen?.id).toBe(expected?.id);
    expect(groups()[0]?.cities.length).toBe(expected?.cities.length);
  });

  it.each([
    ['rd-intensity', ['泰州市', '盐城市'], 'industrial-rd-intensity'],
    ['industrial-rd-intensity', ['盐城市', '连云港市'], 'rd-intensity'],
    ['digital-core-value-added-share', ['泰州市', '连云港市'], 'digital-core-revenue-share'],
  ])('compares %s across %j, and never with its look-alike %s', async (indicator, cities, lookAlike) => {
    await start(indicator);
    const across = groups().filter((g) => g.cities.length > 1);
    expect(across.map((g) => g.cities)).toEqual([cities]);
    for (const group of groups()) for (const target of group.targets) expect(target.indicator).toBe(indicator);
    expect(controller.chosen?.differsFrom.map((d) => d.id)).toContain(lookAlike);
    expect(controller.nameOf(lookAlike)).toMatch(/\p{Script=Han}/u);
    expect(deps.announcements.at(-1)).toContain('1 组跨市可比');
  });

  it('keeps a different target year in the group and flags it, on the group and on the target', async () => {
    await start('rd-intensity');
    const group = groups()[0];
    expect(group?.flags).toContain('years-differ');
    expect(group?.years).toEqual([2025, 2027]);
    const taizhou = group?.targets.find((t) => t.city === '泰州市');
    expect(taizhou).toMatchObject({ display: '2.85%左右', year: 2027, flags: ['year-differs'] });
    expect(taizhou?.evidence[0]?.text).toContain('2.85%');
  });

  it('says an indicator the catalogue does not have is unknown, and loads nothing', async () => {
    await start('perpetual-motion');
    expect(controller.model.unknown).toBe(true);
    expect(controller.model.groups.status).toBe('idle');
    expect(deps.navigations).toEqual([]);
  });

  it('narrows the catalogue to what is typed, and navigates to a chosen indicator', async () => {
    await start('rd-intensity');
    const all = controller.listed().flatMap((g) => g.indicators).length;
    controller.setQuery('研发');
    const found = controller.listed().flatMap((g) => g.indicators.map((i) => i.id));
    expect(found).toEqual(expect.arrayContaining(['rd-intensity', 'industrial-rd-intensity']));
    expect(found.length).toBeLessThan(all);
    controller.choose('industrial-rd-intensity');
    expect(deps.navigations.at(-1)).toEqual({ href: '/indicators?indicator=industrial-rd-intensity', replace: false });
  });
});
