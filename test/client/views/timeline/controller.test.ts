import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PANEL_LIMIT, TimelineController } from '../../../../client/src/views/timeline/controller.ts';
import { navigatedState, recordingDeps, seededApi, type RecordingDeps, type SeededApi } from '../../../helpers/client-api.ts';
import { ISSUED_PLAN, issuedPlanContribution } from '../../../helpers/issued-plan.ts';

describe('目标演进 controller against the real API (the seeds and the issued text of a seed draft)', () => {
  let seeded: SeededApi;
  let deps: RecordingDeps;
  let controller: TimelineController;
  beforeAll(async () => {
    seeded = await seededApi([await issuedPlanContribution()]);
  });
  afterAll(() => seeded?.close());
  const start = async (indicator: string | null) => {
    deps = recordingDeps(seeded.api);
    controller = new TimelineController(deps);
    await controller.show({ indicator });
  };
  const answer = () => (controller.model.timeline.status === 'ready' ? controller.model.timeline.value : null);

  it('opens the indicator most cities set when none is chosen, in place', async () => {
    await start(null);
    const state = navigatedState(deps, 'indicators');
    expect(state.tab).toBe('timeline');
    expect(state.indicator).toBeTruthy();
    expect(deps.navigations.at(-1)?.replace).toBe(true);
    expect(controller.model.catalogue.status === 'ready' && controller.model.catalogue.value.every((i) => i.targets > 0)).toBe(true);
  });

  it.each([
    ['rd-intensity', 3, 3.2],
    ['tech-contract-turnover', 200, 260],
  ])('shows %s raised by the issued text: the draft’s line dashed, the issued one solid, the raise first', async (indicator, before, after) => {
    await start(indicator);
    const [panel] = answer()!.panels;
    expect(panel?.revisions).toEqual([expect.objectContaining({ city: '盐城市', year: 2025, from: ISSUED_PLAN.draft, to: ISSUED_PLAN.id, before, after, change: 'raised' })]);
    const yancheng = panel!.lines.filter((l) => l.city === '盐城市').map((l) => [l.plan.id, l.latest]);
    expect(yancheng).toEqual([
      [ISSUED_PLAN.draft, false],
      [ISSUED_PLAN.id, true],
    ]);
    for (const point of panel!.lines.flatMap((l) => l.points)) expect(point.evidence?.plan).toBe(point.plan.id);
    expect(deps.announcements.at(-1)).toContain('1 处目标被后续规划调整');
  });

  it('shows a few charts of an indicator set per industry, then all of them', async () => {
    await start('industry-output');
    const panels = answer()!.panels;
    expect(panels.length).toBeGreaterThan(PANEL_LIMIT);
    expect(controller.shown()).toHaveLength(PANEL_LIMIT);
    controller.showAllPanels();
    expect(controller.shown()).toHaveLength(panels.length);
  });

  it('says an unknown indicator is unknown, and chooses another in the timeline tab', async () => {
    await start('no-such-indicator');
    expect(controller.model.unknown).toBe(true);
    expect(controller.model.timeline.status).toBe('idle');
    controller.choose('rd-intensity');
    expect(navigatedState(deps, 'indicators')).toMatchObject({ tab: 'timeline', indicator: 'rd-intensity' });
  });
});
