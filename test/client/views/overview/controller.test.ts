import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OverviewController } from '../../../../client/src/views/overview/controller.ts';
import { navigatedState, recordingDeps, seededApi, type RecordingDeps, type SeededApi } from '../../../helpers/client-api.ts';

describe('overview controller against the real API', () => {
  let seeded: SeededApi;
  let deps: RecordingDeps;
  let controller: OverviewController;
  beforeAll(async () => {
    seeded = await seededApi();
    deps = recordingDeps(seeded.api);
    controller = new OverviewController(deps);
    await controller.show({ label: 'Industry', asOf: null });
  });
  afterAll(() => seeded?.close());

  it('loads the cities, the matrix and where to begin', () => {
    const { overview, matrix, starting } = controller.model;
    expect(overview.status === 'ready' && overview.value.cities.map((c) => c.city).sort()).toEqual(['泰州市', '盐城市', '连云港市'].sort());
    expect(matrix.status === 'ready' && matrix.value.label).toBe('Industry');
    expect(starting?.concepts).toHaveLength(8);
    expect(starting?.departments[0]?.department.name).toBe('盐城市工业和信息化局');
    expect(starting?.indicators.length).toBeGreaterThan(0);
    for (const indicator of starting?.indicators ?? []) expect(indicator.cities.length).toBeGreaterThan(1);
  });

  it('keeps heatmap choices until the label changes, which reloads the matrix', async () => {
    controller.choose({ filter: '氢', allRows: true });
    expect(controller.model.choice).toMatchObject({ filter: '氢', allRows: true });
    controller.setLabel('Platform');
    expect(deps.navigations.at(-1)).toEqual({ href: '/?label=Platform', replace: true });
    await controller.show(navigatedState(deps, 'overview'));
    expect(controller.model.choice.filter).toBe('');
    expect(controller.model.matrix.status === 'ready' && controller.model.matrix.value.label).toBe('Platform');
  });

  it('opens an industry cell as its overlap in that city, a platform cell as its sentences there', async () => {
    await controller.openCell({ id: 'industry:氢能', label: 'Industry', name: '氢能', city: null }, '泰州市', 3);
    expect(navigatedState(deps, 'overlap')).toEqual({ concept: '氢能', related: true, city: '泰州市', asOf: null });
    const matrix = controller.model.matrix.status === 'ready' ? controller.model.matrix.value : null;
    const row = matrix!.rows.find((r) => (r.counts['盐城市'] ?? 0) > 0)!;
    await controller.openCell(row.entity, '盐城市', row.counts['盐城市']!);
    const cell = controller.model.cell!;
    expect(cell.evidence.status).toBe('ready');
    const evidence = cell.evidence.status === 'ready' ? cell.evidence.value : [];
    expect(evidence.length).toBeGreaterThan(0);
    const yanchengPlans = (await deps.catalogues.overview()).cities.find((c) => c.city === '盐城市')!.plans.map((p) => p.id);
    for (const e of evidence) expect(yanchengPlans).toContain(e.plan);
    controller.closeCell();
    expect(controller.model.cell).toBeNull();
  });

  it('reads the graph as of a day: the cities, the heatmap and the standings of the plans in force then', async () => {
    expect(controller.model.steps.map((s) => s.day)).toContain('2021-04-01');
    controller.setAsOf('2022-06-30');
    expect(deps.navigations.at(-1)).toEqual({ href: '/?label=Platform&asOf=2022-06-30', replace: true });
    await controller.show(navigatedState(deps, 'overview'));
    const { overview, matrix, standings } = controller.model;
    expect(overview.status === 'ready' && overview.value.cities.map((c) => c.city)).toEqual(['盐城市']);
    expect(matrix.status === 'ready' && matrix.value.cities).toEqual(['盐城市']);
    const times = standings.status === 'ready' ? standings.value : null;
    expect(times?.asOf).toBe('2022-06-30');
    expect(Object.fromEntries(times!.plans.map((p) => [p.id, p.standing]))).toMatchObject({
      'plan:yancheng-14th-five-year-sci-tech-innovation-plan': 'in-force',
      'plan:taizhou-key-industry-chains-action-plan': 'not-yet-issued',
      'plan:lianyungang-manufacturing-strong-city-action-plan': 'not-yet-issued',
    });
  });

  it('opens an industry cell as its overlap in that city as of the same day', async () => {
    await controller.openCell({ id: 'industry:氢能', label: 'Industry', name: '氢能', city: null }, '盐城市', 2);
    expect(deps.navigations.at(-1)?.href).toContain('asOf=2022-06-30');
    expect(navigatedState(deps, 'overlap')).toEqual({ concept: '氢能', related: true, city: '盐城市', asOf: '2022-06-30' });
  });

  it.each([
    ['on, keeping the day already chosen', true, '2025-03-01', '/?label=Platform&asOf=2022-06-30'],
    ['off', false, '2025-03-01', '/?label=Platform'],
  ])('turns the time control %s', (_, on, now, href) => {
    controller.byDate(on, new Date(`${now}T12:00:00Z`));
    expect(deps.navigations.at(-1)).toEqual({ href, replace: true });
  });

  it('opens the control on today when no day is chosen yet, and keeps the day when the heatmap’s label changes', async () => {
    await controller.show({ label: 'Industry', asOf: null });
    expect(controller.model.standings.status).toBe('idle');
    controller.byDate(true, new Date('2025-03-01T12:00:00Z'));
    expect(navigatedState(deps, 'overview')).toEqual({ label: 'Industry', asOf: '2025-03-01' });
    await controller.show(navigatedState(deps, 'overview'));
    controller.setLabel('Enterprise');
    expect(navigatedState(deps, 'overview')).toEqual({ label: 'Enterprise', asOf: '2025-03-01' });
  });
});
