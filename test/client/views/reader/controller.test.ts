import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReaderController } from '../../../../client/src/views/reader/controller.ts';
import { recordingDeps, seededApi, type SeededApi } from '../../../helpers/client-api.ts';

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
