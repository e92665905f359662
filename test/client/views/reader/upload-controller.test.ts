import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalogues } from '../../../../client/src/app/catalogues.ts';
import { extensionOf, UploadController } from '../../../../client/src/views/reader/upload-controller.ts';
import { seededApi, type SeededApi } from '../../../helpers/client-api.ts';

/** sessionStorage's interface over a Map: what the browser keeps for the session. */
class SessionStore {
  readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

describe('upload form state against the real API', () => {
  let seeded: SeededApi;
  beforeAll(async () => {
    seeded = await seededApi();
  });
  afterAll(() => seeded?.close());
  const form = (storage = new SessionStore()) => {
    const announcements: string[] = [];
    const controller = new UploadController({ api: seeded.api, catalogues: createCatalogues(seeded.api), announce: (m) => announcements.push(m) }, storage);
    return { controller, announcements, storage };
  };

  it.each([
    ['plan.TXT', '.txt'],
    ['规划.docx', '.docx'],
    ['.hidden', ''],
    ['noextension', ''],
  ])('reads the extension of %s as %j', (name, extension) => {
    expect(extensionOf(name)).toBe(extension);
  });

  it('keeps the token for the session, and forgets it when cleared', () => {
    const { controller, storage } = form();
    controller.setToken('abc');
    expect(form(storage).controller.model.token).toBe('abc');
    controller.setToken('');
    expect(storage.items.size).toBe(0);
  });

  it('refuses a file type before sending it', async () => {
    const { controller } = form();
    controller.choose({ name: 'plan.html', blob: new Blob(['<p>x</p>']) });
    expect(await controller.upload()).toBeNull();
    expect(controller.model.status).toMatchObject({ phase: 'failed', exists: false });
  });

  it('uploads a plan, then says what was stored', async () => {
    const { controller, announcements } = form();
    controller.choose({ name: 'changzhou.txt', blob: new Blob(['常州市氢能产业行动方案\n一、重点任务\n1．壮大氢能产业。（市工信局牵头负责）\n']) });
    const result = await controller.upload();
    expect(result?.plan.city).toBe('常州市');
    expect(controller.model.status.phase).toBe('done');
    expect(controller.model.file).toBeNull();
    expect(announcements).toEqual(['已导入《常州市氢能产业行动方案》']);
  });

  it('shows the server’s refusal in Chinese', async () => {
    const { controller } = form();
    controller.choose({ name: 'empty.txt', blob: new Blob(['']) });
    await controller.upload();
    const status = controller.model.status;
    expect(status.phase).toBe('failed');
    if (status.phase === 'failed') expect((status.error as Error).message).toBe('文件内容为空');
  });
});
