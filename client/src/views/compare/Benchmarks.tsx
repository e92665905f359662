/**
 * Comparable targets side by side — the benchmark groups of 指标对标 (same indicator, scope and unit
 * basis): one row per group, one column per city, each value linked to its sentence, the group's flags
 * (years that differ, implied years, periods) in words.
 */
import type { BenchmarkGroup, PlanSummary } from '../../../../server/contract.ts';
import { hrefTo } from '../../app/links.ts';
import { basisText, scopeText } from '../../format-targets.ts';
import { Empty } from '../../ui/states.tsx';
import { GroupFlagChips, TargetLine } from '../../ui/targets.tsx';

function CityTargets({ group, city, plans }: { group: BenchmarkGroup; city: string; plans: Map<string, PlanSummary> }) {
  const targets = group.targets.filter((t) => t.city === city);
  if (targets.length === 0) return <span class="muted">—</span>;
  return <>{targets.map((t) => <TargetLine key={t.id} target={t} plans={plans} />)}</>;
}

export function BenchmarkTable({ groups, cities, plans }: { groups: BenchmarkGroup[]; cities: string[]; plans: Map<string, PlanSummary> }) {
  if (groups.length === 0) return <Empty>暂无可比的量化目标</Empty>;
  return (
    <div class="table-scroll">
      <table class="data-table stack-table benchmark-groups">
        <thead>
          <tr>
            <th>指标</th>
            <th>范围与口径</th>
            {cities.map((c) => (
              <th key={c}>{c}</th>
            ))}
            <th>比较提示</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.key} data-group={g.key}>
              <td data-label="指标">
                <a href={hrefTo('indicators', { indicator: g.indicator.id })} class="group-link" title={`${g.indicator.definition}（在指标对标中查看各市）`}>
                  {g.indicator.name}
                </a>
              </td>
              <td data-label="范围与口径">{`${scopeText(g.scope)} · ${basisText(g)}`}</td>
              {cities.map((c) => (
                <td key={c} data-label={c}>
                  <CityTargets group={g} city={c} plans={plans} />
                </td>
              ))}
              <td data-label="比较提示">
                <GroupFlagChips group={g} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
