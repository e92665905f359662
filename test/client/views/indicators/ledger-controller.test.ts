import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEDGER_PAGE } from '../../../../client/src/views/indicators/ledger.ts';
import { LedgerController } from '../../../../client/src/views/indicators/ledger-controller.ts';
import type { LedgerState } from '../../../../client/src/views/indicators/route.ts';
import { navigatedState, recordingDeps, seededApi, type RecordingDeps, type SeededApi } from '../../../helpers/client-api.ts';

const ledger = (patch: Partial<LedgerState> = {}): LedgerState => ({ city: '盐城市', filter: null, year: null, plan: null, offset: 0, ...patch });

describe('目标台账 controller against the real API', () => {
  let seeded: SeededApi;
  let deps: RecordingDeps;
  let controller: LedgerController;
  beforeAll(async () => {
    seeded = await seededApi();
  });
  afterAll(() => seeded?.close());
  const start = async (state: LedgerState) => {
    deps = recordingDeps(seeded.api);
    controller = new LedgerController(deps);
    await controller.show(state);
  };
  const page = () => (controller.model.page.status === 'ready' ? controller.model.page.value : null);
  const facets = () => (controller.model.facets.status === 'ready' ? controller.model.facets.value : null);

  it('opens on the city with most plans, on the ledger tab', async () => {
    await start(ledger({ city: null, filter: 'none' }));
    expect(deps.navigations).toEqual([{ href: '/indicators?tab=ledger&city=%E7%9B%90%E5%9F%8E%E5%B8%82&ind=none', replace: true }]);
  });

  it('pages through a city’s targets and offers the filters its targets have, with counts', async () => {
    await start(ledger());
    expect(page()?.targets).toHaveLength(LEDGER_PAGE);
    expect(page()?.total).toBe(facets()?.total);
    expect(page()?.targets.every((t) => t.city === '盐城市')).toBe(true);
    const counted = (facets()?.indicators ?? []).reduce((sum, f) => sum + f.count, 0) + (facets()?.unmatched ?? 0);
    expect(counted).toBe(facets()?.total);
    expect(controller.model.indicatorNames.get('rd-intensity')).toBe('研发经费投入强度');
    controller.turn(1);
    expect(navigatedState(deps, 'indicators')).toMatchObject({ tab: 'ledger', city: '盐城市', offset: LEDGER_PAGE });
    expect(deps.navigations.at(-1)?.replace).toBe(false);
  });

  it.each([
    [{ filter: 'none' }, (t: { indicator: string | null }) => t.indicator === null],
    [{ filter: 'rd-intensity' }, (t: { indicator: string | null }) => t.indicator === 'rd-intensity'],
    [{ year: 2025 }, (t: { year: number | null }) => t.year === 2025],
    [{ plan: 'plan:yancheng-county-specialty-industries-2026-2028' }, (t: { plan: string }) => t.plan === 'plan:yancheng-county-specialty-industries-2026-2028'],
  ] as const)('filters by %j', async (patch, holds) => {
    await start(ledger(patch));
    expect(page()?.total).toBeGreaterThan(0);
    expect(page()?.targets.every((t) => holds(t as never))).toBe(true);
    if ('filter' in patch && patch.filter === 'none') expect(page()?.total).toBe(facets()?.unmatched);
  });

  it('downloads the filtered rows as CSV, every page of them', async () => {
    await start(ledger({ filter: 'none' }));
    const href = controller.csvHref() as string;
    expect(href).toMatch(/\/api\/targets\?city=.+&indicator=none&format=csv$/);
    const csv = await (await fetch(href)).text();
    const rows = csv.trim().split(/\r?\n/);
    expect(rows[0]).toContain('indicator_name');
    expect(rows).toHaveLength((page()?.total ?? 0) + 1);
  });

  it('starts a new filter from the first row; another city clears the other filters', async () => {
    await start(ledger({ filter: 'rd-intensity', year: 2025, offset: 50 }));
    controller.setFilter({ year: null });
    expect(navigatedState(deps, 'indicators')).toMatchObject({ city: '盐城市', filter: 'rd-intensity', year: null, offset: 0 });
    expect(deps.navigations.at(-1)?.replace).toBe(true);
    controller.setFilter({ city: '泰州市' });
    expect(navigatedState(deps, 'indicators')).toMatchObject({ city: '泰州市', filter: null, year: null, plan: null, offset: 0 });
  });

  it('says a city the graph does not have is unknown', async () => {
    await start(ledger({ city: '火星市' }));
    expect(controller.model.unknownCity).toBe(true);
    expect(controller.model.page.status).toBe('idle');
  });
});
