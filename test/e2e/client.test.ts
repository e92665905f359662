/**
 * The web client end to end: the real server (loaded with the seed documents) on a loopback port, the
 * client built with Vite into a temporary folder, headless Chromium driving it at 1440 and at 390 px —
 * over the embedded store, and over Neo4j too when NEO4J_URI is set (as in CI). One browser, one page
 * per width, reused by every test. Screenshots land in a temporary folder, or in
 * POLICY_KG_SCREENSHOTS_DIR (`npm run screenshots` refreshes docs/screenshots/ that way). Skipped when
 * Chromium is not installed (Debian: apt-get install chromium; or set CHROMIUM_PATH).
 */
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launchChromium, panFramesPerSecond } from '../../bench/browser.ts';
import { loadConfig, PROJECT_ROOT } from '../../core/config.ts';
import type { GraphStore } from '../../graph/store.ts';
import { createApp } from '../../server/app.ts';
import { createLogger } from '../../server/http/logger.ts';
import { closeAdmin, openClean, uri } from '../helpers/neo4j.ts';
import { contributionOf, lexicon, seedContributions } from '../helpers/seeds.ts';
import { openEmbeddedStore } from '../helpers/stores.ts';
import { tempDir } from '../helpers/temp.ts';
import { benchmarkJourneys } from './benchmarks.ts';
import type { ClientContext } from './context.ts';
import { CITY_UNKNOWN_PLAN, ingestJourneys } from './ingest-knowledge.ts';
import { researchJourneys } from './research.ts';
import { clearNode, download, graphData, graphReady, Journey, labelOverlaps, nodeIds, overflowsSideways, pngSize, viewportStill, withinWidth } from './page-helpers.ts';

