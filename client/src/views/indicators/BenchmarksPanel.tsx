/** 各市对标: the catalogue beside the chosen indicator — what it measures, and each group of comparable targets as a chart and a table. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { BenchmarkGroup, PlanSummary } from '../../../../server/contract.ts';
import { hrefTo } from '../../app/links.ts';
import { useViewController } from '../../app/use-controller.ts';
import { formatNumber } from '../../format.ts';
import { Heading } from '../../ui/controls.tsx';
import { Async, Empty } from '../../ui/states.tsx';
import { BenchmarksController } from './benchmarks-controller.ts';
import { GroupCard } from './GroupCard.tsx';
import { IndicatorInfo } from './IndicatorInfo.tsx';
import { IndicatorPicker } from './IndicatorPicker.tsx';

function Groups({ groups, plans }: { groups: BenchmarkGroup[]; plans: Map<string, PlanSummary> }) {
  const [singlesOpen, setSinglesOpen] = useState(false);
  const across = groups.filter((g) => g.cities.length > 1);
  const singles = groups.filter((g) => g.cities.length <= 1);
  return (
    <>
      <Heading text="跨市可比" count={across.length} />
      <p class="muted small note">指标、统计范围与单位口径都相同的目标才放在一组；目标年份不同照样并列，并逐条标出。点击数值查看原文。</p>
      {across.length === 0 ? <Empty>暂无两个及以上城市设定的可比目标</Empty> : across.map((g) => <GroupCard key={g.key} group={g} plans={plans} />)}
      {singles.length > 0 ? (
        <section class="singles">
          <button type="button" class="btn btn-small" aria-expanded={singlesOpen ? 'true' : 'false'} onClick={() => setSinglesOpen(!singlesOpen)}>
            {singlesOpen ? '收起' : '显示'}仅一个城市设定的目标（{formatNumber(singles.length)} 组）
          </button>
          {singlesOpen ? singles.map((g) => <GroupCard key={g.key} group={g} plans={plans} />) : null}
        </section>
      ) : null}
    </>
  );
}

export function BenchmarksPanel({ indicator }: { indicator: string | null }) {
  const controller = useViewController((deps) => new BenchmarksController(deps), { indicator });
  const model = controller.model;
  const chosen = controller.chosen;
  let main: ComponentChildren = null;
  if (model.unknown) main = <div class="state state-error unknown-indicator" role="alert">没有指标“{indicator}”。请从指标目录中选择。</div>;
  else if (chosen) {
    main = (
      <>
        <IndicatorInfo indicator={chosen} nameOf={(id) => controller.nameOf(id)} />
        <Async value={model.groups} retry={() => controller.retry()}>
          {(groups) => <Groups groups={groups} plans={model.plans} />}
        </Async>
      </>
    );
  } else if (model.catalogue.status === 'ready') main = <Empty>尚无任何目标匹配指标目录</Empty>;
  return (
    <Async value={model.catalogue} retry={() => controller.retry()}>
      {() => (
        <div class="indicators-layout">
          <IndicatorPicker groups={controller.listed()} query={model.query} chosen={indicator} onQuery={(q) => controller.setQuery(q)} />
          <div class="indicators-main">
            {main}
            {model.unmatched > 0 ? (
              <p class="muted small">
                另有 {formatNumber(model.unmatched)} 个目标没有匹配任何指标，保留原文用语，不参与对标：
                <a href={hrefTo('indicators', { tab: 'ledger', filter: 'none' })}>在目标台账中查看</a>
              </p>
            ) : null}
          </div>
        </div>
      )}
    </Async>
  );
}
