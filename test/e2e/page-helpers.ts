/**
 * What the end-to-end tests ask of a page: wait for the graph, read it, find a node clear enough to
 * click, count what a journey took, check that a screen fits its width, download an export.
 */
import fs from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export { graphReady } from '../../bench/browser.ts';

type Pos = { x: number; y: number };
type Box = { x1: number; y1: number; x2: number; y2: number };

export function graphData(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => ({ ...(document.querySelector('.cy') as HTMLElement).dataset }) as Record<string, string>);
}

/** Ids of the drawn nodes, optionally of one label. */
export function nodeIds(page: Page, label?: string): Promise<string[]> {
  return page.evaluate((l) => {
    const cy = (document.querySelector('.cy') as HTMLElement & { __cy: { nodes(): { toArray(): { id(): string; data(k: string): string }[] } } }).__cy;
    return cy.nodes().toArray().filter((n) => !l || n.data('label') === l).map((n) => n.id());
  }, label);
}

/** A node's screen position, among nodes with room around them so that a click hits it. */
export function clearNode(page: Page, filter: { label?: string; not?: string[]; id?: string } = {}): Promise<{ id: string; x: number; y: number } | null> {
  return page.evaluate((f) => {
    type N = { id(): string; data(k: string): unknown; renderedPosition(): Pos; visible(): boolean };
    const host = document.querySelector('.cy') as HTMLElement & { __cy: { nodes(): { toArray(): N[] } } };
    const box = host.getBoundingClientRect();
    const nodes = host.__cy.nodes().toArray().filter((n) => n.visible());
    const inside = (p: Pos) => p.x > 50 && p.y > 50 && p.x < box.width - 60 && p.y < box.height - 30;
    for (const n of nodes) {
      if ((f.label && n.data('label') !== f.label) || f.not?.includes(n.id()) || (f.id && n.id() !== f.id)) continue;
      const p = n.renderedPosition();
      if (!inside(p)) continue;
      const crowded = nodes.some((m) => m !== n && Math.hypot(m.renderedPosition().x - p.x, m.renderedPosition().y - p.y) < 24);
      if (!crowded) return { id: n.id(), x: box.left + p.x, y: box.top + p.y };
    }
    return null;
  }, filter);
}

/** Waits until the viewport stops moving (a fit or a zoom animates). */
export async function viewportStill(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => (document.querySelector('.cy') as HTMLElement & { __cy: { animated(): boolean } }).__cy.animated())).toBe(false);
}

/** Labels drawn, of all nodes, and how many pairs of drawn labels (with their nodes) overlap on screen. */
export function labelOverlaps(page: Page): Promise<{ nodes: number; labelled: number; pairs: number }> {
  return page.evaluate(() => {
    type N = { visible(): boolean; style(k: string): string; renderedBoundingBox(o: object): Box };
    const cy = (document.querySelector('.cy') as HTMLElement & { __cy: { nodes(): { toArray(): N[] } } }).__cy;
    const nodes = cy.nodes().toArray().filter((n) => n.visible());
    const boxes = nodes.filter((n) => n.style('label') !== '').map((n) => n.renderedBoundingBox({ includeLabels: true, includeOverlays: false }));
    let pairs = 0;
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const [a, b] = [boxes[i] as Box, boxes[j] as Box];
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) pairs += 1;
      }
    }
    return { nodes: nodes.length, labelled: boxes.length, pairs };
  });
}

/** Counts what a person does on a journey: each click, fill or key press is one action. */
export class Journey {
  actions = 0;

  constructor(private readonly page: Page) {}

  async click(locator: Locator): Promise<void> {
    this.actions += 1;
    await locator.click();
  }

  async fill(locator: Locator, text: string): Promise<void> {
    this.actions += 1;
    await locator.fill(text);
  }

  /** Types into a search box and picks the suggestion with this name: two actions. */
  async search(input: Locator, text: string, pick = text): Promise<void> {
    this.actions += 1;
    await input.fill(text);
    const suggestion = this.page.locator('.suggestion:visible', { has: this.page.locator('.suggestion-name', { hasText: new RegExp(`^${pick}$`) }) }).first();
    await suggestion.waitFor({ timeout: 15_000 });
    this.actions += 1;
    await suggestion.dispatchEvent('mousedown');
  }
}

/** Whether the page scrolls sideways (a screen wider than the viewport). */
export function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}

/** The element's box lies within the viewport's width. */
export async function withinWidth(locator: Locator, width: number): Promise<boolean> {
  const box = await locator.boundingBox();
  return box !== null && box.width > 0 && box.height > 0 && box.x >= -1 && box.x + box.width <= width + 1;
}

/** Picks an export from the 导出 menu and returns the file's name and bytes. */
export async function download(page: Page, item: string): Promise<{ name: string; bytes: Buffer }> {
  await page.locator('.menu > summary').click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
}

/** Width and height from a PNG's header. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
