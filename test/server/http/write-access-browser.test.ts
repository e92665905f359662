/**
 * The cross-site attacks as a browser makes them: headless Chromium on a page of another site
 * (http://localhost:<port>) posts forms and no-cors fetches, and tries CORS requests with the header,
 * against the server on http://127.0.0.1:<port>. Every one is refused (403 in the server's log, or a
 * preflight the browser is never granted) and the graph's export is byte-identical; the same browser
 * on the server's own page can write, so the refusals are not the harness failing.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launchChromium } from '../../../bench/browser.ts';
import type { GraphStore } from '../../../graph/store.ts';
import { createLogger } from '../../../server/http/logger.ts';
import { finishedJob, startServer, type RunningServer } from '../../helpers/http.ts';
import { SEED_FILES, seedContributions } from '../../helpers/seeds.ts';
import { embeddedStoreWith } from '../../helpers/stores.ts';

const haveBrowser = fs.existsSync(CHROMIUM);
// scripts/test-all (and so CI) requires the browser: there a missing Chromium is a failure, not a skip.
if (!haveBrowser && process.env.POLICY_KG_REQUIRE_BROWSER === '1') throw new Error(`${CHROMIUM} not found: apt-get install chromium, or set CHROMIUM_PATH`);

const SEED = SEED_FILES[0] as string;
const SEED_ID = `plan:${SEED.replace(/\.txt$/, '')}`;

interface Logged {
  method: string;
  path: string;
  status: number;
}

describe.skipIf(!haveBrowser)('cross-site writes from a page in headless Chromium', () => {
  const logged: Logged[] = [];
  let store: GraphStore;
  let api: RunningServer;
  let attacker: http.Server;
  let attackerOrigin = '';
  let browser: Browser;
  let page: Page;
  let before = '';
  const exported = async () => (await api.get('/api/export?format=json')).text();
  const target = (path: string) => `${api.url}${path}`;

  beforeAll(async () => {
    store = await embeddedStoreWith(await seedContributions());
    const logger = createLogger('info', (line) => {
      const entry = JSON.parse(line) as Logged & { message: string };
      if (entry.message === 'request') logged.push({ method: entry.method, path: entry.path, status: entry.status });
    });
    api = await startServer(store, {}, logger);
    // Another site: a blank page on localhost, while the server is addressed as 127.0.0.1.
    attacker = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>elsewhere</title><body></body>'));
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    attackerOrigin = `http://localhost:${(attacker.address() as AddressInfo).port}`;
    browser = await launchChromium();
    page = await browser.newPage();
    await page.goto(`${attackerOrigin}/`);
    before = await exported();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (attacker ? attacker.close(() => resolve()) : resolve()));
    await api?.close();
    await store?.close();
  });

  /** Waits until the server has answered `count` requests to `path` with `method`, and returns their statuses. */
  const answered = async (method: string, path: string, count = 1) => {
    await expect.poll(() => logged.filter((l) => l.method === method && l.path === path).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(count);
    return logged.filter((l) => l.method === method && l.path === path).map((l) => l.status);
  };

  it('refuses a form posted as text/plain (the classic CSRF upload)', async () => {
    await page.evaluate((action) => {
      const form = Object.assign(document.createElement('form'), { method: 'POST', action, enctype: 'text/plain', target: 'sink' });
      form.append(Object.assign(document.createElement('input'), { name: '替换', value: '为十个字' }));
      document.body.append(Object.assign(document.createElement('iframe'), { name: 'sink' }), form);
      form.submit();
    }, target(`/api/documents?name=${SEED}&replace=true`));
    expect(await answered('POST', '/api/documents')).toEqual([403]);
  });

  it('refuses a multipart form carrying a file', async () => {
    await page.evaluate(
      ({ action, name }) => {
        const input = Object.assign(document.createElement('input'), { type: 'file', name: 'file' });
        const files = new DataTransfer();
        files.items.add(new File(['替换'], name, { type: 'text/plain' }));
        input.files = files.files;
        const form = Object.assign(document.createElement('form'), { method: 'POST', action, enctype: 'multipart/form-data', target: 'sink2' });
        form.append(input);
        document.body.append(Object.assign(document.createElement('iframe'), { name: 'sink2' }), form);
        form.submit();
      },
      { action: target('/api/documents?replace=true'), name: SEED },
    );
    expect(await answered('POST', '/api/documents', 2)).toEqual([403, 403]);
  });

  it('refuses no-cors fetches, which drop the custom header the browser may not send', async () => {
    await page.evaluate(async (url) => {
      // The answer is opaque, or withheld altogether (Cross-Origin-Resource-Policy): only the server's log tells.
      await fetch(url, { method: 'POST', mode: 'no-cors', body: '替换' }).catch(() => null);
      await fetch(url, { method: 'POST', mode: 'no-cors', body: '替换', headers: { 'X-Requested-With': 'policy-kg' } }).catch(() => null);
    }, target(`/api/documents?name=${SEED}&replace=true`));
    expect(await answered('POST', '/api/documents', 4)).toEqual([403, 403, 403, 403]);
  });

  it('never lets a CORS request with the header through its preflight, for an upload or a delete', async () => {
    const outcomes = await page.evaluate(async (urls) => {
      const attempt = (url: string, init: RequestInit) => fetch(url, { ...init, mode: 'cors', headers: { 'X-Requested-With': 'policy-kg' } }).then((r) => `status ${r.status}`, (e: Error) => e.name);
      return [await attempt(urls.upload, { method: 'POST', body: '替换' }), await attempt(urls.remove, { method: 'DELETE' })];
    }, { upload: target(`/api/documents?name=${SEED}&replace=true`), remove: target(`/api/documents/${encodeURIComponent(SEED_ID)}`) });
    expect(outcomes).toEqual(['TypeError', 'TypeError']);
    expect(await answered('OPTIONS', '/api/documents')).toHaveLength(1);
    // Only the preflights arrived: no upload beyond the four refused above, no delete at all.
    expect(logged.filter((l) => l.method === 'POST')).toHaveLength(4);
    expect(logged.filter((l) => l.method === 'DELETE')).toEqual([]);
  });

  it('left the graph byte-identical', async () => {
    expect(await exported()).toBe(before);
  });

  it('lets the server’s own page write with the header (the harness can write when allowed)', async () => {
    await page.goto(`${api.url}/`);
    const id = await page.evaluate(async () => {
      const response = await fetch('/api/documents?name=wuxi.txt', { method: 'POST', headers: { 'X-Requested-With': 'policy-kg', 'content-type': 'text/plain' }, body: '无锡市推进氢能产业发展行动方案\n一、重点任务\n1．壮大氢能产业。（市发展改革委牵头负责）\n' });
      return ((await response.json()) as { job: { id: string } }).job.id;
    });
    expect((await finishedJob(api, id)).status).toBe('done');
    expect(await exported()).not.toBe(before);
  });
});
