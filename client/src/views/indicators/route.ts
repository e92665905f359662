import { defineView, oneOf, text } from '../../app/view-route.ts';

export const TABS = ['compare', 'ledger', 'timeline'] as const;
export type IndicatorsTab = (typeof TABS)[number];

/** The ledger's filters: one city's targets, narrowed by indicator (`none`: no indicator fits), year and plan. */
export interface LedgerState {
  city: string | null;
  /** An indicator id, or `none` for the targets no indicator fits. */
  filter: string | null;
  year: number | null;
  plan: string | null;
  /** The first row shown (pages of the ledger). */
  offset: number;
}

export interface IndicatorsState extends LedgerState {
  tab: IndicatorsTab;
  /** The indicator compared across cities. */
  indicator: string | null;
}

function year(params: URLSearchParams): number | null {
  const value = params.get('year')?.trim();
  return value && /^\d{4}$/.test(value) ? Number(value) : null;
}

function rowOffset(params: URLSearchParams): number {
  const value = params.get('from')?.trim();
  return value && /^\d{1,7}$/.test(value) ? Number(value) : 0;
}

export const indicatorsView = defineView({
  name: 'indicators',
  path: '/indicators',
  title: '指标对标',
  hint: '同一指标各市目标对比、目标台账与历年演进',
  parse: (params): IndicatorsState => ({
    tab: oneOf(params, 'tab', TABS, 'compare'),
    indicator: text(params, 'indicator'),
    city: text(params, 'city'),
    filter: text(params, 'ind'),
    year: year(params),
    plan: text(params, 'plan'),
    offset: rowOffset(params),
  }),
  query: (state: IndicatorsState) => ({
    tab: state.tab === 'compare' ? null : state.tab,
    indicator: state.indicator,
    city: state.city,
    ind: state.filter,
    year: state.year,
    plan: state.plan,
    from: state.offset > 0 ? state.offset : null,
  }),
  load: () => import('./IndicatorsView.tsx'),
});
