/**
 * A target as an extractor read it (from a sentence or a table row), completed the same way for both:
 * the catalogue indicator and scope its wording names, its value as a planner reads it (`8%左右`,
 * `超100亿元`, `每年40家以上`), and that value in its unit's base (过万亿 → 10¹² 元).
 */
import type { TargetScope } from '../../graph/schema.ts';
import { readIndicator, type ScopeContext } from './indicators.ts';
import type { TargetCandidate } from './schema.ts';

export type StatedTarget = Omit<TargetCandidate, 'indicator' | 'kind' | 'scope' | 'display' | 'amount'> & {
  /** Qualifiers as printed around the value (超, 不少于 before it; 以上, 左右 after it), and 力争. */
  bounds: { before: string | null; after: string | null; aim: boolean };
  /** `每年` or `年均` when the target recurs or averages over years. */
  per: '每年' | '年均' | null;
  /** The value is a change (增长6.5%, 下降10%). */
  growth: boolean;
  /** What the target covers when the extractor knows it better than the wording does (a table row's region). */
  scope: TargetScope | null;
};

/** When a target's numbers apply: 每年/年均, a base year (比2024年), a named period (“十四五”期间), the plan's start. */
export interface TimeFrame {
  per: StatedTarget['per'];
  baseYear: number | null;
  namedPeriod: { start: number; end: number } | null;
  planStart: number | null;
}

/**
 * A recurring target is `annual`; a change against a base year, a count over a named period or of
 * additions (新增, 引进) is `cumulative` from its first year; anything else is a level at its year.
 */
export function periodOf(wording: string, growth: boolean, time: TimeFrame, additionWords: string[]): Pick<StatedTarget, 'period' | 'since'> {
  if (time.per !== null) return { period: 'annual', since: null };
  if (time.baseYear !== null) return { period: 'cumulative', since: time.baseYear };
  if (growth) return { period: 'year', since: null };
  if (time.namedPeriod) return { period: 'cumulative', since: time.namedPeriod.start };
  if (additionWords.some((word) => wording.includes(word))) return { period: 'cumulative', since: time.planStart };
  return { period: 'year', since: null };
}

const CHANGE = /(?:增长|增速|下降|降低|减少)率?$/;

/** Whether a wording states a change (规上工业增加值增长, 地区生产总值增速), so its value is a rate of change. */
export function isChange(wording: string): boolean {
  return CHANGE.test(wording);
}

/** Words that add nothing a reader needs (达 100家) or that the indicator already says (增长 6.5%). */
const SILENT_QUALIFIERS = new Set(['达', '达到', '增长', '下降']);

/** The value as read, qualifiers in their printed order: 力争超100亿元, 8%左右, 15-20家, 每年40家以上. */
export function displayOf(target: Pick<StatedTarget, 'value' | 'values' | 'upper' | 'unit' | 'bounds' | 'per'>): string {
  const { before, after, aim } = target.bounds;
  const unit = target.unit.replace(/\/年$/, '');
  const numbers = target.values && target.values.length > 1
    ? target.values.map((v) => `${/^\d+$/.test(v.label) ? '' : v.label}${v.value}${unit}`).join('、')
    : `${target.value ?? '?'}${target.upper !== null ? `-${target.upper}` : ''}${unit}`;
  const lead = before && !SILENT_QUALIFIERS.has(before) ? before : '';
  return `${target.per ?? ''}${aim && lead !== '力争' ? '力争' : ''}${lead}${numbers}${after ?? ''}`;
}

export function completeTarget(stated: StatedTarget, context: ScopeContext): TargetCandidate {
  const { bounds, per, growth, scope, ...fact } = stated;
  const reading = readIndicator({ wording: stated.wording, unit: stated.unit, growth, scope }, context);
  const unit = context.lexicon.indicators.unit(stated.unit);
  return {
    ...fact,
    indicator: reading.indicator?.id ?? null,
    kind: reading.kind,
    scope: reading.scope,
    display: displayOf(stated),
    amount: stated.value === null || stated.unit === '' ? null : { value: Number((stated.value * unit.scale).toPrecision(12)), unit: unit.base },
  };
}
