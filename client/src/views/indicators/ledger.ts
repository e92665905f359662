/**
 * What a city's targets ledger can be narrowed to — its indicators, its target years, its plans, and
 * how many targets each holds — read from the city's whole ledger. Pure.
 */
import type { TargetRef } from '../../../../server/contract.ts';

export interface Facet<V> {
  value: V;
  count: number;
}

export interface LedgerFacets {
  total: number;
  /** Indicator ids with their targets, most first; the targets no indicator fits are `unmatched`. */
  indicators: Facet<string>[];
  unmatched: number;
  /** Target years, earliest first; every-year targets have none. */
  years: Facet<number>[];
  plans: Facet<string>[];
}

function counted<V>(values: V[]): Map<V, number> {
  const counts = new Map<V, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

const facets = <V>(counts: Map<V, number>): Facet<V>[] => [...counts].map(([value, count]) => ({ value, count }));

export function ledgerFacets(targets: readonly TargetRef[]): LedgerFacets {
  const indicators = facets(counted(targets.flatMap((t) => (t.indicator ? [t.indicator] : [])))).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  const years = facets(counted(targets.flatMap((t) => (t.year === null ? [] : [t.year])))).sort((a, b) => a.value - b.value);
  return {
    total: targets.length,
    indicators,
    unmatched: targets.filter((t) => t.indicator === null).length,
    years,
    plans: facets(counted(targets.map((t) => t.plan))),
  };
}

/** The rows shown on each page of the ledger. */
export const LEDGER_PAGE = 50;

