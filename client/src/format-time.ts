/** Plans in time in words: dates as Chinese documents print them, standings, succession, lags. Pure. */
import type { PlanInTime, PlanSummary, Succession } from '../../server/contract.ts';

export type Standing = NonNullable<PlanInTime['standing']>;
export type SuccessionBasis = Succession['basis'];
export type PeriodBasis = NonNullable<PlanSummary['periodBasis']>;

/** 2023-03-02 → 2023年3月2日; 2021-04 → 2021年4月; 2026 → 2026年; null → 未注明. */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '未注明';
  const [year, month, day] = date.split('-');
  if (!month) return `${year}年`;
  return day ? `${year}年${Number(month)}月${Number(day)}日` : `${year}年${Number(month)}月`;
}

export const STANDING_NAMES: Record<Standing, string> = {
  'in-force': '在施',
  'not-yet-issued': '尚未印发',
  superseded: '已被接续',
  expired: '已到期',
  undated: '日期不详',
};

export const SUCCESSION_BASIS_NAMES: Record<SuccessionBasis, string> = {
  issued: '印发日期更晚',
  period: '规划期更晚',
  draft: '征求意见稿的正式印发稿',
};

export const PERIOD_BASIS_NAMES: Record<PeriodBasis, string> = {
  'title-range': '标题中的起止年份',
  'five-year-plan': '五年规划期',
  'title-year': '标题中的年份',
  'issue-year': '印发年份（年度工作要点）',
  targets: '正文目标年份',
};

/** How a plan's date was had: its issue date, or the first day of its period. */
export const DATE_BASIS_NAMES: Record<'issued' | 'period', string> = { issued: '印发日期', period: '规划期起始' };

/** Years after the first city, in words: 0 → 同年; 1.8 → 晚 1.8 年; null → 日期不详. */
export function lagText(years: number | null): string {
  if (years === null) return '日期不详';
  if (years < 0.05) return '同期';
  return `晚 ${Number(years.toFixed(1))} 年`;
}

/** A day as a fraction of its year's span, for placing dates on a year axis (2024-07-02 → about 2024.5). */
export function yearFraction(day: string): number {
  const [year, month = '1', date = '1'] = day.split('-');
  const start = Date.UTC(Number(year), 0, 1);
  const end = Date.UTC(Number(year) + 1, 0, 1);
  return Number(year) + (Date.UTC(Number(year), Number(month) - 1, Number(date)) - start) / (end - start);
}

/** Today as YYYY-MM-DD (UTC), the as-of control's default day. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** When a plan is dated, in words: 2021年4月印发, or 2023年起（规划期） when only its period is known. */
export function planDateText(plan: { issued: string | null; period: readonly [number, number] | null }): string {
  if (plan.issued) return `${formatDate(plan.issued)}印发`;
  if (plan.period) return `${plan.period[0]}年起（规划期）`;
  return '日期不详';
}

export type CityCue = NonNullable<PlanSummary['cityCue']>;

/** Which cue decided a plan's city (ingest/structure/plan-city.ts), in words. */
export const CITY_CUE_NAMES: Record<CityCue, string> = {
  title: '标题',
  issuer: '发文机关',
  organs: '正文中的本市机关',
  regions: '所辖区县',
  named: '“我市”与正文所提城市',
  'document-number': '文号',
};
