/** One group of comparable targets: what makes them comparable, its flags in words, the chart and every target in a table. */
import type { BenchmarkGroup, PlanSummary } from '../../../../server/contract.ts';
import { hrefTo } from '../../app/links.ts';
import { formatAmount } from '../../format.ts';
import { periodText, scopeText, targetYearText } from '../../format-targets.ts';
import { FlagChips, GroupFlagNotes, GroupHeading, TargetLink } from '../../ui/targets.tsx';
import { BenchmarkChart } from './BenchmarkChart.tsx';

function TargetTable({ group, plans }: { group: BenchmarkGroup; plans: Map<string, PlanSummary> }) {
  return (
    <div class="table-scroll">
      <table class="data-table stack-table benchmark-table">
        <thead>
          <tr>
            <th>城市</th>
            <th>目标值（原文）</th>
            <th>折算</th>
            <th>目标年份</th>
            <th>期间</th>
            <th>标注</th>
            <th>文件</th>
          </tr>
        </thead>
        <tbody>
          {group.targets.map((t) => (
            <tr key={t.id} data-city={t.city ?? ''}>
              <td data-label="城市">
                <a href={hrefTo('indicators', { tab: 'ledger', city: t.city, filter: group.indicator.id })} title={`${t.city ?? ''}的全部“${group.indicator.name}”目标`}>
                  {t.city}
                </a>
              </td>
              <td data-label="目标值">
                <TargetLink target={t} plans={plans} />
              </td>
              <td data-label="折算" class="num">
                <TargetLink target={t} plans={plans} text={formatAmount(t.comparable ?? null, group.unit)} />
              </td>
              <td data-label="目标年份">{targetYearText(t)}</td>
              <td data-label="期间">{periodText(t)}</td>
              <td data-label="标注">{(t.flags ?? []).length > 0 ? <FlagChips flags={t.flags ?? []} /> : <span class="muted">—</span>}</td>
              <td data-label="文件" class="small">{plans.get(t.plan)?.title ?? t.plan}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function GroupCard({ group, plans }: { group: BenchmarkGroup; plans: Map<string, PlanSummary> }) {
  return (
    <section class="card group-card" data-group={group.key} aria-label={`${scopeText(group.scope)} · ${group.indicator.name}`}>
      <GroupHeading group={group} size={`${group.cities.length} 个城市 · ${group.targets.length} 个目标`} />
      <GroupFlagNotes group={group} />
      <BenchmarkChart group={group} />
      <TargetTable group={group} plans={plans} />
    </section>
  );
}
