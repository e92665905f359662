/**
 * Headless Chromium for the client benchmark and the e2e tests: the launch flags this machine needs,
 * and a measurement of frames per second while a graph is dragged.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'],
  });
}

/** Waits until the graph view has drawn at least `min` nodes and is not in the middle of a change. */
export function graphReady(page: Page, min = 1, timeout = 60_000): Promise<unknown> {
  return page.waitForFunction((m) => {
    const data = (document.querySelector('.cy') as HTMLElement | null)?.dataset;
    return data?.ready === '1' && Number(data.nodes) >= m;
  }, min, { timeout });
}

/**
 * Drags the graph in `selector` for about a second and counts animation frames meanwhile: a frame
 * only runs when the main thread is free, so frames per second is how smooth the pan feels.
 */
export async function panFramesPerSecond(page: Page, selector = '.cy'): Promise<{ fps: number; seconds: number; moved: number }> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  const pan = () => page.evaluate((s) => ({ ...(document.querySelector(s) as HTMLElement & { __cy: { pan(): { x: number; y: number } } }).__cy.pan() }), selector);
  const before = await pan();
  // A string, not a function: tsx would wrap a named arrow function in a helper the page does not have.
  await page.evaluate(`(() => {
    window.__frames = 0;
    window.__counting = true;
    const tick = () => { if (!window.__counting) return; window.__frames += 1; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const started = Date.now();
  await page.mouse.move(box.x + 40, box.y + box.height - 150);
  await page.mouse.down();
  for (let i = 0; i < 40; i += 1) {
    await page.mouse.move(box.x + 40 + i * 8, box.y + box.height - 150 - i * 4);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  const seconds = (Date.now() - started) / 1000;
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number; __counting: boolean };
    w.__counting = false;
    return w.__frames;
  });
  const after = await pan();
  return { fps: frames / seconds, seconds, moved: Math.hypot(after.x - before.x, after.y - before.y) };
}
