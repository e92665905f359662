/**
 * The web client in headless Chromium against the real server: time to first render of the overview
 * and of a 2,000-node graph (the explorer's stress view), and frames per second while panning it.
 */
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { loadConfig, PROJECT_ROOT } from '../core/config.ts';
import type { GraphStore } from '../graph/store.ts';
import { createApp } from '../server/app.ts';
import { createLogger } from '../server/http/logger.ts';
import { CHROMIUM, launchChromium, panFramesPerSecond } from './browser.ts';
import { median, round } from './measure.ts';

const SAMPLES = 5;

export interface ClientResult {
  overviewFirstRenderMs: number;
  /** Median of SAMPLES loads; the samples themselves follow. */
  largeGraphFirstRenderMs: number;
  largeGraphRenderSamplesMs: number[];
  largeGraphCreateMs: number;
  largeGraphLayoutMs: number;
  largeGraphNodes: number;
  panFps: number;
}

export async function benchClient(store: GraphStore): Promise<ClientResult | null> {
  if (!fs.existsSync(CHROMIUM)) {
    process.stderr.write(`[bench] ${CHROMIUM} not found: client benchmark skipped\n`);
    return null;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-kg-bench-client-'));
  await build({ configFile: path.join(PROJECT_ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir: dir, emptyOutDir: true } });
  const config = { ...loadConfig({ LOG_LEVEL: 'silent' }), clientDir: dir, rateLimitPerMinute: 1_000_000 };
  const app = createApp({ store, config, logger: createLogger('silent') });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })).newPage();
    // Warm the server's caches so the page timings are the client's, not the first computation's.
    await page.goto(`${base}/`);
    await page.waitForSelector('.heatmap tbody tr');
    // Each figure is the median of a few page loads: one load on a busy two-core machine varies by ±30%.
    const overview: number[] = [];
    for (let i = 0; i < SAMPLES; i += 1) {
      await page.goto(`${base}/`);
      await page.waitForSelector('.heatmap tbody tr');
      overview.push(await page.evaluate(() => performance.now()));
    }
    const timings: DOMStringMap[] = [];
    for (let i = 0; i < SAMPLES; i += 1) {
      await page.goto(`${base}/explore?stress=1`);
      await page.waitForFunction(() => (document.querySelector('.cy') as HTMLElement | null)?.dataset.ready === '1', undefined, { timeout: 120_000 });
      timings.push(await page.evaluate(() => ({ ...(document.querySelector('.cy') as HTMLElement).dataset })));
    }
    const { fps } = await panFramesPerSecond(page);
    const middle = (key: string) => median(timings.map((t) => Number(t[key])));
    return {
      overviewFirstRenderMs: round(median(overview), 0),
      largeGraphFirstRenderMs: middle('renderMs'),
      largeGraphRenderSamplesMs: timings.map((t) => Number(t.renderMs)),
      largeGraphCreateMs: middle('createMs'),
      largeGraphLayoutMs: middle('layoutMs'),
      largeGraphNodes: Number(timings[0]?.nodes),
      panFps: round(fps, 1),
    };
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
