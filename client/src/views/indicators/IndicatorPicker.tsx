/** The indicator catalogue, searchable: by kind, the indicators most cities set first, each with how many cities and targets. */
import type { IndicatorSummary } from '../../../../server/contract.ts';
import { hrefTo } from '../../app/links.ts';
import { formatNumber } from '../../format.ts';
import { Empty } from '../../ui/states.tsx';
import type { KindGroup } from './catalogue.ts';

function Item({ indicator, current }: { indicator: IndicatorSummary; current: boolean }) {
  const set = indicator.targets > 0;
  return (
    <a href={hrefTo('indicators', { indicator: indicator.id })} class={`indicator-item${set ? '' : ' unset'}`} data-indicator={indicator.id} aria-current={current ? 'true' : undefined} title={indicator.definition}>
      <span class="name">{indicator.name}</span>
      <span class="meta">{set ? `${formatNumber(indicator.cities.length)} 市 · ${formatNumber(indicator.targets)} 个目标` : '暂无目标'}</span>
    </a>
  );
}

export function IndicatorPicker({ groups, query, chosen, onQuery }: { groups: KindGroup[]; query: string; chosen: string | null; onQuery(query: string): void }) {
  return (
    <div class="card indicator-picker">
      <input type="search" class="input" placeholder="查找指标：名称、定义或原文用语…" aria-label="查找指标" value={query} onInput={(e) => onQuery((e.target as HTMLInputElement).value)} />
      <nav class="indicator-list" aria-label="指标目录">
        {groups.length === 0 ? <Empty>没有符合“{query}”的指标</Empty> : null}
        {groups.map((group) => (
          <div key={group.kind} class="indicator-kind">
            <div class="mini-title">
              {group.name}类 <span class="count">{formatNumber(group.indicators.length)}</span>
            </div>
            {group.indicators.map((indicator) => (
              <Item key={indicator.id} indicator={indicator} current={indicator.id === chosen} />
            ))}
          </div>
        ))}
      </nav>
    </div>
  );
}
