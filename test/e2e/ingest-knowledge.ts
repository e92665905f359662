/**
 * What ingest now knows, end to end: 部门职责's roles told apart, completion times linked to their
 * clauses, a retired name leading to today's body, a body whose plan names no city flagged; a body
 * found by any name its kind goes by, the matched name shown; 产业重叠's related concepts marked apart.
 */
import path from 'node:path';
import { expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/config.ts';
import type { ClientContext } from './context.ts';
import { graphReady, overflowsSideways } from './page-helpers.ts';

/** A plan that names no city, with completion times, every role and a name the 2018 reform retired (loaded beside the seeds). */
export const CITY_UNKNOWN_PLAN = { file: 'city-unknown-plan.txt', path: path.join(PROJECT_ROOT, 'test/fixtures/e2e/city-unknown-plan.txt') };
const department = (name: string) => `/departments?id=${encodeURIComponent(`department:${name}@city-unknown-plan`)}`;
const CO_OPERATING = 'rgb(139, 92, 246)';

export function ingestJourneys(context: ClientContext, width: number): void {
  it('部门职责: roles told apart, each task’s completion time linked to its clause, a body whose plan names no city flagged, a retired name leading to today’s body', async () => {
    const p = context.page(width);
    await p.goto(`${context.base()}${department('市工业和信息化局')}`);
    const deadline = p.locator('.task-table td.deadline').first();
    await expect.poll(() => deadline.textContent()).toBe('2025年6月底前');
    expect(await deadline.locator('time').getAttribute('datetime')).toBe('2025-06-30');
    expect(await p.locator('.task-table .role').first().textContent()).toBe('牵头');
    expect(await p.locator('.dept-note.unqualified').textContent()).toContain('城市未知');
    expect(await p.locator('.stat-tiles .stat').allTextContents()).toEqual(['1牵头任务', '0负责任务', '0配合任务', '0共同任务', '0承接任务']);
    expect(await overflowsSideways(p)).toBe(false);
    await deadline.locator('a').click();
    await p.waitForURL(/\/reader\?plan=plan%3Acity-unknown-plan/);
    await expect.poll(() => p.locator('.focus-span').first().textContent()).toContain('完成时限：2025年6月底前');

    await p.goto(`${context.base()}${department('市发展和改革委员会')}`);
    const role = p.locator('.task-table .role').first();
    await expect.poll(() => role.textContent()).toBe('配合');
    expect(await role.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(CO_OPERATING);

    await p.goto(`${context.base()}${department('市人力资源和社会保障局')}`);
    await expect.poll(() => p.locator('.task-table .role').first().textContent()).toBe('共同');
    expect(await p.locator('.task-table td.deadline').first().textContent()).toBe('持续推进');

    await p.goto(`${context.base()}${department('市经济和信息化委员会')}`);
    const retired = p.locator('.dept-note.retired');
    await expect.poll(() => retired.textContent()).toContain('2019年');
    await retired.getByRole('link', { name: '市工业和信息化局' }).click();
    await expect.poll(() => new URL(p.url()).searchParams.get('id')).toBe('department:市工业和信息化局@city-unknown-plan');
    await expect.poll(() => p.locator('.dept-identity h1').textContent()).toBe('市工业和信息化局');
  });

  it('a body is found by any name its kind goes by — in 部门职责’s list and in the search — with the name that matched', async () => {
    const p = context.page(width);
    await p.goto(`${context.base()}/departments`);
    await p.getByRole('searchbox', { name: '筛选部门名称' }).fill('工信局');
    const matched = p.locator('.dept-item', { has: p.locator('.dept-alias', { hasText: '（工信局）' }) });
    await expect.poll(() => matched.evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.id))).toEqual(
      expect.arrayContaining(['department:盐城市工业和信息化局', 'department:泰州市工业和信息化局', 'department:连云港市工业和信息化局']),
    );
    await p.getByRole('combobox', { name: '全站搜索' }).fill('工信局');
    const taizhou = p.locator('.suggestion:visible', { has: p.locator('.suggestion-name', { hasText: /^泰州市工业和信息化局$/ }) });
    await expect.poll(() => taizhou.locator('.suggestion-alias').textContent(), { timeout: 15_000 }).toBe('（工信局）');
    await p.keyboard.press('Escape');
  });

  it('产业重叠 marks related concepts apart — in the graph, its legend, each city’s wordings and sentences — and explains the kinds of match', async () => {
    const p = context.page(width);
    await p.goto(`${context.base()}/overlap?concept=${encodeURIComponent('海工装备')}&related=1`);
    await graphReady(p, 10);
    const block = p.locator('.city-block[data-city="连云港市"]');
    await expect.poll(() => block.locator('.chip.match-related').first().textContent()).toContain('海洋装备');
    expect(await block.locator('.chip.match-related').first().textContent()).toContain('上位概念');
    expect(await block.locator('.evidence .chip.match-related').first().textContent()).toBe('相关产业（上位概念）');
    expect(await block.locator('.chip:not(.match-related)[data-match]').count()).toBe(0);
    const drawn = await p.evaluate(() => {
      const cy = (document.querySelector('.cy') as HTMLElement & { __cy: { $(s: string): { length: number; data(k: string): unknown } } }).__cy;
      return { related: cy.$('node.related').length, wordings: cy.$('edge.match-related').length, link: cy.$('edge.relation[source = "industry:海洋装备"]').data('caption') };
    });
    expect(drawn.related).toBeGreaterThan(0);
    expect(drawn.wordings).toBeGreaterThan(0);
    expect(drawn.link).toBe('上位概念');
    expect(await p.locator('.graph-legend .line-legend').textContent()).toContain('相关产业');
    expect(await p.locator('.match-kinds dt').allTextContents()).toEqual(['精确', '同义词', '下位产业', '相关产业']);
    expect(await overflowsSideways(p)).toBe(false);
  });
}
