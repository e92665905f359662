/**
 * The web client in headless Chromium against the real server: time to first render of the overview
 * and of a 2,000-node canvas drawn whole (the explorer's largest, chosen from the data), frames per
 * second while panning it, the same canvas summarised by groups, and how many captions fit without
 * colliding as canvases grow (what sets the size above which the explorer summarises).
 */
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { loadConfig, PROJECT_ROOT } from '../core/config.ts';
import type { GraphStore } from '../graph/store.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { createApp } from '../server/app.ts';
import { createLogger } from '../server/http/logger.ts';
import { CHROMIUM, graphReady, launchChromium, panFramesPerSecond } from './browser.ts';
import { densityHrefs, largeCanvasHref } from './large-canvas.ts';
import { median, round } from './measure.ts';

const SAMPLES = 5;

export interface CaptionShare {
  nodes: number;
  captioned: number;
}

export interface ClientResult {
  overviewFirstRenderMs: number;
  /** Median of SAMPLES loads; the samples themselves follow. */
  largeGraphFirstRenderMs: number;
  largeGraphRenderSamplesMs: number[];
  largeGraphCreateMs: number;
  largeGraphLayoutMs: number;
  largeGraphNodes: number;
  largeGraphEdges: number;
  /** The same canvas as the explorer shows it by default: summarised by groups. */
  summarisedFirstRenderMs: number;
  summarisedNodes: number;
  panFps: number;
  captionShare: CaptionShare[];
}

async function serveClient(store: GraphStore, lexicon: Lexicon, dir: string): Promise<{ base: string; server: Server }> {
  await build({ configFile: path.join(PROJECT_ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir: dir, emptyOutDir: true } });
  const config = { ...loadConfig({ LOG_LEVEL: 'silent' }), clientDir: dir, rateLimitPerMinute: 1_000_000 };
  const app = createApp({ store, config, lexicon, logger: createLogger('silent') });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const graphData = (page: Page) => page.evaluate(() => ({ ...(document.querySelector('.cy') as HTMLElement).dataset }) as Record<string, string>);

/** Loads `href` SAMPLES times (one load on a busy two-core machine varies by ±30%); the graph's own timings of each. */
async function graphSamples(page: Page, href: string, min: number): Promise<Record<string, string>[]> {
  await page.goto(href);
  await graphReady(page, min, 120_000);
  const samples: Record<string, string>[] = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    await page.goto(href);
    await graphReady(page, min, 120_000);
    samples.push(await graphData(page));
  }
  return samples;
}

async function overviewMs(page: Page, base: string): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i <= SAMPLES; i += 1) {
    await page.goto(`${base}/`);
    await page.waitForSelector('.heatmap tbody tr');
    // The first load warms the server's caches: the figures are the client's, not the first computation's.
    if (i > 0) samples.push(await page.evaluate(() => performance.now()));
  }
  return round(median(samples), 0);
}

async function captionShares(page: Page, base: string, store: GraphStore): Promise<CaptionShare[]> {
  const shares: CaptionShare[] = [];
  for (const { size, href } of await densityHrefs(store)) {
    await page.goto(`${base}${href}`);
    await graphReady(page, Math.min(size, 10), 120_000);
    const data = await graphData(page);
    shares.push({ nodes: Number(data.nodes), captioned: Number(data.captions) });
  }
  return shares;
}

export async function benchClient(store: GraphStore, lexicon: Lexicon): Promise<ClientResult | null> {
  if (!fs.existsSync(CHROMIUM)) {
    process.stderr.write(`[bench] ${CHROMIUM} not found: client benchmark skipped\n`);
    return null;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-kg-bench-client-'));
  const { base, server } = await serveClient(store, lexicon, dir);
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })).newPage();
    const overview = await overviewMs(page, base);
    const large = await largeCanvasHref(store);
    const whole = await graphSamples(page, `${base}${large.href}`, Math.min(large.nodes, 500));
    const { fps } = await panFramesPerSecond(page);
    const summarised = await graphSamples(page, `${base}${large.href.replace('agg=none', 'agg=auto')}`, 2);
    const middle = (samples: Record<string, string>[], key: string) => median(samples.map((t) => Number(t[key])));
    return {
      overviewFirstRenderMs: overview,
      largeGraphFirstRenderMs: middle(whole, 'renderMs'),
      largeGraphRenderSamplesMs: whole.map((t) => Number(t.renderMs)),
      largeGraphCreateMs: middle(whole, 'createMs'),
      largeGraphLayoutMs: middle(whole, 'layoutMs'),
      largeGraphNodes: Number(whole[0]?.nodes),
      largeGraphEdges: Number(whole[0]?.edges),
      summarisedFirstRenderMs: middle(summarised, 'renderMs'),
      summarisedNodes: Number(summarised[0]?.nodes),
      panFps: round(fps, 1),
      captionShare: await captionShares(page, base, store),
    };
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
