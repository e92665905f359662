/** Comparable targets side by side: one row per subject, metric and unit; one column per city; each value links to its sentence. */
import type { BenchmarkGroup, PlanSummary, TargetRef } from '../../../../server/contract.ts';
import { readerHref } from '../../app/links.ts';
import { formatTarget, formatYear } from '../../format.ts';
import { Empty } from '../../ui/states.tsx';

function TargetCell({ targets, plans }: { targets: TargetRef[]; plans: Map<string, PlanSummary> }) {
  if (targets.length === 0) return <span class="muted">—</span>;
  return (
    <div class="target-cell">
      {targets.map((t) => (
        <div key={t.id}>
          <span class="target-value">{formatTarget(t)}</span>
          <span class="muted small"> {formatYear(t.year, t.annual)}</span>
          {t.evidence[0] ? (
            <>
              {' '}
              <a href={readerHref(t.evidence[0])} class="small" title={`《${plans.get(t.plan)?.title ?? t.plan}》`}>
                原文
              </a>
            </>
          ) : null}
        </div>
      ))}
    </div>
  );
}

export function BenchmarkTable({ groups, cities, plans }: { groups: BenchmarkGroup[]; cities: string[]; plans: Map<string, PlanSummary> }) {
  if (groups.length === 0) return <Empty>暂无可比的量化目标</Empty>;
  return (
    <div class="table-scroll">
      <table class="data-table stack-table">
        <thead>
          <tr>
            <th>对标主题</th>
            <th>指标</th>
            <th>单位</th>
            {cities.map((c) => (
              <th key={c}>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={`${g.subject}|${g.metric}|${g.unit}`}>
              <td data-label="对标主题">
                <strong>{g.subject}</strong>
              </td>
              <td data-label="指标">{g.metric}</td>
              <td data-label="单位">{g.unit || '—'}</td>
              {cities.map((c) => (
                <td key={c} data-label={c}>
                  <TargetCell targets={g.targets.filter((t) => t.city === c)} plans={plans} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
