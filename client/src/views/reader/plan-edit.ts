/**
 * The form that corrects a plan's issue date, period and status by hand: its fields from the plan's
 * current values, and the PATCH body from what was changed — an emptied field says the plan has none —
 * or what is wrong with it, in words. Pure, unit-tested.
 */
import type { PlanEditBody, PlanInTime } from '../../../../server/contract.ts';

export interface PlanEditForm {
  issued: string;
  periodFrom: string;
  periodTo: string;
  status: string;
}

export function formOf(plan: Pick<PlanInTime, 'issued' | 'period' | 'status'>): PlanEditForm {
  return { issued: plan.issued ?? '', periodFrom: plan.period ? String(plan.period[0]) : '', periodTo: plan.period ? String(plan.period[1]) : '', status: plan.status ?? '' };
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/** The body for the fields that differ from `plan`; a problem in words, or null when nothing changed. */
export function editBodyOf(form: PlanEditForm, plan: Pick<PlanInTime, 'issued' | 'period' | 'status'>): { body: PlanEditBody } | { problem: string } | null {
  const body: PlanEditBody = {};
  const issued = form.issued.trim();
  if (issued && !DATE.test(issued)) return { problem: '印发日期请写作 2024-02-18 或 2024-02' };
  if ((issued || null) !== plan.issued) body.issued = issued || null;
  const [from, to] = [form.periodFrom.trim(), form.periodTo.trim()];
  if (Boolean(from) !== Boolean(to)) return { problem: '规划期请同时填写起止年份，或都留空' };
  if (from && !(/^\d{4}$/.test(from) && /^\d{4}$/.test(to))) return { problem: '规划期的年份请写四位数字' };
  if (from && Number(from) > Number(to)) return { problem: '规划期的结束年份不能早于开始年份' };
  const period: [number, number] | null = from ? [Number(from), Number(to)] : null;
  if (period?.join() !== plan.period?.join()) body.period = period;
  const status = form.status.trim();
  if ((status || null) !== plan.status) body.status = status || null;
  return Object.keys(body).length > 0 ? { body } : null;
}
