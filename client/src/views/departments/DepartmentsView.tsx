/**
 * 部门职责: the departments (filter by city, name, kind) beside one department's tasks, one kind of body
 * across cities, or — with nothing chosen — the departments with most tasks.
 */
import type { DepartmentDetail as Detail, DepartmentSummary } from '../../../../server/contract.ts';
import { hrefTo } from '../../app/links.ts';
import { useViewController } from '../../app/use-controller.ts';
import type { ViewProps } from '../../app/view-route.ts';
import { formatNumber } from '../../format.ts';
import { RoleBar, RoleBarChart, RoleLegend, totalTasks } from '../../ui/bars.tsx';
import { Heading } from '../../ui/controls.tsx';
import { Async, Empty } from '../../ui/states.tsx';
import { DepartmentsController, kindOptions } from './controller.ts';
import { DepartmentDetail, StatTiles } from './DepartmentDetail.tsx';
import type { DepartmentsState } from './route.ts';

/** 牵头 5 · 配合 1 · 38 项: the marked roles a body holds, then all its tasks. */
function roleSummary(tasks: DepartmentSummary['tasks']): string {
  const marked = [tasks.led > 0 ? `牵头 ${tasks.led}` : '', tasks.cooperating > 0 ? `配合 ${tasks.cooperating}` : ''].filter(Boolean);
  return [...marked, `${formatNumber(totalTasks(tasks))} 项`].join(' · ');
}

function DepartmentList({ rows, state, alias }: { rows: DepartmentSummary[]; state: DepartmentsState; alias(d: DepartmentSummary['department']): string | null }) {
  if (rows.length === 0) return <Empty>没有符合条件的部门</Empty>;
  const max = Math.max(1, ...rows.map((d) => totalTasks(d.tasks)));
  return (
    <>
      {rows.map((d) => (
        <a key={d.department.id} href={hrefTo('departments', { id: d.department.id, city: state.city })} class="dept-item" data-id={d.department.id} aria-current={d.department.id === state.id ? 'true' : undefined} title={`${d.department.name}（${d.department.city ?? (d.department.unqualified ? '城市未知' : '省/国家级')}）`}>
          <span class="name">
            {d.department.name}
            {alias(d.department) ? <span class="dept-alias">（{alias(d.department)}）</span> : null}
            {d.department.until !== undefined ? <span class="badge badge-warn">旧称</span> : null}
            {d.department.unqualified ? <span class="badge badge-warn">城市未知</span> : null}
          </span>
          <span class="meta">{roleSummary(d.tasks)}</span>
          <RoleBar counts={d.tasks} max={max} />
        </a>
      ))}
    </>
  );
}

function KindComparison({ kind, details }: { kind: string; details: Detail[] }) {
  if (details.length === 0) return <div class="page"><Empty>没有类别为“{kind}”的部门</Empty></div>;
  return (
    <div class="page">
      <div class="page-head">
        <h1>“{kind}”部门跨市对比</h1>
        <p class="lead">{details.length} 个部门：各自牵头、负责、配合、共同与承接的任务。</p>
      </div>
      <section class="card">
        <Heading text="任务分布" />
        <RoleBarChart rows={details.map((d) => ({ key: d.department.id, counts: d.tasks, label: <a href={hrefTo('departments', { id: d.department.id })}>{`${d.department.city ?? ''} · ${d.department.name}`}</a> }))} />
      </section>
      <div class="kind-grid">
        {details.map((d) => (
          <section key={d.department.id} class="card kind-card">
            <div class="tag">{d.department.city ?? '省级/国家级'}</div>
            <h2><a href={hrefTo('departments', { id: d.department.id })}>{d.department.name}</a></h2>
            <StatTiles counts={d.tasks} compact />
            <div class="small muted">涉及 {d.plans.length} 份文件 · {d.industries.length} 个产业 · {d.partners.length} 个协同部门</div>
            <div class="chips">
              {d.industries.slice(0, 8).map((i) => <a key={i.id} href={hrefTo('overlap', { concept: i.name, related: true })} class="chip">{i.name}<span class="count">{formatNumber(i.tasks)}</span></a>)}
            </div>
            {d.partners.length > 0 ? <div class="small"><span class="muted">主要协同：</span>{d.partners.slice(0, 4).map((p) => p.name).join('、')}</div> : null}
          </section>
        ))}
      </div>
    </div>
  );
}

