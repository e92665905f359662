/** One department: who it is, its tasks by role per plan (in document order, the clause as evidence), its industries and partners, the same body elsewhere. */
import type { DepartmentDetail as Detail, DepartmentSummary } from '../../../../server/contract.ts';
import { hrefTo, readerHref } from '../../app/links.ts';
import { DEPARTMENT_LEVEL_NAMES, DEPARTMENT_TYPE_NAMES, evidenceSentence, formatNumber, ROLE_NAMES, ROLE_ORDER } from '../../format.ts';
import { ROLE_COLOURS } from '../../graph/style.ts';
import { Bar, RoleBadge, RoleBarChart, roleValues, type RoleCounts } from '../../ui/bars.tsx';
import { Heading } from '../../ui/controls.tsx';
import { EntityLink } from '../../ui/entities.tsx';
import { Marked } from '../../ui/marked.tsx';
import { Empty } from '../../ui/states.tsx';
import { taskPathLabel } from './task-order.ts';

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

type PlanTask = Detail['plans'][number]['tasks'][number];

/** A task's completion time as printed, linked to the clause that sets it; its last day as the machine-readable date. */
function Deadline({ task }: { task: PlanTask }) {
  if (!task.deadline) return <span class="muted small">—</span>;
  const cited = task.evidence.find((e) => e.text.includes(task.deadline as string)) ?? task.evidence[0];
  const text = task.deadlineDate ? <time dateTime={task.deadlineDate}>{task.deadline}</time> : <span>{task.deadline}</span>;
  const title = task.deadlineDate ? `最迟 ${task.deadlineDate}` : '无具体日期';
  return cited ? <a href={readerHref(cited)} title={`${title}；查看原文`}>{text}</a> : <span title={title}>{text}</span>;
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
              <th>完成时限</th>
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
                <td data-label="完成时限" class="deadline">
                  <Deadline task={t} />
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

/** A name a reform retired, and today's body of its kind; a body whose plan names no city. */
function Standing({ department, successor }: { department: Detail['department']; successor: DepartmentSummary | null }) {
  const d = department;
  return (
    <>
      {d.until !== undefined ? (
        <p class="dept-note retired" role="note">
          <span class="badge badge-warn">旧称</span> 此名称沿用至{d.until}年机构改革，现由
          {successor ? <a href={hrefTo('departments', { id: successor.department.id })}>{d.successor}</a> : <strong>{d.successor ?? '同类部门'}</strong>}
          承担{successor ? '' : '（图中暂无该部门的任务）'}。
        </p>
      ) : null}
      {d.unqualified ? (
        <p class="dept-note unqualified" role="note">
          <span class="badge badge-warn">城市未知</span> 所在规划未写明城市：按原文名称保留，只属于该规划，不与其他城市的同名部门合并。
        </p>
      ) : null}
    </>
  );
}

function Identity({ detail, successor }: { detail: Detail; successor: DepartmentSummary | null }) {
  const d = detail.department;
  return (
    <section class="card dept-identity">
      <div class="tag">部门</div>
      <h1>{d.name}</h1>
      <Standing department={d} successor={successor} />
      <dl class="kv">
        <dt>城市</dt>
        <dd>{d.city ?? (d.unqualified ? '未知（规划未写明）' : '（省级或国家级）')}</dd>
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

export function DepartmentDetail({ detail, successor }: { detail: Detail; successor: DepartmentSummary | null }) {
  const tasks = detail.plans.reduce((s, p) => s + p.tasks.length, 0);
  return (
    <div class="page">
      <Identity detail={detail} successor={successor} />
      <SameKind detail={detail} />
      <section class="card">
        <Heading text="各文件中的任务" count={tasks} />
        {detail.plans.length === 0 ? <Empty>该部门没有分配到任务</Empty> : detail.plans.map((plan) => <PlanTasks key={plan.id} plan={plan} />)}
      </section>
      <Related detail={detail} />
    </div>
  );
}
