/**
 * Targets and benchmark groups in words: indicator kinds, scopes, periods, and the flags a comparison
 * carries (a different target year, an implied year, additions beside a stock). Pure, unit-tested.
 */
import type { BenchmarkGroup, IndicatorSummary, TargetRef } from '../../server/contract.ts';

export type IndicatorKind = IndicatorSummary['kind'];
export type GroupFlag = BenchmarkGroup['flags'][number];
export type TargetFlag = NonNullable<TargetRef['flags']>[number];
export type TargetScope = TargetRef['scope'];

export const INDICATOR_KIND_NAMES: Record<IndicatorKind, string> = {
  level: '总量',
  growth: '增速',
  share: '占比',
  intensity: '强度',
  count: '数量',
  'per-capita': '人均',
  index: '指数',
};

export const TARGET_FLAG_NAMES: Record<TargetFlag, string> = { 'year-differs': '年份不同', 'year-implied': '年份推定', 'period-differs': '累计新增' };

export const TARGET_FLAG_HINTS: Record<TargetFlag, string> = {
  'year-differs': '目标年份与本组多数目标不同，比较时请留意',
  'year-implied': '原文未写明年份，按规划期末年推定',
  'period-differs': '为若干年新增之和，不是某一年的存量',
};

export const GROUP_FLAG_NAMES: Record<GroupFlag, string> = { 'years-differ': '年份不同', 'year-implied': '含推定年份', 'periods-differ': '期间口径不同', 'several-values': '一市多值' };

/** Each flag of a group as a sentence, in the order the API gives them. */
export function groupFlagNotes(group: Pick<BenchmarkGroup, 'flags' | 'years'>): { flag: GroupFlag; text: string }[] {
  const notes: Record<GroupFlag, string> = {
    'years-differ': `目标年份不同（${group.years.map((y) => `${y}年`).join('、')}）：数值并列显示，年份逐条标出。`,
    'year-implied': '部分目标原文未写明年份，按规划期末年推定（标“年份推定”）。',
    'periods-differ': '期间口径不同：有的是某年的水平，有的是若干年的累计新增（标“累计新增”）。',
    'several-values': '同一城市设定了不止一个数值（不同文件或表述），逐条列出。',
  };
  return group.flags.map((flag) => ({ flag, text: notes[flag] }));
}

const SCOPE_LEVELS: Record<TargetScope['level'], string> = { city: '全市', region: '区域', industry: '产业', segment: '板块' };

/** What a target covers: 全市, 产业：新能源, 区域：建湖县. */
export function scopeText(scope: TargetScope): string {
  return scope.level === 'city' ? '全市' : `${SCOPE_LEVELS[scope.level]}：${scope.name}`;
}

/** A group's unit basis in words: each year's figure, a change since a base year, or a level. */
export function basisText(group: Pick<BenchmarkGroup, 'basis' | 'unit'>): string {
  const unit = group.unit ? `（${group.unit}）` : '';
  if (group.basis.endsWith('/年')) return `每年${unit}`;
  if (group.basis.endsWith('（累计）')) return `累计变化${unit}`;
  return `目标年水平${unit}`;
}

/** The target year: 2027年, 2027年（推定） (unless a flag beside it says so), 每年, —. */
export function targetYearText(target: Pick<TargetRef, 'year' | 'yearImplied' | 'annual'> & { flags?: readonly TargetFlag[] | undefined }): string {
  if (target.annual && target.year === null) return '每年';
  if (target.year === null) return '—';
  return target.yearImplied && !target.flags?.includes('year-implied') ? `${target.year}年（推定）` : `${target.year}年`;
}

/** Over what time the value counts: 当年, 每年, 2021年以来累计, 比2024年. */
export function periodText(target: Pick<TargetRef, 'period' | 'since' | 'baseYear'>): string {
  const base = target.baseYear !== null ? `（比${target.baseYear}年）` : '';
  if (target.period === 'annual') return `每年${base}`;
  if (target.period === 'cumulative') return `${target.since !== null ? `${target.since}年以来` : ''}累计${base}`;
  return `目标年${base}`;
}

/** The sentence behind a target: a table row read with its headers, else the quote or the text. */
export function targetSentence(target: Pick<TargetRef, 'evidence'>): string {
  const cited = target.evidence[0];
  if (!cited) return '';
  return (cited.reading ?? cited.quote ?? cited.text).replace(/\s+/g, ' ').trim();
}
