/**
 * The web client end to end: the real server (loaded with the seed documents) on a free loopback port,
 * the client built with Vite into a temporary folder, headless Chromium driving it — over the embedded
 * store, and over Neo4j too when NEO4J_URI is set (as in CI). Screenshots of every view (embedded
 * run) land in a temporary folder, or in POLICY_KG_SCREENSHOTS_DIR (`npm run screenshots` refreshes
 * docs/screenshots/ that way, so a plain test run leaves the tree untouched). Skipped when Chromium is
 * not installed (Debian: apt-get install chromium; or set CHROMIUM_PATH).
 */
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launchChromium, panFramesPerSecond } from '../../bench/browser.ts';
import { loadConfig, PROJECT_ROOT } from '../../core/config.ts';
import type { GraphStore } from '../../graph/store.ts';
import { createApp } from '../../server/app.ts';
import { createLogger } from '../../server/http/logger.ts';
import { closeAdmin, openClean, uri } from '../helpers/neo4j.ts';
import { lexicon, seedContributions } from '../helpers/seeds.ts';
import { openEmbeddedStore } from '../helpers/stores.ts';
import { tempDir } from '../helpers/temp.ts';

const haveBrowser = fs.existsSync(CHROMIUM);
const XSS_TITLE = '<img src=x onerror=alert(1)>';

// scripts/test-all (and so CI) requires the browser: there a missing Chromium is a failure, not a skip.
if (!haveBrowser && process.env.POLICY_KG_REQUIRE_BROWSER === '1') throw new Error(`${CHROMIUM} not found: apt-get install chromium, or set CHROMIUM_PATH`);
if (!haveBrowser) process.stderr.write(`\n[e2e] ${CHROMIUM} not found: skipping the browser tests (apt-get install chromium, or set CHROMIUM_PATH)\n`);

describe.skipIf(!haveBrowser)('web client in headless Chromium, embedded store', () => {
  describeClient(() => openEmbeddedStore(), process.env.POLICY_KG_SCREENSHOTS_DIR);
});

describe.runIf(haveBrowser && Boolean(uri))('web client in headless Chromium, Neo4j', () => {
  describeClient(() => openClean(), undefined);
  afterAll(() => closeAdmin());
});

