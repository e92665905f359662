/** The ledger's rows: indicator (or the plan's own wording when none fits), scope, value linked to its sentence, year, period, plan. */
import type { PlanSummary, TargetRef } from '../../../../server/contract.ts';
import { hrefTo } from '../../app/links.ts';
import { periodText, scopeText, targetSentence, targetYearText } from '../../format-targets.ts';
import { TargetLink } from '../../ui/targets.tsx';

function Indicator({ target, names }: { target: TargetRef; names: Map<string, string> }) {
  if (!target.indicator) {
    return (
      <span class="unmatched" title="没有指标的用语与之相符，不参与对标">
        <span class="badge">未匹配</span> {target.wording || target.metric}
      </span>
    );
  }
  return <a href={hrefTo('indicators', { indicator: target.indicator })}>{names.get(target.indicator) ?? target.indicator}</a>;
}

export function LedgerTable({ targets, names, plans }: { targets: TargetRef[]; names: Map<string, string>; plans: Map<string, PlanSummary> }) {
  return (
    <div class="table-scroll">
      <table class="data-table stack-table ledger-table">
        <thead>
          <tr>
            <th>指标</th>
            <th>范围</th>
            <th>目标值（原文）</th>
            <th>目标年份</th>
            <th>期间</th>
            <th>出处</th>
          </tr>
        </thead>
        <tbody>
          {targets.map((t) => (
            <tr key={t.id} data-target={t.id} data-indicator={t.indicator ?? 'none'}>
              <td data-label="指标">
                <Indicator target={t} names={names} />
              </td>
              <td data-label="范围">{scopeText(t.scope)}</td>
              <td data-label="目标值">
                <TargetLink target={t} plans={plans} />
              </td>
              <td data-label="目标年份">{targetYearText(t)}</td>
              <td data-label="期间">{periodText(t)}</td>
              <td data-label="出处" class="small ledger-source">
                <span class="muted">《{plans.get(t.plan)?.title ?? t.plan}》</span> {targetSentence(t)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
