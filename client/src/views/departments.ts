/**
 * 部门职责: one department — tasks it leads vs shares (负责 / 共同) vs inherits (承接) per plan, with
 * the responsibility clause as evidence, industries touched, partner departments — or one kind of body
 * across cities (工业和信息化 → each city's 工信局).
 */
import { api, isAbort } from '../api.ts';
import { announce, cityList, navigate, planTitles, type View } from '../app.ts';
import { bar, empty, entityLink, failure, heading, link, loading, roleBadge, roleBar, roleLegend } from '../components.ts';
import { debounce, el, markTerm, setChildren } from '../dom.ts';
import { DEPARTMENT_LEVEL_NAMES, DEPARTMENT_TYPE_NAMES, evidenceSentence, formatNumber, ROLE_NAMES, ROLE_ORDER } from '../format.ts';
import { hrefTo, readerHref, type StateOf, type ViewState } from '../state.ts';
import type { DepartmentDetail, DepartmentSummary, PlanSummary, Role, RoleCounts } from '../types.ts';

const ROLE_COLOURS: Record<Role, string> = { lead: '#3f7d3a', responsible: '#4e79a7', cooperating: '#76b7b2', joint: '#f28e2b', implicit: '#a8a29e' };
const total = (c: RoleCounts) => c.led + c.responsible + c.cooperating + c.joint + c.implicit;
const roleValue = (c: RoleCounts, r: Role) => (r === 'lead' ? c.led : c[r]);

