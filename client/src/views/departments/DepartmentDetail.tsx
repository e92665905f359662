/** One department: who it is, its tasks by role per plan (in document order, the clause as evidence), its industries and partners, the same body elsewhere. */
import type { DepartmentDetail as Detail, PlanSummary } from '../../../../server/contract.ts';
import { hrefTo, readerHref } from '../../app/links.ts';
import { DEPARTMENT_LEVEL_NAMES, DEPARTMENT_TYPE_NAMES, evidenceSentence, formatNumber, ROLE_NAMES, ROLE_ORDER, type Role } from '../../format.ts';
import { Bar, RoleBadge, RoleBarChart, roleValues, type RoleCounts } from '../../ui/bars.tsx';
import { Heading } from '../../ui/controls.tsx';
import { EntityLink } from '../../ui/entities.tsx';
import { Marked } from '../../ui/marked.tsx';
import { Empty } from '../../ui/states.tsx';
import { taskPathLabel } from './task-order.ts';

const ROLE_COLOURS: Record<Role, string> = { lead: '#3f7d3a', responsible: '#4e79a7', cooperating: '#76b7b2', joint: '#f28e2b', implicit: '#a8a29e' };

export function StatTiles({ counts, compact = false }: { counts: RoleCounts; compact?: boolean }) {
  const values = roleValues(counts);
  return (
    <div class="stat-tiles">
      {ROLE_ORDER.map((r) => (
        <div key={r} class="stat" style={{ background: ROLE_COLOURS[r] }}>
          <strong>{formatNumber(values[r])}</strong>
          <span>{compact ? ROLE_NAMES[r] : `${ROLE_NAMES[r]}任务`}</span>
        </div>
      ))}
    </div>
  );
}

function PlanTasks({ plan }: { plan: Detail['plans'][number] }) {
  return (
    <div class="plan-tasks">
      <h3>
        <a href={hrefTo('reader', { plan: plan.id })}>《{plan.title}》</a>
        <span class="count">{formatNumber(plan.tasks.length)}</span>
      </h3>
      <div class="table-scroll">
        <table class="data-table task-table stack-table">
          <thead>
            <tr>
              <th>编号</th>
              <th>任务</th>
              <th>角色</th>
              <th>责任条款（原文）</th>
            </tr>
          </thead>
          <tbody>
            {plan.tasks.map((t) => (
              <tr key={t.id} data-task={t.id}>
                <td class="small muted task-number" data-label="编号">{taskPathLabel(t)}</td>
                <td data-label="任务">
                  <a href={hrefTo('explore', { root: t.id })} title={`《${plan.title}》${taskPathLabel(t)} ${t.title || t.name}`}>
                    {t.title || t.name}
                  </a>
                </td>
                <td data-label="角色">
                  <RoleBadge role={t.role} />
                </td>
                <td class="clause" data-label="责任条款">
                  {t.evidence.length === 0 ? (
                    <span class="muted small">—</span>
                  ) : (
                    t.evidence.slice(0, 2).map((e) => (
                      <div key={`${e.start}`} class="clause-quote">
                        <Marked text={evidenceSentence(e)} term={e.term} />{' '}
                        <a href={readerHref(e)} class="small">
                          原文 →
                        </a>
                      </div>
                    ))
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function Identity({ detail }: { detail: Detail }) {
  const d = detail.department;
  return (
    <section class="card dept-identity">
      <div class="tag">部门</div>
      <h1>{d.name}</h1>
      <dl class="kv">
        <dt>城市</dt>
        <dd>{d.city ?? '（省级或国家级）'}</dd>
        <dt>层级 / 类型</dt>
        <dd>{`${DEPARTMENT_LEVEL_NAMES[d.level] ?? d.level} · ${DEPARTMENT_TYPE_NAMES[d.type] ?? d.type}`}</dd>
        <dt>类别</dt>
        <dd>
          <a href={hrefTo('departments', { kind: d.kind })} title="查看各市同类部门">{d.kind}</a>
        </dd>
        {d.aliases.length > 0 ? [<dt key="a">文中称谓</dt>, <dd key="av">{d.aliases.join('、')}</dd>] : null}
      </dl>
      <StatTiles counts={detail.tasks} />
      <div class="actions">
        <a href={hrefTo('explore', { root: d.id })} class="btn btn-small">在探索中查看关系</a>
        <a href={hrefTo('departments', { kind: d.kind })} class="btn btn-small">各市“{d.kind}”部门对比</a>
      </div>
    </section>
  );
}

function SameKind({ detail }: { detail: Detail }) {
  if (detail.sameKind.length === 0) return null;
  const rows = [
    { key: detail.department.id, counts: detail.tasks, label: <strong>{detail.department.name}</strong> },
    ...detail.sameKind.map((s) => ({ key: s.department.id, counts: s.tasks, label: <a href={hrefTo('departments', { id: s.department.id })}>{s.department.name}</a> })),
  ];
  return (
    <section class="card">
      <Heading text="其他城市的同类部门" count={detail.sameKind.length} />
      <RoleBarChart rows={rows} />
    </section>
  );
}

function Related({ detail }: { detail: Detail }) {
  const maxPartner = Math.max(1, ...detail.partners.map((p) => p.sharedTasks));
  return (
    <div class="compare-grid">
      <section class="card">
        <Heading text="涉及产业" count={detail.industries.length} />
        {detail.industries.length === 0 ? <Empty /> : (
          <div class="chips">
            {detail.industries.map((i) => (
              <a key={i.id} href={hrefTo('overlap', { concept: i.name, related: true })} class="chip">
                {i.name}
                {i.tasks > 0 ? <span class="count">{formatNumber(i.tasks)}</span> : null}
                {i.oversees ? <span class="badge badge-warn">挂钩</span> : null}
              </a>
            ))}
          </div>
        )}
      </section>
      <section class="card">
        <Heading text="协同部门" count={detail.partners.length} />
        <p class="muted small">同一任务中共同承担责任的部门（共同任务数）。</p>
        {detail.partners.length === 0 ? <Empty /> : (
          <div class="hbar-chart">
            {detail.partners.slice(0, 15).map((p) => (
              <div key={p.id} class="hbar-row">
                <EntityLink entity={p} />
                <Bar value={p.sharedTasks} max={maxPartner} color="#4e79a7" label={`共同任务 ${p.sharedTasks} 项`} />
                <span />
              </div>
            ))}
          </div>
        )}
      </section>
    </div>
  );
}

export function DepartmentDetail({ detail }: { detail: Detail; plans: Map<string, PlanSummary> }) {
  const tasks = detail.plans.reduce((s, p) => s + p.tasks.length, 0);
  return (
    <div class="page">
      <Identity detail={detail} />
      <SameKind detail={detail} />
      <section class="card">
        <Heading text="各文件中的任务" count={tasks} />
        {detail.plans.length === 0 ? <Empty>该部门没有分配到任务</Empty> : detail.plans.map((plan) => <PlanTasks key={plan.id} plan={plan} />)}
      </section>
      <Related detail={detail} />
    </div>
  );
}
