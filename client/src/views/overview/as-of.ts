/**
 * The overview's time control: the days on which the plans in force change (the slider's steps, each
 * with what happens that day), where a day falls among them, and the plans by where they stand on it.
 * Pure, unit-tested.
 */
import type { PlanInTime, PlanTimes } from '../../../../server/contract.ts';
import type { Standing } from '../../format-time.ts';

export interface AsOfStep {
  day: string;
  /** Plans taking effect that day. */
  starts: PlanInTime[];
  /** Plans whose period ended the day before. */
  ends: PlanInTime[];
}

function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** The slider's steps: each day the plans in force change, with the plans that start or end there. */
export function asOfSteps(times: Pick<PlanTimes, 'plans' | 'changes'>): AsOfStep[] {
  return times.changes.map((day) => ({
    day,
    starts: times.plans.filter((p) => p.start === day),
    ends: times.plans.filter((p) => p.end !== null && p.end === dayBefore(day)),
  }));
}

/** The step a day falls on or after (the last change on or before it); 0 before the first. */
export function stepIndex(steps: readonly AsOfStep[], day: string): number {
  let index = 0;
  steps.forEach((step, i) => {
    if (step.day <= day) index = i;
  });
  return index;
}

/** The day the control opens on: `preferred` (today) when plans are in force then, else the last day any plan starts. */
export function defaultDay(steps: readonly AsOfStep[], preferred: string): string | null {
  if (steps.length === 0) return null;
  const first = steps[0] as AsOfStep;
  const lastStart = [...steps].reverse().find((s) => s.starts.length > 0) ?? first;
  return preferred >= first.day && preferred < (steps[steps.length - 1] as AsOfStep).day ? preferred : lastStart.day;
}

export const STANDING_ORDER: Standing[] = ['in-force', 'not-yet-issued', 'superseded', 'expired', 'undated'];

/** The plans by where they stand on the day the answer is as of, in STANDING_ORDER; empty groups left out. */
export function byStanding(plans: readonly PlanInTime[]): { standing: Standing; plans: PlanInTime[] }[] {
  return STANDING_ORDER.map((standing) => ({ standing, plans: plans.filter((p) => p.standing === standing) })).filter((g) => g.plans.length > 0);
}

/** Where along the slider's track a day lies, 0 to 1, by time (not by step), for the year ticks. */
export function trackPosition(steps: readonly AsOfStep[], day: string): number {
  if (steps.length < 2) return 0;
  const from = Date.parse((steps[0] as AsOfStep).day);
  const to = Date.parse((steps[steps.length - 1] as AsOfStep).day);
  return Math.min(1, Math.max(0, (Date.parse(day) - from) / (to - from || 1)));
}

const DAY_MS = 24 * 3600 * 1000;

/** A day as a whole number (days since 1970-01-01), the slider's value. */
export function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

/** The day of a slider value. */
export function dayOfNumber(value: number): string {
  return new Date(value * DAY_MS).toISOString().slice(0, 10);
}

/** The first day of each year within the steps' span, for the slider's scale. */
export function yearTicks(steps: readonly AsOfStep[]): string[] {
  if (steps.length === 0) return [];
  const first = Number((steps[0] as AsOfStep).day.slice(0, 4));
  const last = Number((steps[steps.length - 1] as AsOfStep).day.slice(0, 4));
  const every = Math.max(1, Math.ceil((last - first) / 8));
  const ticks: string[] = [];
  for (let year = first; year <= last; year += every) ticks.push(`${year}-01-01`);
  return ticks.filter((t) => t >= (steps[0] as AsOfStep).day);
}