export function mount(root: HTMLElement, initial: StateOf<'departments'>): View {
  let state = initial;
  let controller = new AbortController();
  let all: DepartmentSummary[] = [];
  let plans = new Map<string, PlanSummary>();
  let filterText = '';

  const citySelect = el('select', { class: 'input', 'aria-label': '按城市筛选部门' }, el('option', { value: '' }, '全部城市'));
  citySelect.addEventListener('change', () => navigate({ ...state, city: citySelect.value || null }, { replace: true }));
  const kindSelect = el('select', { class: 'input', 'aria-label': '按部门类别横向对比' }, el('option', { value: '' }, '按类别跨市对比…'));
  kindSelect.addEventListener('change', () => navigate({ view: 'departments', id: null, kind: kindSelect.value || null, city: state.city }));
  const filterInput = el('input', { type: 'search', class: 'input', placeholder: '筛选部门名称…', 'aria-label': '筛选部门名称' });
  filterInput.addEventListener(
    'input',
    debounce(() => {
      filterText = filterInput.value.trim();
      renderList();
    }, 100),
  );
  const list = el('nav', { class: 'dept-list', 'aria-label': '部门列表' }, loading());
  const main = el('div', { class: 'dept-main' }, el('div', { class: 'page' }, loading()));

  root.append(
    el(
      'div',
      { class: 'dept-layout' },
      el('div', { class: 'dept-list-pane' }, el('div', { class: 'dept-filters' }, el('h1', { style: { 'font-size': '17px' } }, '部门职责'), citySelect, kindSelect, filterInput, roleLegend()), list),
      main,
    ),
  );

  function renderList(): void {
    let rows = state.city ? all.filter((d) => d.department.city === state.city) : all;
    if (filterText) rows = rows.filter((d) => d.department.name.includes(filterText) || d.department.kind.includes(filterText));
    if (rows.length === 0) {
      setChildren(list, empty('没有符合条件的部门'));
      return;
    }
    const max = Math.max(1, ...rows.map((d) => total(d.tasks)));
    setChildren(
      list,
      rows.map((d) =>
        link(
          hrefTo('departments', { id: d.department.id, city: state.city }),
          [
            el('span', { class: 'name' }, d.department.name),
            el('span', { class: 'meta' }, `${d.tasks.led > 0 ? `牵头 ${d.tasks.led} · ` : ''}${formatNumber(total(d.tasks))} 项`),
            roleBar(d.tasks, max),
          ],
          { class: 'dept-item', ...(d.department.id === state.id ? { 'aria-current': 'true' } : {}), title: `${d.department.name}（${d.department.city ?? '省/国家级'}）` },
        ),
      ),
    );
    list.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }

  const statTiles = (counts: RoleCounts, compact = false) =>
    el(
      'div',
      { class: 'stat-tiles' },
      ROLE_ORDER.map((r) => el('div', { class: 'stat', style: { background: ROLE_COLOURS[r] } }, el('strong', null, formatNumber(roleValue(counts, r))), el('span', null, compact ? ROLE_NAMES[r] : `${ROLE_NAMES[r]}任务`))),
    );

  function renderDetail(detail: DepartmentDetail): HTMLElement {
    const d = detail.department;
    const maxPartner = Math.max(1, ...detail.partners.map((p) => p.sharedTasks));
    const maxSame = Math.max(1, total(detail.tasks), ...detail.sameKind.map((s) => total(s.tasks)));
    return el(
      'div',
      { class: 'page' },
      el(
        'section',
        { class: 'card', style: { display: 'flex', 'flex-direction': 'column', gap: '12px' } },
        el('div', { class: 'tag' }, '部门'),
        el('h1', null, d.name),
        el(
          'dl',
          { class: 'kv' },
          el('dt', null, '城市'),
          el('dd', null, d.city ?? '（省级或国家级）'),
          el('dt', null, '层级 / 类型'),
          el('dd', null, `${DEPARTMENT_LEVEL_NAMES[d.level] ?? d.level} · ${DEPARTMENT_TYPE_NAMES[d.type] ?? d.type}`),
          el('dt', null, '类别'),
          el('dd', null, link(hrefTo('departments', { kind: d.kind }), d.kind, { title: '查看各市同类部门' })),
          d.aliases.length > 0 ? [el('dt', null, '文中称谓'), el('dd', null, d.aliases.join('、'))] : null,
        ),
        statTiles(detail.tasks),
        el('div', { class: 'actions' }, link(hrefTo('explore', { id: d.id }), '在探索中查看关系', { class: 'btn btn-small' }), link(hrefTo('departments', { kind: d.kind }), `各市“${d.kind}”部门对比`, { class: 'btn btn-small' })),
      ),
      detail.sameKind.length > 0
        ? el(
            'section',
            { class: 'card' },
            heading('h2', '其他城市的同类部门', detail.sameKind.length),
            el(
              'div',
              { class: 'hbar-chart', style: { 'margin-top': '8px' } },
              [{ department: d, tasks: detail.tasks, plans: detail.plans.length, self: true }, ...detail.sameKind.map((s) => ({ ...s, self: false }))].map((s) =>
                el(
                  'div',
                  { class: 'hbar-row' },
                  s.self ? el('strong', null, s.department.name) : link(hrefTo('departments', { id: s.department.id }), s.department.name),
                  roleBar(s.tasks, maxSame),
                  el('span', { class: 'small muted num' }, `${formatNumber(total(s.tasks))} 项`),
                ),
              ),
            ),
          )
        : null,
      el(
        'section',
        { class: 'card' },
        heading('h2', '各文件中的任务', detail.plans.reduce((s, p) => s + p.tasks.length, 0)),
        detail.plans.length === 0
          ? empty('该部门没有分配到任务')
          : detail.plans.map((plan) =>
              el(
                'div',
                { style: { 'margin-top': '12px' } },
                el('h3', null, link(hrefTo('reader', { plan: plan.id }), `《${plan.title}》`), el('span', { class: 'count' }, formatNumber(plan.tasks.length))),
                el(
                  'div',
                  { class: 'table-scroll', style: { 'margin-top': '6px', 'max-height': '420px' } },
                  el(
                    'table',
                    { class: 'data-table task-table' },
                    el('thead', null, el('tr', null, el('th', null, '编号'), el('th', null, '任务'), el('th', null, '角色'), el('th', null, '责任条款（原文）'))),
                    el(
                      'tbody',
                      null,
                      plan.tasks.map((t) =>
                        el(
                          'tr',
                          null,
                          el('td', { class: 'small muted' }, t.number),
                          el('td', null, link(hrefTo('explore', { id: t.id }), t.title || t.name)),
                          el('td', null, roleBadge(t.role)),
                          el(
                            'td',
                            { class: 'clause' },
                            t.evidence.length === 0
                              ? el('span', { class: 'muted small' }, '—')
                              : t.evidence.slice(0, 2).map((e) => el('div', { class: 'clause-quote' }, markTerm(evidenceSentence(e), e.term), ' ', link(readerHref(e), '原文 →', { class: 'small' }))),
                          ),
                        ),
                      ),
                    ),
                  ),
                ),
              ),
            ),
      ),
      el(
        'div',
        { class: 'compare-grid' },
        el(
          'section',
          { class: 'card' },
          heading('h2', '涉及产业', detail.industries.length),
          detail.industries.length === 0
            ? empty()
            : el(
                'div',
                { class: 'chips', style: { 'margin-top': '8px' } },
                detail.industries.map((i) =>
                  link(hrefTo('overlap', { concept: i.name, related: true }), [i.name, i.tasks > 0 ? el('span', { class: 'count' }, formatNumber(i.tasks)) : null, i.oversees ? el('span', { class: 'badge badge-warn' }, '挂钩') : null], { class: 'chip' }),
                ),
              ),
        ),
        el(
          'section',
          { class: 'card' },
          heading('h2', '协同部门', detail.partners.length),
          el('p', { class: 'muted small' }, '同一任务中共同承担责任的部门（共同任务数）。'),
          detail.partners.length === 0
            ? empty()
            : el(
                'div',
                { class: 'hbar-chart', style: { 'margin-top': '8px' } },
                detail.partners.slice(0, 15).map((p) => el('div', { class: 'hbar-row' }, entityLink(p), bar(p.sharedTasks, maxPartner, { color: '#4e79a7', label: `共同任务 ${p.sharedTasks} 项` }), el('span', null))),
              ),
        ),
      ),
    );
  }

  function renderKind(kind: string, details: DepartmentDetail[]): HTMLElement {
    const max = Math.max(1, ...details.map((d) => total(d.tasks)));
    return el(
      'div',
      { class: 'page' },
      el('div', { class: 'page-head' }, el('h1', null, `“${kind}”部门跨市对比`), el('p', { class: 'lead' }, `${details.length} 个部门：各自牵头、负责、共同与承接的任务。`)),
      el(
        'section',
        { class: 'card' },
        heading('h2', '任务分布'),
        el(
          'div',
          { class: 'hbar-chart', style: { 'margin-top': '8px' } },
          details.map((d) => el('div', { class: 'hbar-row' }, link(hrefTo('departments', { id: d.department.id }), `${d.department.city ?? ''} · ${d.department.name}`), roleBar(d.tasks, max), el('span', { class: 'small muted num' }, `${formatNumber(total(d.tasks))} 项`))),
        ),
      ),
      el(
        'div',
        { class: 'kind-grid' },
        details.map((d) =>
          el(
            'section',
            { class: 'card', style: { display: 'flex', 'flex-direction': 'column', gap: '10px' } },
            el('div', { class: 'tag' }, d.department.city ?? '省级/国家级'),
            el('h2', null, link(hrefTo('departments', { id: d.department.id }), d.department.name)),
            statTiles(d.tasks, true),
            el('div', { class: 'small muted' }, `涉及 ${d.plans.length} 份文件 · ${d.industries.length} 个产业 · ${d.partners.length} 个协同部门`),
            d.industries.length > 0 ? el('div', { class: 'chips' }, d.industries.slice(0, 8).map((i) => link(hrefTo('overlap', { concept: i.name, related: true }), [i.name, el('span', { class: 'count' }, formatNumber(i.tasks))], { class: 'chip' }))) : null,
            d.partners.length > 0 ? el('div', { class: 'small' }, el('span', { class: 'muted' }, '主要协同：'), d.partners.slice(0, 4).map((p) => p.name).join('、')) : null,
          ),
        ),
      ),
    );
  }

  function renderHome(): HTMLElement {
    const rows = (state.city ? all.filter((d) => d.department.city === state.city) : all).slice(0, 20);
    const max = Math.max(1, ...rows.map((d) => total(d.tasks)));
    const kinds = kindOptions().slice(0, 10);
    return el(
      'div',
      { class: 'page' },
      el('div', { class: 'page-head' }, el('h1', null, state.city ? `${state.city}的部门职责` : '部门职责'), el('p', { class: 'lead' }, '从左侧选择一个部门查看其任务，或按类别对比各市的同类部门。')),
      el(
        'section',
        { class: 'card' },
        heading('h2', '任务最多的部门'),
        el('div', { style: { margin: '6px 0 10px' } }, roleLegend()),
        rows.length === 0
          ? empty()
          : el(
              'div',
              { class: 'hbar-chart' },
              rows.map((d) => el('div', { class: 'hbar-row' }, link(hrefTo('departments', { id: d.department.id, city: state.city }), d.department.name, { title: d.department.name }), roleBar(d.tasks, max), el('span', { class: 'small muted num' }, `${formatNumber(total(d.tasks))} 项`))),
            ),
      ),
      el('section', { class: 'card' }, heading('h2', '按类别跨市对比'), el('div', { class: 'chips', style: { 'margin-top': '8px' } }, kinds.map((k) => link(hrefTo('departments', { kind: k.kind }), [k.kind, el('span', { class: 'count' }, `${k.cities} 市`)], { class: 'chip' })))),
    );
  }

  function kindOptions(): { kind: string; cities: number }[] {
    const byKind = new Map<string, Set<string>>();
    for (const d of all) {
      if (!d.department.city) continue;
      const set = byKind.get(d.department.kind) ?? new Set<string>();
      set.add(d.department.city);
      byKind.set(d.department.kind, set);
    }
    return [...byKind]
      .filter(([, cities]) => cities.size >= 2)
      .map(([kind, cities]) => ({ kind, cities: cities.size }))
      .sort((a, b) => b.cities - a.cities || a.kind.localeCompare(b.kind, 'zh-CN'));
  }

  async function loadMain(): Promise<void> {
    controller.abort();
    controller = new AbortController();
    const signal = controller.signal;
    citySelect.value = state.city ?? '';
    kindSelect.value = state.kind ?? '';
    renderList();
    try {
      if (state.id) {
        setChildren(main, el('div', { class: 'page' }, loading()));
        const detail = await api.department(state.id, signal);
        setChildren(main, renderDetail(detail));
        announce(`已加载：${detail.department.name}`);
      } else if (state.kind) {
        const members = all.filter((d) => d.department.kind === state.kind);
        if (members.length === 0) {
          setChildren(main, el('div', { class: 'page' }, empty(`没有类别为“${state.kind}”的部门`)));
          return;
        }
        setChildren(main, el('div', { class: 'page' }, loading()));
        const details = await Promise.all(members.map((m) => api.department(m.department.id, signal)));
        details.sort((a, b) => (a.department.city ?? '~').localeCompare(b.department.city ?? '~', 'zh-CN'));
        setChildren(main, renderKind(state.kind, details));
        announce(`已对比 ${details.length} 个“${state.kind}”部门`);
      } else {
        setChildren(main, renderHome());
      }
      main.scrollTop = 0;
    } catch (error) {
      if (!isAbort(error)) setChildren(main, el('div', { class: 'page' }, failure(error, () => void loadMain())));
    }
  }

  async function init(): Promise<void> {
    try {
      const [departments, cities, titles] = await Promise.all([api.departments(undefined, controller.signal), cityList(), planTitles()]);
      all = departments.departments;
      plans = titles;
      void plans;
      citySelect.append(...cities.map((c) => el('option', { value: c }, c)));
      kindSelect.append(...kindOptions().map((k) => el('option', { value: k.kind }, `${k.kind}（${k.cities} 市）`)));
      await loadMain();
    } catch (error) {
      if (isAbort(error)) return;
      setChildren(list, failure(error, () => void init()));
      setChildren(main, el('div', { class: 'page' }, failure(error)));
    }
  }

  void init();

  return {
    update(next: ViewState) {
      if (next.view !== 'departments') return false;
      state = next;
      if (all.length > 0) void loadMain();
      return true;
    },
    destroy() {
      controller.abort();
    },
  };
}
