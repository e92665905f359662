/**
 * The research views end to end: 概览 as of a day (a cell opening 产业重叠 for that day), 产业重叠's
 * first mentions in date order, 指标对标's 目标演进 with a raised target, 政策工具's matrix opening its
 * sentences and coding sheet, and a plan's metadata and succession in 原文 — with the issued text of a
 * seed draft loaded beside the seeds for these journeys only (a succession, a raised target), removed
 * after them. At 390 px one journey checks that every screen fits.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ISSUED_PLAN, issuedPlanContribution } from '../helpers/issued-plan.ts';
import type { ClientContext } from './context.ts';
import { Journey, overflowsSideways, withinWidth } from './page-helpers.ts';

const enc = encodeURIComponent;

export function researchJourneys(context: ClientContext, width: number): void {
  describe('research views, with the issued text of a seed draft beside the seeds', () => {
    beforeAll(async () => {
      await context.store().replacePlan(await issuedPlanContribution());
    });
    afterAll(async () => {
      await context.store().removePlan(ISSUED_PLAN.id);
    });

    if (width < 600) {
      it('每个研究视图都适合手机宽度: the time control, 时间先后, 目标演进, 政策工具, a plan’s metadata', async () => {
        const p = context.page(width);
        const screens: [string, string][] = [
          ['/?asOf=2022-06-30', '.standing-list li'],
          [`/overlap?concept=${enc('氢能')}&related=1`, '.diffusion-row'],
          ['/indicators?tab=timeline&indicator=rd-intensity', '.timeline-card circle'],
          [`/instruments?i=talent&col=${enc('泰州市')}`, '.coded'],
          [`/reader?plan=${enc(ISSUED_PLAN.draft)}`, '.meta-item[data-field="succession"]'],
        ];
        for (const [url, content] of screens) {
          await p.goto(`${context.base()}${url}`);
          await p.locator(content).first().waitFor();
          expect(await overflowsSideways(p), `${url} scrolls sideways`).toBe(false);
          expect(await withinWidth(p.locator(content).first(), width), `${url}: ${content}`).toBe(true);
          if (url.startsWith('/instruments')) await context.shot(p, 'mobile-instruments');
        }
      });
      return;
    }

    it('概览 as of a day: a date chosen, the address and the API carry it, only the plans in force counted, a cell opening 产业重叠 for that day', async () => {
      const p = context.page(width);
      await p.goto(`${context.base()}/`);
      await p.locator('.as-of-card .seg-btn[data-value="day"]').click();
      await p.waitForURL(/asOf=\d{4}-\d{2}-\d{2}/);
      const asked = p.waitForRequest((r) => r.url().includes('/api/matrix') && r.url().includes('asOf=2022-06-30'));
      await p.getByLabel('截至日期').fill('2022-06-30');
      await p.waitForURL(/asOf=2022-06-30/);
      await asked;
      await expect.poll(() => p.locator('.heatmap thead th').allTextContents()).toEqual(['产业', '盐城市', '城市数', '合计']);
      // The heatmap, the city cards and the standing list come from three answers: wait for each.
      await expect.poll(() => p.locator('.city-card').count()).toBe(1);
      await expect.poll(() => p.locator(`.standing-list li[data-plan="${ISSUED_PLAN.id}"][data-standing="in-force"]`).count()).toBe(1);
      await expect.poll(() => p.locator(`.standing-list li[data-plan="${ISSUED_PLAN.draft}"][data-standing="superseded"]`).count()).toBe(1);
      await context.shot(p, 'overview-as-of');
      // A heatmap cell opens 产业重叠 as of the same day: the issued text's mentions only, the day shown with a way back to every plan.
      await p.getByLabel('按名称筛选概念').fill('氢能');
      await p.locator('.heatmap .heat-cell[data-entity="industry:氢能"][data-city="盐城市"]').click();
      await p.waitForURL(/\/overlap\?.*asOf=2022-06-30/);
      await expect.poll(() => p.locator('.diffusion-mentions li').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.plan))).toEqual([ISSUED_PLAN.id]);
      expect(await p.locator('.as-of-badge').textContent()).toContain('截至2022年6月30日在施的规划');
      await p.goBack();
      await p.locator('.as-of-card .seg-btn[data-value="all"]').click();
      await expect.poll(() => new URL(p.url()).searchParams.has('asOf')).toBe(false);
      await expect.poll(() => p.locator('.city-card').count()).toBe(3);
    });

    it('产业重叠: who planned for 氢能 first and who followed, years apart, each mention opening its sentence', async () => {
      const p = context.page(width);
      await p.goto(`${context.base()}/overlap?concept=${enc('氢能')}&related=1`);
      const rows = p.locator('.diffusion-row');
      await expect.poll(() => rows.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.city))).toEqual(['盐城市', '连云港市', '泰州市']);
      expect(await rows.locator('.diffusion-lag').allTextContents()).toEqual(['最早规划', '晚 1.8 年', '晚 2.8 年']);
      // 盐城: the draft first, its issued text and the 2026 work points after it.
      expect(await rows.first().locator('.diffusion-mentions li').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.plan))).toEqual([
        ISSUED_PLAN.draft,
        ISSUED_PLAN.id,
        'plan:yancheng-new-industrialization-work-points-2026',
      ]);
      expect(await rows.first().locator('circle.diffusion-first').count()).toBe(1);
      await p.locator('.diffusion').scrollIntoViewIfNeeded();
      await context.shot(p, 'overlap-diffusion');
      await rows.nth(1).getByRole('link', { name: /连云港市首次提及的原文/ }).click();
      await p.waitForURL(/\/reader\?plan=plan%3Alianyungang/);
      await expect.poll(() => p.locator('.focus-span').first().textContent()).toContain('氢能');
    });

    it('目标演进: each city’s 研发经费投入强度 by year, the target the issued text raised drawn and said, each point opening its sentence', async () => {
      const p = context.page(width);
      await p.goto(`${context.base()}/indicators?indicator=rd-intensity`);
      await p.locator('.tab[data-tab="timeline"]').click();
      await p.waitForURL(/tab=timeline/);
      const card = p.locator('.timeline-card').first();
      await expect.poll(() => card.locator('.revision-notes li.raised').textContent()).toMatch(/盐城市 2025年目标上调：3% → 3\.2%/);
      expect(await card.locator('circle[data-change="raised"]').count()).toBe(1);
      expect(await card.locator('.timeline-legend .timeline-city').allTextContents()).toEqual(['泰州市', '盐城市']);
      const raised = card.locator('.timeline-table tbody tr[data-change="raised"]');
      expect(await raised.textContent()).toContain('上调：3% → 3.2%');
      expect(await overflowsSideways(p)).toBe(false);
      await context.shot(p, 'target-timeline');
      await raised.locator('a.target-link').click();
      await p.waitForURL(/\/reader\?plan=plan%3Ayancheng-14th-sci-tech-plan-issued/);
      await expect.poll(() => p.locator('.focus-span').first().textContent()).toContain('3.2%');
    });

    it('政策工具: a cell of the instrument × city matrix opens its sentences — plan, section, task, cue — and its coding sheet', async () => {
      const p = context.page(width);
      await p.goto(`${context.base()}/instruments`);
      const journey = new Journey(p);
      const cell = p.locator('.cell-button[data-instrument="talent"][data-column="泰州市"]');
      const count = Number(((await cell.locator('.cell-count').textContent()) ?? '').replace(/[^\d]/g, ''));
      await journey.click(cell);
      await p.waitForURL(/i=talent&col=/);
      const items = p.locator('.coded-sentences .coded');
      await expect.poll(() => items.count()).toBe(count);
      for (const item of await items.all()) {
        expect(await item.locator('.coded-task').count()).toBe(1);
        expect(await item.locator('mark').count()).toBeGreaterThan(0);
        expect(await item.locator('a.evidence-link').getAttribute('href')).toMatch(/^\/reader\?plan=plan%3Ataizhou.*&start=\d+&end=\d+$/);
      }
      await context.shot(p, 'instruments');
      const [file] = await Promise.all([p.waitForEvent('download'), p.getByRole('link', { name: '导出本格编码表 CSV' }).click()]);
      const csv = fs.readFileSync(await file.path(), 'utf8').trim().split(/\r?\n/);
      expect(csv[0]).toContain('plan,plan_title,city,section,task,side,instrument');
      expect(csv).toHaveLength(count + 1);
      await items.first().locator('a.evidence-link').click();
      await expect.poll(() => p.locator('.focus-span').count()).toBeGreaterThan(0);
      await p.goBack();
      await p.locator('.seg-btn[data-value="plan"]').click();
      await expect.poll(() => p.locator(`.instrument-matrix thead a.column-plan[href*="${enc(ISSUED_PLAN.id)}"]`).count()).toBe(1);
      context.report(`${width}px 政策工具: a cell's sentences in ${journey.actions} action from the matrix`);
    });

    it('原文: a plan’s issuer, date, 文号, period and status, each with where it was read, its succession, and a hand edit kept beside the text’s', async () => {
      const p = context.page(width);
      await p.goto(`${context.base()}/reader?plan=${enc(ISSUED_PLAN.draft)}`);
      const succession = p.locator('.meta-item[data-field="succession"]');
      await expect.poll(() => succession.textContent()).toContain('征求意见稿的正式印发稿');
      expect(await p.locator('.meta-item[data-field="issued"] dd').textContent()).toMatch(/^2021年4月/);
      await succession.locator(`a[data-plan="${ISSUED_PLAN.id}"]`).click();
      await p.waitForURL(/plan=plan%3Ayancheng-14th-sci-tech-plan-issued/);
      await expect.poll(() => p.locator('.meta-item[data-field="documentNumber"] dd').textContent()).toContain('盐政办发〔2021〕52号');
      expect(await p.locator('.meta-item[data-field="issuer"] dd').textContent()).toContain('盐城市人民政府办公室');
      await context.shot(p, 'reader-plan-meta');
      await p.locator('.meta-item[data-field="issued"] .meta-source').click();
      await expect.poll(() => p.locator('.focus-span').first().textContent()).toContain('2021年9月28日');
      await p.locator('.plan-edit summary').click();
      await p.getByLabel('印发日期', { exact: true }).fill('2021-09-30');
      await p.getByRole('button', { name: '保存更正' }).click();
      const issued = p.locator('.meta-item[data-field="issued"] dd');
      await expect.poll(() => issued.textContent()).toMatch(/^2021年9月30日.*人工更正 · 原文：2021年9月28日/);
      await p.getByRole('button', { name: /恢复原文识别/ }).click();
      await expect.poll(() => issued.locator('.edited-mark').count()).toBe(0);
      expect(await issued.textContent()).toMatch(/^2021年9月28日/);
    });
  });
}
