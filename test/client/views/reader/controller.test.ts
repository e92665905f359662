import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReaderController } from '../../../../client/src/views/reader/controller.ts';
import { recordingDeps, seededApi, type SeededApi } from '../../../helpers/client-api.ts';
import { ISSUED_PLAN, issuedPlanContribution } from '../../../helpers/issued-plan.ts';

describe('reader controller against the real API', () => {
  let seeded: SeededApi;
  beforeAll(async () => {
    seeded = await seededApi();
  });
  afterAll(() => seeded?.close());
  const open = async (plan: string | null, focus: { start: number; end: number } | null = null) => {
    const controller = new ReaderController(recordingDeps(seeded.api));
    await controller.show({ plan, focus });
    return controller;
  };

  it('opens a plan at an evidence sentence', async () => {
    const overlap = await seeded.api.overlap('氢能', false);
    const evidence = overlap.cities[0]!.evidence[0]!;
    const controller = await open(evidence.plan, evidence);
    const document = controller.model.document.status === 'ready' ? controller.model.document.value : null;
    expect(document?.text.slice(document.focus!.start, document.focus!.end)).toBe(evidence.quote ?? evidence.text);
    expect(controller.focusProblem).toBeNull();
  });

  it('says why an evidence past the end of the file cannot be placed', async () => {
    const controller = await open('plan:taizhou-key-industry-chains-action-plan', { start: 900_000, end: 900_040 });
    expect(controller.focusProblem).toMatch(/^引用位置（第 900000–900040 字）超出了原文长度（\d+ 字）/);
  });

  it('says an unknown plan is unknown, and lists the plans', async () => {
    const controller = await open('plan:不存在');
    expect(controller.planMissing).toBe(true);
    await controller.loadDocuments();
    expect(controller.model.documents.status === 'ready' && controller.model.documents.value).toHaveLength(5);
  });
});

describe('reader controller: a plan in time, and its hand edit', () => {
  let seeded: SeededApi;
  let controller: ReaderController;
  beforeAll(async () => {
    seeded = await seededApi([await issuedPlanContribution()]);
    controller = new ReaderController(recordingDeps(seeded.api));
    await controller.show({ plan: ISSUED_PLAN.draft, focus: null });
    await controller.loadTimes();
  });
  afterAll(() => seeded?.close());

  it('knows the draft is succeeded by its issued text, and where each value was read', () => {
    expect(controller.timeOf(ISSUED_PLAN.draft)).toMatchObject({ issued: '2021-04', status: '征求意见稿', draft: true, succeededBy: [ISSUED_PLAN.id], edited: [] });
    expect(controller.timeOf(ISSUED_PLAN.id)).toMatchObject({ issued: '2021-09-28', status: '印发', succeeds: [ISSUED_PLAN.draft] });
    const detail = controller.model.document.status === 'ready' ? controller.model.document.value : null;
    expect(detail?.metadata.map((m) => m.field)).toEqual(expect.arrayContaining(['title', 'issued', 'period', 'status']));
  });

  it('saves a corrected issue date, shows it as edited beside the text’s, and reverts it', async () => {
    expect(await controller.editPlan({ issued: '2021-04-20' })).toBe(true);
    expect(controller.model.edit.phase).toBe('saved');
    expect(controller.timeOf(ISSUED_PLAN.draft)).toMatchObject({ issued: '2021-04-20', edited: ['issued'], inferred: { issued: '2021-04' } });
    expect(await controller.editPlan({ revert: ['issued'] })).toBe(true);
    expect(controller.timeOf(ISSUED_PLAN.draft)).toMatchObject({ issued: '2021-04', edited: [] });
  });

  it('says why an edit the server refuses was not saved', async () => {
    expect(await controller.editPlan({ issued: '2023-02-30' })).toBe(false);
    expect(controller.model.edit).toMatchObject({ phase: 'failed', error: { code: 'VALIDATION_FAILED', status: 400 } });
  });
});
