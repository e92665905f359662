/**
 * The one place writes are checked: every route that is not a GET — uploads and plan edits — passes
 * the app's write guard first; reads never do.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { RequestHandler } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../core/config.ts';
import type { GraphStore } from '../../../graph/store.ts';
import { createApp } from '../../../server/app.ts';
import { createLogger } from '../../../server/http/logger.ts';
import { lexicon, seedContributions } from '../../helpers/seeds.ts';
import { embeddedStoreWith } from '../../helpers/stores.ts';

const onlyTrusted: RequestHandler = (req, res, next) => {
  if (req.get('x-test-writer') === 'trusted') next();
  else res.status(403).json({ error: { code: 'FORBIDDEN', message: 'writes need a trusted writer' } });
};

describe('the write guard', () => {
  let store: GraphStore;
  let server: Server;
  let url: string;
  const plan = 'plan:taizhou-key-industry-chains-action-plan';
  beforeAll(async () => {
    store = await embeddedStoreWith((await seedContributions()).slice(0, 2));
    const app = createApp({ store, config: loadConfig({ LOG_LEVEL: 'silent' }), lexicon: lexicon(), logger: createLogger('silent'), writeGuard: [onlyTrusted] });
    server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await store.close();
  });

  const patch = (headers: Record<string, string>) =>
    fetch(`${url}/api/documents/${encodeURIComponent(plan)}`, { method: 'PATCH', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ status: '印发' }) });

  it('refuses a plan edit and an upload it does not pass, leaving the plan as it was', async () => {
    const before = await store.getNodes([plan]);
    expect((await patch({})).status).toBe(403);
    const upload = await fetch(`${url}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'x.txt', text: '某市行动方案' }) });
    expect(upload.status).toBe(403);
    expect(await store.getNodes([plan])).toEqual(before);
  });

  it('lets through what it passes, and never stands in front of a read', async () => {
    expect((await patch({ 'x-test-writer': 'trusted' })).status).toBe(200);
    expect((await fetch(`${url}/api/plans/time`)).status).toBe(200);
    const spec = (await (await fetch(`${url}/api/openapi.json`)).json()) as { paths: Record<string, Record<string, any>> };
    expect(spec.paths['/api/documents/{id}']?.patch?.requestBody.content['application/json'].schema.properties).toHaveProperty('issued');
  });
});