function describeClient(openStore: () => Promise<GraphStore>, screenshotsDir: string | undefined): void {
  const temp = tempDir('policy-kg-e2e-');
  const shots = screenshotsDir ? path.resolve(PROJECT_ROOT, screenshotsDir) : path.join(temp.dir, 'screenshots');
  let store: GraphStore;
  let server: Server;
  let base = '';
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    const outDir = path.join(temp.dir, 'client');
    const [contributions] = await Promise.all([
      seedContributions(),
      build({ configFile: path.join(PROJECT_ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } }),
    ]);
    store = await openStore();
    await store.replacePlans(contributions);
    const config = { ...loadConfig({}), clientDir: outDir, dataDir: temp.dir, logLevel: 'silent' as const, rateLimitPerMinute: 100_000 };
    const app = createApp({ store, config, lexicon: lexicon(), logger: createLogger('silent') });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
    // CSP violations are recorded by the page itself (init scripts run whatever the page's CSP says).
    await context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    fs.mkdirSync(shots, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await store?.close();
    temp.cleanup();
  });

  const shot = (name: string) => page.screenshot({ path: path.join(shots, `${name}.png`) });
  const graphReady = (selector = '.cy') =>
    page.waitForFunction((s) => (document.querySelector(s) as HTMLElement | null)?.dataset.ready === '1', selector, { timeout: 60_000 });
  const graphCount = () => page.evaluate(() => Number((document.querySelector('.cy') as HTMLElement).dataset.nodes));

  /** A node's on-screen position, chosen among nodes with room around them so a click hits it. */
  const clearNode = (filter: { label?: string; not?: string[]; near?: string } = {}) =>
    page.evaluate((f) => {
      type Pos = { x: number; y: number };
      type N = { id(): string; data(k: string): unknown; renderedPosition(): Pos; hasClass(c: string): boolean; neighborhood(): { nodes(): { some(fn: (n: { id(): string }) => boolean): boolean } } };
      const host = document.querySelector('.cy') as HTMLElement & { __cy: { nodes(): N[] & { toArray(): N[] } } };
      const box = host.getBoundingClientRect();
      const nodes = host.__cy.nodes().toArray().filter((n) => !n.hasClass('hidden'));
      const inside = (p: Pos) => p.x > 60 && p.y > 60 && p.x < box.width - 60 && p.y < box.height - 120;
      for (const n of nodes) {
        if (f.label && n.data('label') !== f.label) continue;
        if (f.not?.includes(n.id())) continue;
        if (f.near && !n.neighborhood().nodes().some((m) => m.id() === f.near)) continue;
        const p = n.renderedPosition();
        if (!inside(p)) continue;
        const crowded = nodes.some((m) => m !== n && Math.hypot(m.renderedPosition().x - p.x, m.renderedPosition().y - p.y) < 26);
        if (!crowded) return { id: n.id(), x: box.left + p.x, y: box.top + p.y };
      }
      return null;
    }, filter);

  it('overview: the cities side by side and the concept × city heatmap; a cell opens the overlap', async () => {
    await page.goto(`${base}/`);
    await expect.poll(() => page.locator('.city-card').count()).toBe(3);
    for (const city of ['盐城市', '连云港市', '泰州市']) await expect.poll(() => page.locator('.city-card h3', { hasText: city }).count()).toBe(1);
    await expect.poll(() => page.locator('.heatmap tbody tr').count()).toBeGreaterThan(10);
    expect(await page.locator('.heatmap thead th').allTextContents()).toEqual(expect.arrayContaining(['盐城市', '连云港市', '泰州市']));
    expect(await page.locator('.app-nav [aria-current="page"]').textContent()).toBe('概览');
    await shot('overview');

    const cell = page.locator('.heat-cell[data-entity="industry:新能源"][data-city="盐城市"]');
    await cell.click();
    await page.waitForURL(/\/overlap\?/);
    const url = new URL(page.url());
    expect(url.searchParams.get('concept')).toBe('新能源');
    expect(url.searchParams.get('city')).toBe('盐城市');
    await graphReady();
    await expect.poll(() => page.locator('.city-block[data-city="盐城市"]').count()).toBe(1);
    // Back returns to the overview (history).
    await page.goBack();
    await page.waitForURL(`${base}/`);
    await expect.poll(() => page.locator('.heatmap').count()).toBe(1);
  });

  it('overlap: 氢能 in three cities, exact and related wording, evidence marked', async () => {
    await page.goto(`${base}/overlap?concept=${encodeURIComponent('氢能')}&related=1`);
    await graphReady();
    await expect.poll(() => page.locator('.city-block').count()).toBe(3);
    expect(await page.locator('.city-block h3').allTextContents()).toEqual(expect.arrayContaining(['盐城市', '连云港市', '泰州市']));
    expect(await graphCount()).toBeGreaterThan(15);
    // Exact vs related wording are styled apart in the panel, and the graph has narrower (dotted) links.
    expect(await page.locator('.chip.match-exact').count()).toBeGreaterThan(0);
    expect(await page.locator('.chip.match-narrower').count()).toBeGreaterThan(0);
    const dotted = await page.evaluate(() => {
      const cy = (document.querySelector('.cy') as HTMLElement & { __cy: { edges(s: string): { length: number; first(): { style(k: string): string } } } }).__cy;
      return { narrower: cy.edges('.match-narrower').length, style: cy.edges('.match-narrower').first().style('line-style') };
    });
    expect(dotted.narrower).toBeGreaterThan(0);
    expect(dotted.style).toBe('dotted');
    const marks = await page.locator('.evidence-quote mark').allTextContents();
    expect(marks).toContain('氢能');
    expect(await page.locator('.graph-legend .line-legend').textContent()).toContain('同义词');
    expect(await page.locator('#overlap-related').isChecked()).toBe(true);
    await shot('overlap');
  });

  it('an evidence link opens the reader at the sentence, flashing it', async () => {
    const link = page.locator('.city-block[data-city="连云港市"] .evidence-link').first();
    const quote = (await page.locator('.city-block[data-city="连云港市"] .evidence-quote').first().textContent()) ?? '';
    await link.click();
    await page.waitForURL(/\/reader\?plan=/);
    const focus = page.locator('#reader-focus');
    await focus.waitFor({ state: 'visible' });
    await expect.poll(() => focus.getAttribute('class')).toContain('flash');
    const text = (await focus.textContent()) ?? '';
    expect(text.replace(/\s/g, '')).toBe(quote.replace(/\s/g, ''));
    // Scrolled into view (below the sticky header, above the fold).
    await expect.poll(async () => {
      const box = await focus.boundingBox();
      return box !== null && box.y > 52 && box.y + box.height < 900;
    }).toBe(true);
    expect(await page.locator('.doc-text .hl-mention').count()).toBeGreaterThan(10);
    await shot('reader');
  });

  // The seed graph has three cities; a server whose default is one city stands in for a province-sized graph.
  it('overlap: a graph with more cities than the answer holds offers the rest, and a linked city is always shown', async () => {
    await page.route('**/api/overlap?*', (route) => {
      const url = new URL(route.request().url());
      if (!url.searchParams.has('limit')) url.searchParams.set('limit', '1');
      return route.continue({ url: url.toString() });
    });
    try {
      await page.goto(`${base}/overlap?concept=${encodeURIComponent('氢能')}`);
      await graphReady();
      await expect.poll(() => page.locator('.city-block').count()).toBe(1);
      const more = page.getByRole('button', { name: '显示全部 3 个城市' });
      await more.click();
      await expect.poll(() => page.locator('.city-block').count()).toBe(3);
      const leftOut = await page.locator('.city-block h3').nth(2).textContent();
      await page.goto(`${base}/overlap?concept=${encodeURIComponent('氢能')}&city=${encodeURIComponent(leftOut ?? '')}`);
      await expect.poll(() => page.locator(`.city-block[data-city="${leftOut}"]`).count()).toBe(1);
    } finally {
      await page.unroute('**/api/overlap?*');
    }
  });

  it('explore: double-clicking a node merges its neighbourhood; a shortest path is highlighted; an edge shows its evidence', async () => {
    await page.goto(`${base}/explore?id=${encodeURIComponent('industry:氢能')}`);
    await graphReady();
    const before = await graphCount();
    expect(before).toBeGreaterThan(5);
    const plan = await clearNode({ label: 'Plan' });
    expect(plan).not.toBeNull();
    await page.mouse.dblclick(plan!.x, plan!.y);
    await expect.poll(graphCount, { timeout: 15_000 }).toBeGreaterThan(before);
    await graphReady();
    await page.waitForTimeout(300);

    // Two nodes selected (click, click) → 最短路径.
    await page.evaluate(() => {
      (document.querySelector('.cy') as HTMLElement & { __cy: { elements(): { unselect(): void } } }).__cy.elements().unselect();
    });
    const centre = await clearNode({ label: 'Industry' });
    const other = await clearNode({ not: [centre?.id ?? '', plan!.id], label: 'Department' }) ?? (await clearNode({ not: [centre?.id ?? '', plan!.id] }));
    expect(centre).not.toBeNull();
    expect(other).not.toBeNull();
    await page.mouse.click(centre!.x, centre!.y);
    await page.mouse.click(other!.x, other!.y);
    const pathButton = page.getByRole('button', { name: '最短路径', exact: true });
    await expect.poll(() => pathButton.isEnabled()).toBe(true);
    await pathButton.click();
    await expect.poll(() => page.evaluate(() => Number((document.querySelector('.cy') as HTMLElement).dataset.pathLength ?? 0)), { timeout: 15_000 }).toBeGreaterThan(0);
    const highlighted = await page.evaluate(() => (document.querySelector('.cy') as HTMLElement & { __cy: { elements(s: string): { length: number } } }).__cy.elements('.path').length);
    expect(highlighted).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.path-list li').count()).toBeGreaterThan(0);
    await page.waitForTimeout(700); // the zoom-to-path animation (edges are hidden while the viewport moves)
    await shot('explore');

    // An edge with evidence: click its midpoint → the evidence with reader links.
    await page.getByRole('button', { name: '清除路径高亮' }).click();
    await page.getByRole('button', { name: '显示全部', exact: true }).click();
    // The fit animates the viewport: a midpoint read while it moves is not where the edge ends up.
    await expect.poll(() => page.evaluate(() => (document.querySelector('.cy') as HTMLElement & { __cy: { animated(): boolean } }).__cy.animated())).toBe(false);
    const edge = await page.evaluate(() => {
      type P = { x: number; y: number };
      const host = document.querySelector('.cy') as HTMLElement & {
        __cy: {
          edges(): { toArray(): { data(k: string): number; renderedMidpoint(): P; renderedSourceEndpoint(): P; renderedTargetEndpoint(): P; id(): string; visible(): boolean }[] };
          nodes(): { toArray(): { renderedBoundingBox(o: object): { x1: number; y1: number; x2: number; y2: number } }[] };
        };
      };
      const box = host.getBoundingClientRect();
      // A node's caption is part of what a click on it hits: keep clear of whole labelled boxes.
      const boxes = host.__cy.nodes().toArray().map((n) => n.renderedBoundingBox({ includeLabels: true }));
      const clear = (p: P) =>
        p.x > 60 && p.y > 60 && p.x < box.width - 60 && p.y < box.height - 120 && !boxes.some((b) => p.x > b.x1 - 4 && p.x < b.x2 + 4 && p.y > b.y1 - 4 && p.y < b.y2 + 4);
      for (const e of host.__cy.edges().toArray()) {
        if (!(e.data('evidence') > 0) || !e.visible()) continue;
        const [a, b, mid] = [e.renderedSourceEndpoint(), e.renderedTargetEndpoint(), e.renderedMidpoint()];
        // The midpoint is always on the edge; other points of the chord only when the edge is straight.
        const straight = Math.abs((b.x - a.x) * (a.y - mid.y) - (a.x - mid.x) * (b.y - a.y)) / Math.max(1, Math.hypot(b.x - a.x, b.y - a.y)) < 1;
        const candidates = [mid, ...(straight ? [0.3, 0.4, 0.6, 0.7].map((t) => ({ x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) })) : [])];
        const m = candidates.find(clear);
        if (!m) continue;
        return { id: e.id(), x: box.left + m.x, y: box.top + m.y };
      }
      return null;
    });
    expect(edge).not.toBeNull();
    await page.mouse.click(edge!.x, edge!.y);
    await expect.poll(() => page.locator('.side .evidence').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator('.side .evidence-link').first().getAttribute('href')).toMatch(/^\/reader\?plan=/);
  });

  it('exports the current graph as a PNG download', async () => {
    await page.locator('.menu > summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: '图片（PNG）' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const file = await download.path();
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(bytes.length).toBeGreaterThan(5000);
  });

  it('compare: shared and unique concepts, similarity, peers, comparable targets', async () => {
    await page.goto(`${base}/compare?a=${encodeURIComponent('盐城市')}&b=${encodeURIComponent('泰州市')}`);
    await expect.poll(() => page.locator('.gauge-value').count()).toBe(2);
    expect(await page.locator('.gauge-value').first().textContent()).toMatch(/^\d+(\.\d)?%$/);
    expect(await page.locator('.columns3 .heading').allTextContents()).toEqual([expect.stringContaining('仅盐城市'), expect.stringContaining('两市共有'), expect.stringContaining('仅泰州市')]);
    expect(await page.locator('.peer-table tbody tr').count()).toBe(2);
    expect(await page.locator('.data-table tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('.data-table a[href^="/reader?plan="]').count()).toBeGreaterThan(0);
    await shot('compare');
  });

  it('departments: one body’s tasks by role with the clause as evidence, and one kind across cities', async () => {
    await page.goto(`${base}/departments?id=${encodeURIComponent('department:盐城市工业和信息化局')}`);
    await expect.poll(() => page.locator('.task-table tbody tr').count()).toBeGreaterThan(5);
    expect(await page.locator('.stat strong').first().textContent()).toBe('5');
    expect(await page.locator('.task-table .role').allTextContents()).toEqual(expect.arrayContaining(['牵头', '负责']));
    expect(await page.locator('.task-table mark').first().textContent()).toBe('市工信局');
    await shot('departments');
    await page.goto(`${base}/departments?kind=${encodeURIComponent('工业和信息化')}`);
    await expect.poll(() => page.locator('.kind-grid > .card').count()).toBe(3);
  });

  it('an uploaded document whose title is markup shows as text and runs nothing', async () => {
    await page.goto(`${base}/reader`);
    await page.locator('#upload-file').setInputFiles({
      name: 'xss-title.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(`${XSS_TITLE}\n\n盐城市加快发展氢能产业。到2027年，氢能产业规模超过100亿元。（责任单位：市工信局牵头，市发改委负责）\n`, 'utf8'),
    });
    await page.getByRole('button', { name: '上传并解析' }).click();
    await expect.poll(() => page.locator('.upload-title').textContent(), { timeout: 20_000 }).toBe(`《${XSS_TITLE}》`);
    const item = page.locator('.doc-item', { hasText: XSS_TITLE });
    await expect.poll(() => item.count()).toBe(1);
    await item.click();
    await expect.poll(() => page.locator('.doc-head h1').textContent()).toBe(XSS_TITLE);
    expect(await page.locator('.doc-text').textContent()).toContain(XSS_TITLE);
    expect(await page.locator('img').count()).toBe(0);
    // The title also reaches the graph views as text (canvas captions) and the search suggestions.
    await page.goto(`${base}/explore`);
    await page.locator('.combo input').fill('img src');
    await expect.poll(() => page.locator('.suggestion-name').first().textContent(), { timeout: 10_000 }).toBe(XSS_TITLE);
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('a 2,000-node graph renders and pans', async () => {
    await page.goto(`${base}/explore?stress=1`);
    await graphReady();
    expect(await graphCount()).toBe(2000);
    const timing = await page.evaluate(() => ({ ...(document.querySelector('.cy') as HTMLElement).dataset }));
    const { fps, seconds, moved } = await panFramesPerSecond(page);
    expect(moved).toBeGreaterThan(200);
    process.stdout.write(`\n[e2e] 2,000-node graph: first render ${timing.renderMs} ms (create ${timing.createMs} ms, layout ${timing.layoutMs} ms, ${timing.layout}); panning ${fps.toFixed(1)} frames/s over ${seconds.toFixed(1)} s\n`);
    expect(Number(timing.renderMs)).toBeLessThan(20_000);
    expect(fps).toBeGreaterThan(5);
    await page.waitForTimeout(300);
    await shot('explore-large');
  });

  it('no console errors, no CSP violations, no dialogs', async () => {
    const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    expect(violations).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(dialogs).toEqual([]);
  });
}
