/**
 * The indicator catalogue as a planner browses it: found by any of its words (name, id, the wordings
 * plans use, the definition), the indicators most cities set first, grouped by kind. Pure.
 */
import type { IndicatorSummary } from '../../../../server/contract.ts';
import { INDICATOR_KIND_NAMES, type IndicatorKind } from '../../format-targets.ts';

const KIND_ORDER = Object.keys(INDICATOR_KIND_NAMES) as IndicatorKind[];

/** Most cities first, then most targets, then the catalogue's own order. */
export function rankIndicators(indicators: readonly IndicatorSummary[]): IndicatorSummary[] {
  const order = new Map(indicators.map((indicator, i) => [indicator.id, i]));
  return [...indicators].sort((a, b) => b.cities.length - a.cities.length || b.targets - a.targets || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

/** The indicator to open with: the one compared across most cities (none when no target is set). */
export function defaultIndicator(indicators: readonly IndicatorSummary[]): IndicatorSummary | null {
  const first = rankIndicators(indicators)[0];
  return first && first.targets > 0 ? first : null;
}

/** Whether an indicator answers to the words typed: every word must be found in one of its texts. */
export function matchesQuery(indicator: IndicatorSummary, query: string): boolean {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [indicator.name, indicator.id, indicator.definition, indicator.scope, ...indicator.wordings, INDICATOR_KIND_NAMES[indicator.kind]].join('\n').toLowerCase();
  return words.every((word) => haystack.includes(word));
}

export interface KindGroup {
  kind: IndicatorKind;
  name: string;
  indicators: IndicatorSummary[];
}

/** The indicators that match, ranked within each kind; kinds in the catalogue's order, empty ones left out. */
export function groupByKind(indicators: readonly IndicatorSummary[], query: string): KindGroup[] {
  const matching = rankIndicators(indicators.filter((indicator) => matchesQuery(indicator, query)));
  return KIND_ORDER.map((kind) => ({ kind, name: INDICATOR_KIND_NAMES[kind], indicators: matching.filter((indicator) => indicator.kind === kind) })).filter((group) => group.indicators.length > 0);
}
