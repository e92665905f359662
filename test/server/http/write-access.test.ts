/**
 * The attack suite over raw HTTP: writes without the header, from another origin or host, through a
 * proxy, without or with a wrong token, with lookalike names, known bytes, path names in every
 * transport, malformed bodies and URLs — each refused with its documented status and code, and the
 * stored graph (its JSON export) byte-identical afterwards. Chromium's part is write-access-browser.test.ts.
 */
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../../core/config.ts';
import type { GraphStore } from '../../../graph/store.ts';
import { finishedJob, rawRequest, startServer, WRITE_HEADERS, type RawResponse, type RunningServer } from '../../helpers/http.ts';
import { SEED_FILES, seedBytes, seedContributions } from '../../helpers/seeds.ts';
import { embeddedStoreWith } from '../../helpers/stores.ts';
import { answeringHosts, isLoopbackAddress } from '../../../server/http/write-access.ts';

const TOKEN = 'test-write-token-0123456789abcdef';
const SEED = SEED_FILES[0] as string;
const NEW_PLAN = '无锡市推进氢能产业发展行动方案\n一、重点任务\n1．壮大氢能产业。（市发展改革委牵头负责）\n';

function multipart(filename: string, content: string, options: { boundary?: string; close?: boolean } = {}): { body: string; headers: Record<string, string> } {
  const boundary = options.boundary ?? 'policy-kg-boundary';
  const end = options.close === false ? '' : `--${boundary}--\r\n`;
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    body: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/plain\r\n\r\n${content}\r\n${end}`,
  };
}

interface Attack {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

/** A server over its own copy of the seed graph, and a way to prove an attack changed nothing. */
function serverWith(overrides: Partial<Config>) {
  const context = { store: null as unknown as GraphStore, api: null as unknown as RunningServer };
  beforeAll(async () => {
    context.store = await embeddedStoreWith(await seedContributions());
    context.api = await startServer(context.store, overrides);
  });
  afterAll(async () => {
    await context.api?.close();
    await context.store?.close();
  });
  const exported = async () => (await context.api.get('/api/export?format=json')).text();
  return {
    context,
    exported,
    /** Sends the attack; the export before and after must be identical. */
    async attempt(attack: Attack): Promise<RawResponse & { code: string | undefined }> {
      const before = await exported();
      const response = await rawRequest(context.api.url, { method: attack.method ?? 'POST', path: attack.path, headers: { host: new URL(context.api.url).host, ...attack.headers }, ...(attack.body === undefined ? {} : { body: attack.body }) });
      expect(await exported()).toBe(before);
      return { ...response, code: (JSON.parse(response.body || '{}') as { error?: { code?: string } }).error?.code };
    },
  };
}

const text = { 'content-type': 'text/plain' };

describe('writes on a loopback server without a token', () => {
  const server = serverWith({});
  const seedId = `plan:${SEED.replace(/\.txt$/, '')}`;

  it.each<[string, Attack, number, string]>([
    ['a plain form post (no X-Requested-With)', { path: `/api/documents?name=${SEED}&replace=true`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1' }, 403, 'FORBIDDEN'],
    ['a no-cors text post (no X-Requested-With)', { path: `/api/documents?name=${SEED}&replace=true`, headers: text, body: '替换' }, 403, 'FORBIDDEN'],
    ['a multipart form post (no X-Requested-With)', { path: '/api/documents?replace=true', ...multipart(SEED, '替换') }, 403, 'FORBIDDEN'],
    ['the header with another Origin', { path: `/api/documents?name=${SEED}&replace=true`, headers: { ...text, ...WRITE_HEADERS, origin: 'http://evil.example' }, body: '替换' }, 403, 'FORBIDDEN'],
    ['the header with Origin null', { path: `/api/documents?name=${SEED}&replace=true`, headers: { ...text, ...WRITE_HEADERS, origin: 'null' }, body: '替换' }, 403, 'FORBIDDEN'],
    ['the header from a cross-site fetch', { path: `/api/documents?name=${SEED}&replace=true`, headers: { ...text, ...WRITE_HEADERS, 'sec-fetch-site': 'cross-site' }, body: '替换' }, 403, 'FORBIDDEN'],
    ['a rebound host name', { path: `/api/documents?name=${SEED}&replace=true`, headers: { ...text, ...WRITE_HEADERS, host: 'evil.example:3000' }, body: '替换' }, 403, 'FORBIDDEN'],
    ['a request through a proxy (X-Forwarded-For)', { path: `/api/documents?name=${SEED}&replace=true`, headers: { ...text, ...WRITE_HEADERS, 'x-forwarded-for': '203.0.113.9' }, body: '替换' }, 403, 'WRITES_DISABLED'],
    ['a delete without the header', { method: 'DELETE', path: `/api/documents/${encodeURIComponent(seedId)}` }, 403, 'FORBIDDEN'],
    ['a delete from another origin', { method: 'DELETE', path: `/api/documents/${encodeURIComponent(seedId)}`, headers: { ...WRITE_HEADERS, origin: 'http://127.0.0.1:1' } }, 403, 'FORBIDDEN'],
    ['a seed’s own name, without replace=true', { path: `/api/documents?name=${SEED}`, headers: { ...text, ...WRITE_HEADERS }, body: '替换' }, 409, 'PLAN_EXISTS'],
    ['a path in ?name=', { path: '/api/documents?name=..%2F..%2Fx.txt', headers: { ...text, ...WRITE_HEADERS }, body: NEW_PLAN }, 400, 'BAD_FILE_NAME'],
    ['a Windows path in ?name=', { path: '/api/documents?name=..%5Cx.txt', headers: { ...text, ...WRITE_HEADERS }, body: NEW_PLAN }, 400, 'BAD_FILE_NAME'],
    ['a path in JSON', { path: '/api/documents', headers: { 'content-type': 'application/json', ...WRITE_HEADERS }, body: JSON.stringify({ name: '../../x.txt', text: NEW_PLAN }) }, 400, 'BAD_FILE_NAME'],
    ['a path in a multipart file name', { path: '/api/documents', headers: { ...WRITE_HEADERS, ...multipart('../../x.txt', NEW_PLAN).headers }, body: multipart('../../x.txt', NEW_PLAN).body }, 400, 'BAD_FILE_NAME'],
    ['a NUL in a multipart file name', { path: '/api/documents', headers: { ...WRITE_HEADERS, ...multipart('x\u0000.txt', NEW_PLAN).headers }, body: multipart('x\u0000.txt', NEW_PLAN).body }, 400, 'MALFORMED_REQUEST'],
    ['a NUL in ?name=', { path: '/api/documents?name=x%00.txt', headers: { ...text, ...WRITE_HEADERS }, body: NEW_PLAN }, 400, 'BAD_FILE_NAME'],
    ['multipart without a boundary', { path: '/api/documents', headers: { 'content-type': 'multipart/form-data', ...WRITE_HEADERS }, body: multipart('x.txt', NEW_PLAN).body }, 400, 'MALFORMED_REQUEST'],
    ['multipart cut short', { path: '/api/documents', headers: { ...WRITE_HEADERS, ...multipart('x.txt', NEW_PLAN).headers }, body: multipart('x.txt', NEW_PLAN, { close: false }).body }, 400, 'MALFORMED_REQUEST'],
    ['a body marked gzip that is not', { path: '/api/documents?name=x.txt', headers: { ...text, ...WRITE_HEADERS, 'content-encoding': 'gzip' }, body: NEW_PLAN }, 400, 'MALFORMED_REQUEST'],
    ['JSON marked gzip that is not', { path: '/api/documents', headers: { 'content-type': 'application/json', ...WRITE_HEADERS, 'content-encoding': 'gzip' }, body: '{}' }, 400, 'MALFORMED_REQUEST'],
    ['a delete of a malformed id', { method: 'DELETE', path: '/api/documents/%', headers: WRITE_HEADERS }, 400, 'MALFORMED_REQUEST'],
    ['a read of a malformed id', { method: 'GET', path: '/api/documents/%' }, 400, 'MALFORMED_REQUEST'],
    ['a read through a rebound host name', { method: 'GET', path: '/api/health', headers: { host: 'rebind.evil.example' } }, 403, 'FORBIDDEN'],
  ])('refuses %s', async (_, attack, status, code) => {
    const response = await server.attempt(attack);
    expect({ status: response.status, code: response.code }).toEqual({ status, code });
    expect(response.body).not.toMatch(/at .*\.ts:\d+|\/tmp\/|node_modules/);
  });

  it('stores a lookalike name (x!!.txt beside x.txt) as a new plan, leaving the other untouched', async () => {
    const { api } = server.context;
    const seedNodes = async () => (await api.get(`/api/documents/${encodeURIComponent(seedId)}`)).text();
    const before = await seedNodes();
    const name = SEED.replace(/\.txt$/, '!!.txt');
    const response = await api.write(`/api/documents?name=${encodeURIComponent(name)}`, { method: 'POST', headers: text, body: NEW_PLAN });
    expect(response.status).toBe(202);
    const job = await finishedJob(api, ((await response.json()) as { job: { id: string } }).job.id);
    expect(job.result?.plan.id).toMatch(new RegExp(`^${seedId}~[0-9a-f]{12}$`));
    expect(await seedNodes()).toBe(before);
  });

  it('recognises a seed’s bytes under a new name and stores nothing', async () => {
    const { api } = server.context;
    const before = await server.exported();
    const response = await api.write('/api/documents?name=copy-of-a-seed.txt', { method: 'POST', headers: text, body: new Uint8Array(seedBytes(SEED)) });
    const job = await finishedJob(api, ((await response.json()) as { job: { id: string } }).job.id);
    expect(job).toMatchObject({ status: 'done', result: { duplicateOf: seedId, nodes: 0, edges: 0, plan: { id: seedId, file: SEED } } });
    expect(await server.exported()).toBe(before);
  });
});

describe('writes on a server with a write token', () => {
  const server = serverWith({ writeToken: TOKEN });
  const write = { ...text, ...WRITE_HEADERS };

  it.each<[string, Record<string, string>, number, string]>([
    ['no token', {}, 401, 'UNAUTHORIZED'],
    ['a wrong token', { authorization: `Bearer ${TOKEN.replace(/.$/, 'x')}` }, 401, 'UNAUTHORIZED'],
    ['a shorter token', { authorization: `Bearer ${TOKEN.slice(0, 8)}` }, 401, 'UNAUTHORIZED'],
    ['the token under another scheme', { authorization: `Basic ${TOKEN}` }, 401, 'UNAUTHORIZED'],
    ['the token without the header', { authorization: `Bearer ${TOKEN}`, 'x-requested-with': '' }, 403, 'FORBIDDEN'],
    ['the token from another origin', { authorization: `Bearer ${TOKEN}`, origin: 'http://evil.example' }, 403, 'FORBIDDEN'],
  ])('refuses an upload with %s', async (_, headers, status, code) => {
    const response = await server.attempt({ path: '/api/documents?name=wuxi.txt', headers: { ...write, ...headers }, body: NEW_PLAN });
    expect({ status: response.status, code: response.code }).toEqual({ status, code });
    if (status === 401) expect(response.headers['www-authenticate']).toBe('Bearer realm="policy-kg"');
  });

  it('accepts the right token, even through a proxy', async () => {
    const { api } = server.context;
    const response = await api.write('/api/documents?name=wuxi.txt', { method: 'POST', headers: { ...text, authorization: `Bearer ${TOKEN}`, 'x-forwarded-for': '203.0.113.9' }, body: NEW_PLAN });
    expect(response.status).toBe(202);
    expect((await finishedJob(api, ((await response.json()) as { job: { id: string } }).job.id)).status).toBe('done');
  });
});

describe('writes on a server listening beyond loopback without a token', () => {
  const server = serverWith({ host: '0.0.0.0' });

  it('refuses every write: writes are off', async () => {
    const upload = await server.attempt({ path: '/api/documents?name=wuxi.txt', headers: { ...text, ...WRITE_HEADERS }, body: NEW_PLAN });
    expect({ status: upload.status, code: upload.code }).toEqual({ status: 403, code: 'WRITES_DISABLED' });
    expect(JSON.parse(upload.body).error.message).toContain('POLICY_KG_WRITE_TOKEN');
    const remove = await server.attempt({ method: 'DELETE', path: `/api/documents/${encodeURIComponent(`plan:${SEED.replace(/\.txt$/, '')}`)}`, headers: WRITE_HEADERS });
    expect(remove.code).toBe('WRITES_DISABLED');
  });
});

describe('isLoopbackAddress', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.1', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['localhost', true],
    ['10.0.0.1', false],
    ['::ffff:10.0.0.1', false],
    ['0.0.0.0', false],
    ['128.0.0.1', false],
    [undefined, false],
  ])('%s → %s', (address, loopback) => {
    expect(isLoopbackAddress(address)).toBe(loopback);
  });
});

describe('answeringHosts', () => {
  it('is the loopback names, the listening address and the configured names', () => {
    expect([...answeringHosts({ host: '127.0.0.1', allowedHosts: ['kg.example.org'] })].sort()).toEqual(['127.0.0.1', '::1', 'kg.example.org', 'localhost']);
    expect(answeringHosts({ host: '192.0.2.7', allowedHosts: [] }).has('192.0.2.7')).toBe(true);
  });

  it('adds the machine’s own name and addresses when listening everywhere', () => {
    const hosts = answeringHosts({ host: '0.0.0.0', allowedHosts: [] });
    expect(hosts.has(os.hostname().toLowerCase())).toBe(true);
    for (const addresses of Object.values(os.networkInterfaces())) for (const a of addresses ?? []) expect(hosts.has(a.address.toLowerCase())).toBe(true);
    expect(hosts.has('evil.example')).toBe(false);
  });
});
