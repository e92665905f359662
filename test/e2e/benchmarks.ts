/**
 * 指标对标 end to end: an indicator picked from the catalogue, every city's value and year as a chart
 * and a table, a different year flagged in words, each value opening its sentence; look-alikes never
 * paired; a city's ledger filtered and downloaded; 城市对比 showing the same groups with their flags.
 */
import fs from 'node:fs';
import type { Locator } from 'playwright-core';
import { expect, it } from 'vitest';
import type { ClientContext } from './context.ts';
import { Journey, overflowsSideways, withinWidth } from './page-helpers.ts';

/** Each indicator, the cities it is compared across on the seeds (highest value first, as charted), and the look-alike it must stay apart from. */
const PAIRS = [
  ['rd-intensity', ['盐城市', '泰州市'], 'industrial-rd-intensity'],
  ['industrial-rd-intensity', ['盐城市', '连云港市'], 'rd-intensity'],
  ['digital-core-value-added-share', ['泰州市', '连云港市'], 'digital-core-revenue-share'],
] as const;

/** The cities of a group's chart, in the order it draws them. */
const chartCities = (card: Locator) => card.locator('.chart-row').evaluateAll((rows) => [...new Set(rows.map((r) => (r as HTMLElement).dataset.city))]);

export function benchmarkJourneys(context: ClientContext, width: number): void {
  const wide = width > 600;

  it('指标对标: an indicator picked from the catalogue, every city’s value and year as a chart and a table, a different year flagged, each value opening its sentence', async () => {
    const p = context.page(width);
    await p.goto(`${context.base()}/`);
    const journey = new Journey(p);
    await journey.click(p.locator('.nav-link[data-view="indicators"]'));
    // Opens on the indicator most cities set, chosen from the data.
    await expect.poll(() => p.locator('.group-card').first().locator('.chart-row').count()).toBeGreaterThan(2);
    const all = await p.locator('.indicator-item').count();
    await journey.fill(p.getByRole('searchbox', { name: '查找指标' }), '研发');
    await expect.poll(() => p.locator('.indicator-item').count()).toBeLessThan(all);
    await journey.click(p.locator('.indicator-item[data-indicator="rd-intensity"]'));
    await p.waitForURL(/indicator=rd-intensity/);
    const card = p.locator('.group-card').first();
    await expect.poll(() => chartCities(card)).toEqual(['盐城市', '泰州市']);
    const taizhou = card.locator('.chart-row[data-city="泰州市"]');
    expect(await taizhou.textContent()).toMatch(/2\.85%左右.*2027年.*年份不同/);
    expect(await taizhou.locator('rect.chart-bar-differs').count()).toBe(1);
    expect(await card.locator('.flag-notes').textContent()).toContain('目标年份不同（2025年、2027年）');
    expect(await p.locator('.indicator-info .differs').textContent()).toContain('规上工业企业研发经费占营业收入比重');
    const rows = card.locator('.benchmark-table tbody tr');
    expect(await rows.count()).toBe(4);
    for (const row of await rows.all()) expect(await row.locator('a.target-link[href^="/reader?plan="]').count()).toBe(2);
    expect(await overflowsSideways(p)).toBe(false);
    expect(await withinWidth(card.locator('.chart-row').first(), width)).toBe(true);
    await context.shot(p, wide ? 'indicators' : 'mobile-indicators');
    await taizhou.click();
    await p.waitForURL(/\/reader\?plan=plan%3Ataizhou/);
    await expect.poll(() => p.locator('.focus-span').first().textContent()).toContain('2.85%');
    context.report(`${width}px 指标对标: an indicator's values across cities in ${journey.actions} actions from the home page`);
    expect(journey.actions).toBeLessThanOrEqual(3);
  });

  it('指标对标: each indicator is compared across the cities that set it, never with its look-alike', async () => {
    const p = context.page(width);
    for (const [indicator, cities, lookAlike] of PAIRS) {
      await p.goto(`${context.base()}/indicators?indicator=${indicator}`);
      const card = p.locator('.group-card').first();
      await expect.poll(() => chartCities(card), { message: indicator }).toEqual([...cities]);
      expect(await p.locator(`.indicator-info .differs a[href="/indicators?indicator=${lookAlike}"]`).count()).toBe(1);
    }
  });

  it('目标台账: a city’s targets that no indicator fits, filtered by year, each linked to its sentence, and the same rows as CSV', async () => {
    const p = context.page(width);
    await p.goto(`${context.base()}/indicators?indicator=rd-intensity`);
    await p.locator('.tab[data-tab="ledger"]').click();
    await p.waitForURL(/tab=ledger&city=/);
    await expect.poll(() => p.locator('.ledger-table tbody tr').count()).toBeGreaterThan(10);
    await p.getByRole('combobox', { name: '指标', exact: true }).selectOption('none');
    await expect.poll(() => new URL(p.url()).searchParams.get('ind')).toBe('none');
    // The rows of the earlier filter stay until the new answer is drawn (some of them already fit): wait for the others to go.
    await expect.poll(() => p.locator('.ledger-table tbody tr:not([data-indicator="none"])').count()).toBe(0);
    await expect.poll(() => p.locator('.ledger-table tbody tr[data-indicator="none"]').count()).toBeGreaterThan(0);
    const total = Number(((await p.locator('.ledger-total').textContent()) ?? '').replace(/[^\d]/g, ''));
    expect(await p.locator('.ledger-table tbody tr').count()).toBe(Math.min(total, 50));
    for (const row of (await p.locator('.ledger-table tbody tr').all()).slice(0, 5)) expect(await row.locator('a.target-link[href^="/reader?plan="]').count()).toBe(1);
    const [file] = await Promise.all([p.waitForEvent('download'), p.getByRole('link', { name: '下载 CSV' }).click()]);
    const csv = fs.readFileSync(await file.path(), 'utf8').trim().split(/\r?\n/);
    expect(csv[0]).toContain('indicator_name');
    expect(csv).toHaveLength(total + 1);
    const years = p.getByRole('combobox', { name: '目标年份' });
    const year = (await years.locator('option').nth(1).getAttribute('value')) as string;
    await years.selectOption(year);
    await expect.poll(() => new URL(p.url()).searchParams.get('year')).toBe(year);
    await expect.poll(async () => (await p.locator('.ledger-table td[data-label="目标年份"]').allTextContents()).every((text) => text.startsWith(year))).toBe(true);
    expect(await overflowsSideways(p)).toBe(false);
    for (const filter of await p.locator('.ledger-filters select').all()) expect(await withinWidth(filter, width)).toBe(true);
  });

  it('城市对比 shows the same benchmark groups: values as printed with their years, flags in words, the indicator opening 指标对标', async () => {
    const p = context.page(width);
    await p.goto(`${context.base()}/compare?a=${encodeURIComponent('盐城市')}&b=${encodeURIComponent('泰州市')}`);
    const row = p.locator('.benchmark-groups tr[data-group^="rd-intensity|"]').first();
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    for (const part of ['研发经费投入强度', '3%左右', '2.85%左右', '2027年', '年份不同']) expect(text).toContain(part);
    expect(await row.locator('a.target-link[href^="/reader?plan="]').count()).toBeGreaterThan(1);
    await row.locator('a.group-link').click();
    await p.waitForURL(/\/indicators\?indicator=rd-intensity/);
    await expect.poll(() => p.locator('.group-card').count()).toBeGreaterThan(0);
  });
}