function Home({ rows, state, kinds }: { rows: DepartmentSummary[]; state: DepartmentsState; kinds: { kind: string; cities: number }[] }) {
  const top = rows.slice(0, 20);
  return (
    <div class="page">
      <div class="page-head">
        <h1>{state.city ? `${state.city}的部门职责` : '部门职责'}</h1>
        <p class="lead">选择一个部门查看其在各文件中的任务，或按类别对比各市的同类部门。</p>
      </div>
      <section class="card">
        <Heading text="任务最多的部门" />
        <RoleLegend />
        {top.length === 0 ? <Empty /> : <RoleBarChart rows={top.map((d) => ({ key: d.department.id, counts: d.tasks, label: <a href={hrefTo('departments', { id: d.department.id, city: state.city })} title={d.department.name}>{d.department.name}</a> }))} />}
      </section>
      <section class="card">
        <Heading text="按类别跨市对比" />
        <div class="chips">
          {kinds.slice(0, 10).map((k) => (
            <a key={k.kind} href={hrefTo('departments', { kind: k.kind })} class="chip">{k.kind}<span class="count">{k.cities} 市</span></a>
          ))}
        </div>
      </section>
    </div>
  );
}

export default function DepartmentsView({ state }: ViewProps<DepartmentsState>) {
  const controller = useViewController((deps) => new DepartmentsController(deps), state);
  const model = controller.model;
  const all = model.departments.status === 'ready' ? model.departments.value : [];
  const kinds = kindOptions(all);
  const rows = controller.listed();
  let main;
  if (controller.cityUnknown) main = <div class="page"><div class="state state-error unknown-city" role="alert">没有城市“{state.city}”的部门数据。现有城市：{model.cities.join('、')}。</div></div>;
  else if (state.id) main = controller.detailMissing ? <div class="page"><div class="state state-error" role="alert">没有找到部门“{state.id}”。</div></div> : <Async value={model.detail} retry={() => void controller.show(state)}>{(detail) => <DepartmentDetail detail={detail} successor={controller.successor} />}</Async>;
  else if (state.kind) main = <Async value={model.kind}>{(details) => <KindComparison kind={state.kind as string} details={details} />}</Async>;
  else main = <Home rows={rows} state={state} kinds={kinds} />;
  return (
    <div class="dept-layout">
      <div class="dept-list-pane">
        <div class="dept-filters">
          <h1 class="dept-title">部门职责</h1>
          <select class="input" aria-label="按城市筛选部门" value={state.city ?? ''} onChange={(e) => controller.setCity((e.target as HTMLSelectElement).value || null)}>
            <option value="">全部城市</option>
            {model.cities.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
          <select class="input" aria-label="按部门类别横向对比" value={state.kind ?? ''} onChange={(e) => controller.setKind((e.target as HTMLSelectElement).value || null)}>
            <option value="">按类别跨市对比…</option>
            {kinds.map((k) => <option key={k.kind} value={k.kind}>{`${k.kind}（${k.cities} 市）`}</option>)}
          </select>
          <input type="search" class="input" placeholder="筛选部门：全称、简称或类别…" aria-label="筛选部门名称" value={model.filter} onInput={(e) => void controller.setFilter((e.target as HTMLInputElement).value.trim())} />
          <RoleLegend />
        </div>
        <nav class="dept-list" aria-label="部门列表">
          <Async value={model.departments} retry={() => controller.retry()}>{() => <DepartmentList rows={rows} state={state} alias={(d) => controller.matchedAlias(d)} />}</Async>
        </nav>
      </div>
      <div class="dept-main">{main}</div>
    </div>
  );
}
