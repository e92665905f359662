/**
 * 指标对标 · 目标演进: one indicator's targets over time — each city's values by target year, a chart per
 * comparable scope, a target a later plan raised or cut drawn and said — with the indicator chosen from
 * those plans set, and links to the same indicator across cities and in the ledger.
 */
import type { IndicatorSummary } from '../../../../server/contract.ts';
import { hrefTo } from '../../app/links.ts';
import { useViewController } from '../../app/use-controller.ts';
import { formatNumber } from '../../format.ts';
import { Async, Empty } from '../../ui/states.tsx';
import { groupByKind } from '../indicators/catalogue.ts';
import { PANEL_LIMIT, TimelineController } from './controller.ts';
import { TimelineChart } from './TimelineChart.tsx';

function Picker({ catalogue, chosen, onChoose }: { catalogue: IndicatorSummary[]; chosen: string | null; onChoose(id: string): void }) {
  return (
    <label class="field timeline-picker">
      <span class="muted small">指标</span>
      <select class="input" aria-label="选择指标" value={chosen ?? ''} onChange={(e) => onChoose((e.target as HTMLSelectElement).value)}>
        {groupByKind(catalogue, '').map((group) => (
          <optgroup key={group.kind} label={`${group.name}类`}>
            {group.indicators.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}（{formatNumber(i.cities.length)} 市 · {formatNumber(i.targets)} 个目标）
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}

export function TimelinePanel({ indicator }: { indicator: string | null }) {
  const controller = useViewController((deps) => new TimelineController(deps), { indicator });
  const model = controller.model;
  return (
    <Async value={model.catalogue} retry={() => controller.retry()}>
      {(catalogue) => (
        <div class="timeline-page">
          <div class="card timeline-head">
            <Picker catalogue={catalogue} chosen={indicator} onChoose={(id) => controller.choose(id)} />
            {indicator ? (
              <div class="timeline-links small">
                <a href={hrefTo('indicators', { indicator })}>各市对标 →</a>
                <a href={hrefTo('indicators', { tab: 'ledger', filter: indicator })}>目标台账 →</a>
              </div>
            ) : null}
          </div>
          {model.unknown ? (
            <div class="state state-error unknown-indicator" role="alert">
              没有指标“{indicator}”。请从上方选择。
            </div>
          ) : (
            <Async value={model.timeline} retry={() => controller.retry()}>
              {({ timeline, panels }) => {
                const revised = panels.reduce((n, p) => n + p.revisions.length, 0);
                const shown = controller.shown();
                return (
                  <>
                    <p class="muted small timeline-summary">
                      {timeline.indicator.name}：{timeline.indicator.definition}。{formatNumber(new Set(timeline.series.map((s) => s.city)).size)} 个城市 · {formatNumber(panels.length)} 个可比口径
                      {revised > 0 ? ` · ${formatNumber(revised)} 处目标被后续规划上调或下调` : ' · 暂无被后续规划调整的目标'}。横轴为目标年份，每条线是一份规划设定的目标；点击圆点查看原文。
                    </p>
                    {panels.length === 0 ? <Empty>暂无可画出的目标</Empty> : null}
                    {shown.map((panel, i) => (
                      <TimelineChart key={panel.key} panel={panel} plans={model.plans} index={i} />
                    ))}
                    {panels.length > shown.length ? (
                      <button type="button" class="btn btn-small" onClick={() => controller.showAllPanels()}>
                        显示全部 {formatNumber(panels.length)} 个口径（当前 {PANEL_LIMIT} 个）
                      </button>
                    ) : null}
                  </>
                );
              }}
            </Async>
          )}
        </div>
      )}
    </Async>
  );
}
