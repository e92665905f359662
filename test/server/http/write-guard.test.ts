/**
 * Plan edits are writes like uploads: every route that is not a GET passes the write checks
 * (server/http/write-access.ts) first — the header and the token — and reads never do.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../../graph/store.ts';
import { startServer, WRITE_HEADERS, type RunningServer } from '../../helpers/http.ts';
import { seedContributions } from '../../helpers/seeds.ts';
import { embeddedStoreWith } from '../../helpers/stores.ts';

const TOKEN = 'test-write-token-for-plan-edits-0123';

describe('the write checks in front of plan edits', () => {
  let store: GraphStore;
  let api: RunningServer;
  const plan = 'plan:taizhou-key-industry-chains-action-plan';
  beforeAll(async () => {
    store = await embeddedStoreWith((await seedContributions()).slice(0, 2));
    api = await startServer(store, { writeToken: TOKEN });
  });
  afterAll(async () => {
    await api.close();
    await store.close();
  });

  const patch = (headers: Record<string, string>) =>
    fetch(`${api.url}/api/documents/${encodeURIComponent(plan)}`, { method: 'PATCH', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ status: '印发' }) });

  it.each([
    ['no header, no token', {}],
    ['the header without the token', { ...WRITE_HEADERS }],
    ['a wrong token', { ...WRITE_HEADERS, authorization: 'Bearer not-the-token' }],
  ])('refuses a plan edit with %s, leaving the plan as it was', async (_case, headers) => {
    const before = await store.getNodes([plan]);
    expect([401, 403]).toContain((await patch(headers)).status);
    expect(await store.getNodes([plan])).toEqual(before);
  });

  it('lets the writer edit, and never stands in front of a read', async () => {
    expect((await patch({ ...WRITE_HEADERS, authorization: `Bearer ${TOKEN}` })).status).toBe(200);
    const [edited] = await store.getNodes([plan]);
    expect(edited).toMatchObject({ edits: { status: { value: '印发' } } });
    expect((await fetch(`${api.url}/api/plans/time`)).status).toBe(200);
    const spec = (await (await fetch(`${api.url}/api/openapi.json`)).json()) as { paths: Record<string, Record<string, any>> };
    expect(spec.paths['/api/documents/{id}']?.patch?.requestBody.content['application/json'].schema.properties).toHaveProperty('issued');
    expect(spec.paths['/api/documents/{id}']?.patch?.responses['401']).toBeDefined();
  });
});
