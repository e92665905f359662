import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InstrumentsController, SENTENCE_PAGE } from '../../../../client/src/views/instruments/controller.ts';
import type { InstrumentsState } from '../../../../client/src/views/instruments/route.ts';
import { navigatedState, recordingDeps, seededApi, type RecordingDeps, type SeededApi } from '../../../helpers/client-api.ts';

const CITY: InstrumentsState = { by: 'city', instrument: null, side: null, column: null, offset: 0 };

describe('政策工具 controller against the real API', () => {
  let seeded: SeededApi;
  let deps: RecordingDeps;
  let controller: InstrumentsController;
  beforeAll(async () => {
    seeded = await seededApi();
    deps = recordingDeps(seeded.api);
    controller = new InstrumentsController(deps);
    await controller.show(CITY);
  });
  afterAll(() => seeded?.close());
  const matrix = () => (controller.model.matrix.status === 'ready' ? controller.model.matrix.value : null);
  const sentences = () => (controller.model.sentences.status === 'ready' ? controller.model.sentences.value : null);

  it('loads the scheme and the instrument × city matrix, no cell open', () => {
    expect(controller.model.scheme.status === 'ready' && controller.model.scheme.value.sides.map((s) => s.side)).toEqual(['supply', 'demand', 'environment']);
    expect(matrix()?.columns.map((c) => c.id).sort()).toEqual(['泰州市', '盐城市', '连云港市'].sort());
    expect(controller.model.sentences.status).toBe('idle');
    expect(controller.cellTitle).toBeNull();
  });

  it('opens a cell as its sentences: plan, section, task, cue and the sentence in the original', async () => {
    controller.open({ instrument: 'talent', side: null, column: '泰州市' });
    const state = navigatedState(deps, 'instruments');
    expect(state).toEqual({ ...CITY, instrument: 'talent', column: '泰州市' });
    await controller.show(state);
    expect(controller.cellTitle).toBe('人才培养与引进 · 泰州市');
    const page = sentences()!;
    expect(page.total).toBe(matrix()!.rows.find((r) => r.instrument.code === 'talent')!.cells['泰州市']!.sentences);
    for (const row of page.sentences) {
      expect(row).toMatchObject({ plan: { city: '泰州市' }, instrument: { code: 'talent', side: 'supply' } });
      expect(row.evidence.plan).toBe(row.plan.id);
      expect(row.evidence.text).toContain(row.cue);
    }
    expect(page.sentences.some((r) => r.task !== null && r.section !== null)).toBe(true);
  });

  it('exports the open cell’s coding sheet, and the whole sheet, as CSV', async () => {
    const cellSheet = controller.sheetHref();
    expect(cellSheet).toContain('format=csv');
    expect(decodeURIComponent(cellSheet)).toContain('instrument=talent&city=泰州市');
    const csv = await (await fetch(cellSheet)).text();
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toContain('plan,plan_title,city,section,task,side,instrument');
    expect(lines).toHaveLength(sentences()!.total + 1);
    expect(controller.sheetHref(true)).not.toContain('instrument=');
  });

  it('opens a whole side in every city, page by page', async () => {
    controller.open({ instrument: null, side: 'environment', column: null });
    await controller.show(navigatedState(deps, 'instruments'));
    expect(controller.cellTitle).toBe('环境型 · 全部城市');
    const first = sentences()!;
    expect(first.total).toBe(matrix()!.sides.find((s) => s.side === 'environment')!.total);
    expect(first.sentences).toHaveLength(SENTENCE_PAGE);
    controller.page(SENTENCE_PAGE);
    const second = navigatedState(deps, 'instruments');
    expect(second.offset).toBe(SENTENCE_PAGE);
    await controller.show(second);
    expect(sentences()!.sentences[0]).not.toEqual(first.sentences[0]);
    controller.close();
    expect(navigatedState(deps, 'instruments')).toEqual(CITY);
  });

  it('turns the columns into plans', async () => {
    controller.setBy('plan');
    await controller.show(navigatedState(deps, 'instruments'));
    expect(matrix()?.by).toBe('plan');
    expect(matrix()?.columns).toHaveLength(5);
    for (const column of matrix()!.columns) expect(column.plan?.id).toBe(column.id);
  });
});
