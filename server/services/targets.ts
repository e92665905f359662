/**
 * The targets ledger: every numeric target the stored plans set, with its indicator, scope, time and
 * the sentence it comes from — filtered by city, plan, indicator and year, as JSON or as CSV.
 */
import { z } from 'zod';
import type { NodeOfLabel } from '../../graph/schema.ts';
import { TargetRefSchema, type TargetRef } from '../schemas/common.ts';
import { csvTable } from '../../core/text-formats.ts';
import type { GraphReader } from './graph-reader.ts';
import { targetRef } from './refs.ts';

export const TargetsLedgerSchema = z.object({
  /** How many targets match the filters; `targets` holds at most `limit` of them from `offset`. */
  total: z.number().int(),
  targets: z.array(TargetRefSchema),
});
export type TargetsLedger = z.infer<typeof TargetsLedgerSchema>;

export interface LedgerFilter {
  cities?: string[];
  plan?: string;
  /** An indicator id, or `none` for the targets no indicator fits. */
  indicator?: string;
  year?: number;
}

/** Every stored target with the sentence (or table cells) that sets it, in plan and text order. */
export async function allTargets(reader: GraphReader): Promise<TargetRef[]> {
  const nodes = (await reader.store.findNodes({ labels: ['Target'] })).filter((n): n is NodeOfLabel<'Target'> => n.label === 'Target');
  const setIn = await reader.edges({ from: nodes.map((n) => n.id), types: ['SET_IN'] });
  const evidence = new Map(setIn.map((e) => [e.source, e.evidence ?? []]));
  return nodes
    .sort((a, b) => (a.city ?? '').localeCompare(b.city ?? '') || a.plan.localeCompare(b.plan) || a.start - b.start || a.id.localeCompare(b.id))
    .map((node) => targetRef(node, evidence.get(node.id) ?? []));
}

export function filterTargets(targets: TargetRef[], filter: LedgerFilter): TargetRef[] {
  const indicator = filter.indicator === 'none' ? null : filter.indicator;
  return targets.filter(
    (t) =>
      (!filter.cities || filter.cities.length === 0 || filter.cities.includes(t.city ?? '')) &&
      (!filter.plan || t.plan === filter.plan) &&
      (indicator === undefined || t.indicator === indicator) &&
      (filter.year === undefined || t.year === filter.year),
  );
}

export async function targetsLedger(reader: GraphReader, filter: LedgerFilter, page: { limit: number; offset: number }): Promise<TargetsLedger> {
  const matching = filterTargets(await allTargets(reader), filter);
  return { total: matching.length, targets: matching.slice(page.offset, page.offset + page.limit) };
}

const LEDGER_COLUMNS = [
  'id', 'city', 'plan', 'indicator', 'indicator_name', 'wording', 'subject', 'scope', 'kind', 'value', 'upper', 'unit', 'display',
  'amount', 'amount_unit', 'year', 'year_implied', 'period', 'since', 'base_year', 'qualifier', 'origin', 'evidence_start', 'evidence_end', 'evidence',
] as const;

/** The ledger as CSV for a spreadsheet; the evidence column reads a table row with its headers. */
export function targetsCsv(targets: TargetRef[], indicatorName: (id: string) => string): string {
  const rows = targets.map((t) => {
    const cited = t.evidence[0];
    const cells: Record<(typeof LEDGER_COLUMNS)[number], string> = {
      id: t.id,
      city: t.city ?? '',
      plan: t.plan,
      indicator: t.indicator ?? '',
      indicator_name: t.indicator ? indicatorName(t.indicator) : '',
      wording: t.wording,
      subject: t.subject,
      scope: `${t.scope.level}:${t.scope.name}`,
      kind: t.kind,
      value: t.values ? t.values.map((v) => v.value).join('|') : String(t.value ?? ''),
      upper: t.upper === null ? '' : String(t.upper),
      unit: t.unit,
      display: t.display,
      amount: t.amount ? String(t.amount.value) : '',
      amount_unit: t.amount?.unit ?? '',
      year: t.year === null ? '' : String(t.year),
      year_implied: t.yearImplied ? 'yes' : '',
      period: t.period,
      since: t.since === null ? '' : String(t.since),
      base_year: t.baseYear === null ? '' : String(t.baseYear),
      qualifier: t.qualifier,
      origin: t.origin,
      evidence_start: cited ? String(cited.start) : '',
      evidence_end: cited ? String(cited.end) : '',
      evidence: cited ? (cited.reading ?? cited.quote ?? cited.text) : '',
    };
    return LEDGER_COLUMNS.map((column) => cells[column]);
  });
  return csvTable([[...LEDGER_COLUMNS], ...rows]);
}
