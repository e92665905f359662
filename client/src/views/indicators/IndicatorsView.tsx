/**
 * 指标对标: one indicator's targets across cities (各市对标), one city's targets as a ledger (目标台账),
 * or one indicator's targets over time (目标演进, views/timeline/). Each tab is a panel over its own
 * controller; a further tab is one more panel here.
 */
import { hrefTo } from '../../app/links.ts';
import type { ViewProps } from '../../app/view-route.ts';
import { BenchmarksPanel } from './BenchmarksPanel.tsx';
import { TimelinePanel } from '../timeline/TimelinePanel.tsx';
import { LedgerPanel } from './LedgerPanel.tsx';
import type { IndicatorsState, LedgerState } from './route.ts';

const ledgerOf = ({ city, filter, year, plan, offset }: IndicatorsState): LedgerState => ({ city, filter, year, plan, offset });

export default function IndicatorsView({ state }: ViewProps<IndicatorsState>) {
  const tabs = [
    { tab: 'compare', name: '各市对标', href: hrefTo('indicators', { indicator: state.indicator }) },
    { tab: 'ledger', name: '目标台账', href: hrefTo('indicators', { ...ledgerOf(state), tab: 'ledger' }) },
    { tab: 'timeline', name: '目标演进', href: hrefTo('indicators', { indicator: state.indicator, tab: 'timeline' }) },
  ] as const;
  return (
    <div class="page indicators-page">
      <div class="page-head">
        <h1>指标对标</h1>
        <p class="lead">同一指标、同一口径下各市设定的目标值与年份；每个数值都链接到原文句子。</p>
      </div>
      <nav class="tabs" aria-label="指标对标的三种视图">
        {tabs.map((t) => (
          <a key={t.tab} href={t.href} class="tab" data-tab={t.tab} aria-current={state.tab === t.tab ? 'page' : undefined}>
            {t.name}
          </a>
        ))}
      </nav>
      {state.tab === 'compare' ? <BenchmarksPanel indicator={state.indicator} /> : null}
      {state.tab === 'ledger' ? <LedgerPanel state={ledgerOf(state)} /> : null}
      {state.tab === 'timeline' ? <TimelinePanel indicator={state.indicator} /> : null}
    </div>
  );
}