const haveBrowser = fs.existsSync(CHROMIUM);
const XSS_TITLE = '<img src=x onerror=alert(1)>';
const WIDTHS = [1440, 390] as const;
const enc = encodeURIComponent;
/** The ids and cities the not-found journeys ask for: the only requests that may fail. */
const EXPECTED_MISSING = /\/api\/.*(不存在|火星市|永动机)/;

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
  const pages = new Map<number, Page>();
  const problems: string[] = [];
  let store: GraphStore;
  let server: Server;
  let base = '';
  let browser: Browser;

  async function openPage(width: number): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 900 }, locale: 'zh-CN', acceptDownloads: true });
    // CSP violations are recorded by the page itself (init scripts run whatever the page's CSP says).
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    // A failed request is judged by its address below; the browser's own console line says nothing more.
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`${width}px console: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !EXPECTED_MISSING.test(decodeURIComponent(response.url()))) problems.push(`${width}px ${response.status()} ${response.url()}`);
    });
    page.on('pageerror', (error) => problems.push(`${width}px pageerror: ${error.message}`));
    page.on('dialog', (dialog) => {
      problems.push(`${width}px dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    return page;
  }

  beforeAll(async () => {
    const outDir = path.join(temp.dir, 'client');
    const [contributions] = await Promise.all([seedContributions(), build({ configFile: path.join(PROJECT_ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } })]);
    store = await openStore();
    // Besides the seeds, a plan that names no city, with completion times and a retired body's name.
    await store.replacePlans([...contributions, await contributionOf(CITY_UNKNOWN_PLAN.file, fs.readFileSync(CITY_UNKNOWN_PLAN.path))]);
    const config = { ...loadConfig({}), clientDir: outDir, dataDir: temp.dir, logLevel: 'silent' as const, rateLimitPerMinute: 100_000 };
    const app = createApp({ store, config, lexicon: lexicon(), logger: createLogger('silent') });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    for (const width of WIDTHS) pages.set(width, await openPage(width));
    fs.mkdirSync(shots, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await store?.close();
    temp.cleanup();
  });

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(shots, `${name}.png`) });
  const report = (line: string) => process.stdout.write(`\n[e2e] ${line}\n`);
  const context: ClientContext = { page: (width) => pages.get(width) as Page, base: () => base, store: () => store, shot, report };

  describe.each(WIDTHS)('at %i px', (width) => {
    const page = () => pages.get(width) as Page;
    const wide = width > 600;

    benchmarkJourneys(context, width);
    ingestJourneys(context, width);
    researchJourneys(context, width);

    it('the three journeys of the mission each take at most three actions from the home page', async () => {
      const p = page();
      // 海工装备 across the cities, with the sentences.
      await p.goto(`${base}/`);
      let journey = new Journey(p);
      await journey.search(p.getByRole('combobox', { name: '全站搜索' }), '海工装备');
      await p.waitForURL(/\/overlap\?concept=/);
      await expect.poll(() => p.locator('.city-block').count()).toBeGreaterThan(1);
      expect(await p.locator('.city-block .evidence-quote mark').first().textContent()).toMatch(/海工|海洋工程/);
      const overlapActions = journey.actions;
      // A peer-city comparison: the city card's 对比.
      await p.goto(`${base}/`);
      journey = new Journey(p);
      await journey.click(p.locator('.city-card[data-city="盐城市"]').getByRole('link', { name: '对比' }));
      await expect.poll(() => p.locator('.peer-table tbody tr').count()).toBe(2);
      expect(await p.locator('.gauge-value').first().textContent()).toMatch(/^\d+(\.\d)?%$/);
      const compareActions = journey.actions;
      // A department's tasks across plans: a starting point on the home page.
      await p.goto(`${base}/`);
      journey = new Journey(p);
      await journey.click(p.locator('[data-start="department"] a', { hasText: '盐城市工业和信息化局' }));
      await expect.poll(() => p.locator('.plan-tasks').count()).toBeGreaterThan(1);
      expect(await p.locator('.task-table tbody tr').count()).toBeGreaterThan(5);
      report(`${width}px journeys from the home page: 海工装备 across cities ${overlapActions} actions, peer comparison ${compareActions}, a department's tasks ${journey.actions}`);
      for (const actions of [overlapActions, compareActions, journey.actions]) expect(actions).toBeLessThanOrEqual(3);
    });

    it('every screen fits the width: all eight views in the navigation, the heatmap’s cities, tables, the graph', async () => {
      const p = page();
      const screens: [string, string][] = [
        ['/', '.heatmap tbody tr'],
        [`/overlap?concept=${enc('氢能')}&related=1`, '.city-block'],
        [`/explore?id=${enc('industry:氢能')}`, '.cy canvas'],
        [`/compare?a=${enc('盐城市')}&b=${enc('泰州市')}`, '.data-table tbody tr'],
        [`/indicators?indicator=rd-intensity`, '.group-card .chart-row'],
        ['/instruments', '.instrument-matrix tbody tr'],
        [`/departments?id=${enc('department:盐城市工业和信息化局')}`, '.task-table tbody tr'],
        [`/reader?plan=${enc('plan:yancheng-county-specialty-industries-2026-2028')}`, '.doc-table'],
      ];
      for (const [url, content] of screens) {
        await p.goto(`${base}${url}`);
        await p.locator(content).first().waitFor();
        for (const link of await p.locator('.nav-link').all()) expect(await withinWidth(link, width)).toBe(true);
        expect(await overflowsSideways(p), `${url} scrolls sideways`).toBe(false);
        if (url === '/') {
          for (const city of ['盐城市', '连云港市', '泰州市']) expect(await withinWidth(p.locator('.heatmap thead th', { hasText: city }), width)).toBe(true);
          if (!wide) await shot(p, 'mobile-overview');
        }
        if (url.startsWith('/departments')) for (const cell of await p.locator('.task-table tbody tr').first().locator('td').all()) expect(await withinWidth(cell, width)).toBe(true);
        if (url.startsWith('/explore')) {
          const canvas = await p.locator('.cy').boundingBox();
          expect(canvas!.width).toBeGreaterThan(width - 60 > 1000 ? 800 : width - 40);
          expect(canvas!.height).toBeGreaterThan(280);
          if (!wide) {
            await graphReady(p, 5);
            await shot(p, 'mobile-explore');
          }
        }
      }
      expect(await p.locator('.nav-link').count()).toBe(8);
    });

    it('overlap: no two drawn captions overlap, most are drawn, and the legend sits below the canvas', async () => {
      const p = page();
      await p.goto(`${base}/overlap?concept=${enc('新能源')}&related=1`);
      await graphReady(p, 50);
      const count = await labelOverlaps(p);
      report(`${width}px /overlap?concept=新能源&related=1: ${count.nodes} nodes, ${count.labelled} captions drawn, ${count.pairs} overlapping pairs`);
      expect(count.pairs).toBeLessThanOrEqual(1);
      expect(count.labelled).toBeGreaterThan(count.nodes * 0.5);
      const [canvas, legend] = [await p.locator('.cy').boundingBox(), await p.locator('.graph-legend').boundingBox()];
      expect(legend!.y).toBeGreaterThanOrEqual(canvas!.y + canvas!.height - 1);
      expect(await p.locator('.graph-legend .line-legend').textContent()).toContain('同义词');
      if (wide) await shot(p, 'overlap');
    });

    it('explore: search adds to the canvas, double-click expands, undo takes it back, pin and remove, and the address keeps the canvas', async () => {
      const p = page();
      await p.goto(`${base}/explore`);
      await expect.poll(() => p.locator('.prompt .chip').count()).toBeGreaterThan(5);
      const search = p.getByRole('combobox', { name: '搜索实体并加入画布' });
      const journey = new Journey(p);
      await journey.search(search, '氢能');
      await p.waitForURL(/id=industry/);
      await graphReady(p, 5);
      const root = await nodeIds(p);
      await journey.search(search, '泰州市');
      await expect.poll(async () => (await nodeIds(p)).includes('city:泰州市')).toBe(true);
      expect(new URL(p.url()).searchParams.getAll('n')).toEqual(['city:泰州市']);
      await viewportStill(p);
      const plan = await clearNode(p, { label: 'Plan' });
      await p.mouse.dblclick(plan!.x, plan!.y);
      await expect.poll(async () => (await nodeIds(p)).length).toBeGreaterThan(root.length + 1);
      expect(new URL(p.url()).searchParams.getAll('x')).toEqual([plan!.id]);
      await p.getByRole('button', { name: '撤销' }).click();
      await expect.poll(async () => (await nodeIds(p)).length).toBe(root.length + 1);
      await graphReady(p);
      await viewportStill(p);
      const node = await clearNode(p, { not: ['industry:氢能', 'city:泰州市'] });
      await p.mouse.click(node!.x, node!.y);
      await p.locator('.node-detail').getByRole('button', { name: '固定' }).click();
      await expect.poll(() => new URL(p.url()).searchParams.getAll('pin')).toEqual([node!.id]);
      await p.locator('.node-detail').getByRole('button', { name: '移除' }).click();
      await expect.poll(async () => (await nodeIds(p)).includes(node!.id)).toBe(false);
      const canvas = (await nodeIds(p)).sort();
      await p.reload();
      await graphReady(p, canvas.length);
      expect((await nodeIds(p)).sort()).toEqual(canvas);
    });

    it('explore: keep only the selected nodes', async () => {
      const p = page();
      await p.goto(`${base}/explore?id=${enc('industry:氢能')}`);
      await graphReady(p, 5);
      await viewportStill(p);
      const first = await clearNode(p, { label: 'Plan' });
      const second = await clearNode(p, { not: [first!.id] });
      await p.mouse.click(first!.x, first!.y);
      await p.mouse.click(second!.x, second!.y);
      await p.getByRole('button', { name: '只保留所选' }).click();
      await expect.poll(async () => (await nodeIds(p)).sort()).toEqual([first!.id, second!.id].sort());
      expect(new URL(p.url()).searchParams.getAll('keep').sort()).toEqual([first!.id, second!.id].sort());
    });

    it('explore: the paths between two entities chosen by search — k shortest, around hubs — each read along its edges, each step with its evidence', async () => {
      const p = page();
      await p.goto(`${base}/explore?id=${enc('industry:氢能')}`);
      await graphReady(p, 5);
      const journey = new Journey(p);
      await journey.search(p.getByRole('combobox', { name: '路径起点' }), '东风悦达起亚', '东风悦达起亚汽车有限公司');
      await journey.search(p.getByRole('combobox', { name: '路径终点' }), '泰州市');
      await p.getByRole('combobox', { name: '路径条数' }).selectOption('3');
      await p.getByLabel('避开枢纽节点').check();
      await p.getByRole('button', { name: '查找路径' }).click();
      await expect.poll(() => p.locator('.path-list > li').count(), { timeout: 20_000 }).toBe(3);
      expect(new URL(p.url()).searchParams.get('hubs')).toBe('1');
      await graphReady(p);
      const readSteps = () => p.evaluate(() => {
        const cy = (document.querySelector('.cy') as HTMLElement & { __cy: { getElementById(id: string): { source(): { id(): string }; empty(): boolean } } }).__cy;
        return [...document.querySelectorAll<HTMLElement>('.path-list .step')].map((b) => {
          const edge = cy.getElementById(b.dataset.edge as string);
          return { drawn: !edge.empty(), forward: b.dataset.forward === '1', fromIsSource: !edge.empty() && edge.source().id() === b.dataset.from, text: b.textContent ?? '', ends: [b.dataset.from, b.dataset.to] };
        });
      });
      // The path list is drawn before its edges reach the canvas; wait for them rather than race.
      await expect.poll(async () => (await readSteps()).every((step) => step.drawn), { timeout: 20_000 }).toBe(true);
      const steps = await readSteps();
      expect(steps.length).toBeGreaterThan(6);
      for (const step of steps) {
        expect(step.drawn).toBe(true);
        expect(step.forward).toBe(step.fromIsSource);
        expect(step.text).toMatch(step.forward ? /^ —.+→ $/ : /^ ←.+— $/);
        // Around hubs: no path runs through a plan (each mentions hundreds of entities).
        for (const end of step.ends) expect(end).not.toMatch(/^plan:/);
      }
      await p.locator('.path-list .step').first().click();
      await expect.poll(() => p.locator('.side .evidence, .side .state-empty').count()).toBeGreaterThan(0);
      if (wide) {
        await viewportStill(p);
        await shot(p, 'explore');
      }
    });

    it('explore: filtering by city removes other cities’ tasks, through their plan', async () => {
      const p = page();
      await p.goto(`${base}/explore?id=${enc('department:盐城市工业和信息化局')}`);
      await graphReady(p, 5);
      expect((await nodeIds(p, 'Task')).length).toBeGreaterThan(3);
      await p.getByRole('combobox', { name: '按城市筛选' }).selectOption('泰州市');
      await expect.poll(async () => (await nodeIds(p, 'Task')).length).toBe(0);
      expect(new URL(p.url()).searchParams.get('city')).toBe('泰州市');
    });

    it('the reader shows annex tables with headers; what cannot be found says so', async () => {
      const p = page();
      await p.goto(`${base}/reader?plan=${enc('plan:yancheng-county-specialty-industries-2026-2028')}`);
      await expect.poll(() => p.locator('.doc-table').count()).toBe(3);
      expect(await p.locator('.doc-table').first().locator('thead th').allTextContents()).toEqual(['序号', '地区', '特色优势产业名称', '挂钩部门']);
      expect(await p.locator('.doc-table').first().locator('tbody tr').count()).toBeGreaterThan(10);
      if (wide) {
        await p.locator('.doc-table-wrap').first().evaluate((table) => table.scrollIntoView({ block: 'start' }));
        await shot(p, 'reader');
      }
      const notFound: [string, string, string][] = [
        [`/reader?plan=${enc('plan:yancheng-county-specialty-industries-2026-2028')}&start=900000&end=900040`, '.focus-problem', '超出了原文长度'],
        [`/reader?plan=${enc('plan:不存在')}`, '.reader-main .state-error', '没有找到规划文件'],
        [`/compare?a=${enc('火星市')}&b=${enc('泰州市')}`, '.unknown-city', '没有城市“火星市”'],
        [`/departments?id=${enc('department:火星市工信局')}`, '.dept-main .state-error', '没有找到部门'],
        [`/departments?city=${enc('火星市')}`, '.unknown-city', '没有城市“火星市”'],
        [`/explore?id=${enc('industry:永动机')}`, '.not-found', '没有找到该实体'],
        [`/overlap?concept=${enc('永动机')}`, '.not-found', '没有找到产业概念'],
      ];
      for (const [url, selector, text] of notFound) {
        await p.goto(`${base}${url}`);
        await expect.poll(() => p.locator(selector).textContent(), { message: url }).toContain(text);
      }
      expect(new URL(p.url()).pathname).toBe('/overlap');
    });

    it('departments: each plan’s tasks in document order, each named by its whole heading path', async () => {
      const p = page();
      await p.goto(`${base}/departments?id=${enc('department:盐城市工业和信息化局')}`);
      await expect.poll(() => p.locator('.task-table tbody tr').count()).toBeGreaterThan(5);
      for (const table of await p.locator('.task-table').all()) {
        const ids = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.task as string));
        const starts = (await store.getNodes(ids)).map((n) => [n.id, (n as { start: number }).start] as const);
        const order = new Map(starts);
        expect(ids.map((id) => order.get(id))).toEqual(ids.map((id) => order.get(id)).sort((a, b) => (a ?? 0) - (b ?? 0)));
      }
      expect(await p.locator('.task-number').first().textContent()).toMatch(/^[一二三四五六七八九十]+（[一二三四五六七八九十]+）\d*$/);
      if (wide) await shot(p, 'departments');
    });
  });

  it('exports every graph view as PNG and SVG with title and legend, and as JSON, CSV and GraphML', async () => {
    const p = pages.get(1440) as Page;
    for (const [url, title] of [[`/overlap?concept=${enc('氢能')}&related=1`, '产业重叠：氢能（含下位与相关产业）'], [`/explore?id=${enc('industry:氢能')}`, '探索：氢能']] as const) {
      await p.goto(`${base}${url}`);
      await graphReady(p, 5);
      const nodes = Number((await graphData(p)).nodes);
      const png = await download(p, '图片（PNG）');
      expect(png.name).toBe(`${title}.png`);
      const canvas = await p.locator('.cy').boundingBox();
      expect(pngSize(png.bytes).height).toBeGreaterThan(60);
      expect(pngSize(png.bytes).width).toBeGreaterThanOrEqual(Math.min(640, canvas!.width));
      const svg = (await download(p, '矢量图（SVG）')).bytes.toString('utf8');
      expect(svg).toContain(`>${title}</text>`);
      expect(svg).toMatch(/>产业 \d+<\/text>/);
      expect(svg).toContain('<svg');
      const json = JSON.parse((await download(p, '数据（JSON）')).bytes.toString('utf8')) as { nodes: unknown[] };
      expect(json.nodes).toHaveLength(nodes);
      expect((await download(p, '节点表（CSV）')).bytes.toString('utf8').split('\r\n')[0]).toBe('\ufeffid,label,类型,name,city,kind,plans,plan');
      expect((await download(p, '关系表（CSV）')).bytes.toString('utf8')).toContain('关系');
      const graphml = (await download(p, '网络（GraphML）')).bytes.toString('utf8');
      expect(graphml.match(/<node /g)).toHaveLength(nodes);
    }
  });

  it('the overview cell of an industry opens its overlap in that city; back returns', async () => {
    const p = pages.get(1440) as Page;
    await p.goto(`${base}/`);
    await expect.poll(() => p.locator('.city-card').count()).toBe(3);
    await expect.poll(() => p.locator('[data-start="concept"]').count()).toBe(8);
    expect(await p.locator('[data-start="indicator"]').first().getAttribute('href')).toMatch(/^\/indicators\?indicator=/);
    await shot(p, 'overview');
    await p.locator('.heat-cell[data-entity="industry:新能源"][data-city="盐城市"]').click();
    await p.waitForURL(/\/overlap\?/);
    expect(Object.fromEntries(new URL(p.url()).searchParams)).toMatchObject({ concept: '新能源', city: '盐城市' });
    await expect.poll(() => p.locator('.city-block.pulse[data-city="盐城市"]').count()).toBe(1);
    await p.goBack();
    await expect.poll(() => p.locator('.heatmap').count()).toBe(1);
    await p.goto(`${base}/compare?a=${enc('盐城市')}&b=${enc('泰州市')}`);
    await expect.poll(() => p.locator('.data-table a[href^="/reader?plan="]').count()).toBeGreaterThan(0);
    await shot(p, 'compare');
  });

  it('a large canvas is summarised by groups; drawn whole it renders in large mode and pans', async () => {
    const p = pages.get(1440) as Page;
    await p.goto(`${base}/explore?id=${enc('city:盐城市')}&depth=2&limit=2000`);
    await graphReady(p, 10);
    const grouped = await graphData(p);
    expect(Number(grouped.nodes)).toBeLessThan(80);
    expect(await p.locator('.graph-info').textContent()).toMatch(/个分组/);
    await p.getByRole('combobox', { name: '大图分组' }).selectOption('none');
    await expect.poll(async () => Number((await graphData(p)).nodes)).toBeGreaterThan(500);
    await graphReady(p, 500);
    await p.reload();
    await graphReady(p, 500);
    const timing = await graphData(p);
    expect(timing.large).toBe('1');
    const { fps, moved } = await panFramesPerSecond(p);
    expect(moved).toBeGreaterThan(200);
    expect(fps).toBeGreaterThan(5);
    report(`${timing.nodes}-node canvas (whole seed city at depth 2): first render ${timing.renderMs} ms (create ${timing.createMs} ms, layout ${timing.layoutMs} ms, ${timing.layout}); panning ${fps.toFixed(1)} frames/s`);
    await p.getByRole('button', { name: '适应窗口' }).click();
    await viewportStill(p);
    await shot(p, 'explore-large');
  });

  it('an uploaded document whose title is markup shows as text and runs nothing', async () => {
    const p = pages.get(1440) as Page;
    await p.goto(`${base}/reader`);
    await p.locator('input[type=file]').setInputFiles({
      name: 'xss-title.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(`${XSS_TITLE}\n\n盐城市加快发展氢能产业。到2027年，氢能产业规模超过100亿元。（责任单位：市工信局牵头，市发改委负责）\n`, 'utf8'),
    });
    await p.getByRole('button', { name: '上传并解析' }).click();
    await expect.poll(() => p.locator('.upload-title').textContent(), { timeout: 20_000 }).toBe(`《${XSS_TITLE}》`);
    const item = p.locator('.doc-item', { hasText: XSS_TITLE });
    await expect.poll(() => item.count()).toBe(1);
    await item.click();
    await expect.poll(() => p.locator('.doc-title').textContent()).toBe(XSS_TITLE);
    expect(await p.locator('img').count()).toBe(0);
    await p.goto(`${base}/explore`);
    await p.getByRole('combobox', { name: '搜索实体并加入画布' }).fill('img src');
    await expect.poll(() => p.locator('.suggestion-name:visible').first().textContent(), { timeout: 10_000 }).toBe(XSS_TITLE);
    expect(await p.locator('img').count()).toBe(0);
  });

  it('no console errors, no CSP violations, no dialogs', () => {
    expect(problems, [...new Set(problems)].join('\n')).toEqual([]);
  });
}
