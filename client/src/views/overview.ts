/**
 * 概览: the cities side by side (plans and counts), and the concept × city matrix as a heatmap. A cell
 * opens that concept's overlap for that city (industries) or its sentences in that city (platforms,
 * enterprises).
 */
import { api, isAbort } from '../api.ts';
import { announce, documentCatalog, navigate, overviewCatalog, type View } from '../app.ts';
import { empty, entityLink, evidenceList, exploreLink, failure, link, loading, segmented } from '../components.ts';
import { debounce, el, setChildren } from '../dom.ts';
import { formatNumber, formatPeriod, LABEL_NAMES } from '../format.ts';
import { hrefTo, type StateOf, type ViewState } from '../state.ts';
import type { Evidence, Matrix, MatrixLabel, Overview, PlanSummary } from '../types.ts';
import { broadestCities } from '../heatmap.ts';

const METRICS: { key: keyof Overview['cities'][number]['counts'] | 'plans'; name: string; unit: string }[] = [
  { key: 'plans', name: '规划文件', unit: '份' },
  { key: 'tasks', name: '重点任务', unit: '项' },
  { key: 'targets', name: '量化目标', unit: '个' },
  { key: 'departments', name: '责任部门', unit: '个' },
  { key: 'industries', name: '产业', unit: '个' },
  { key: 'enterprises', name: '企业', unit: '家' },
  { key: 'platforms', name: '平台', unit: '个' },
];

const MATRIX_OPTIONS: { value: MatrixLabel; label: string }[] = [
  { value: 'Industry', label: '产业' },
  { value: 'Platform', label: '平台' },
  { value: 'Enterprise', label: '企业' },
];

const ROW_LIMIT = 40;
/** Columns shown before “显示全部城市”: beyond a few dozen a heatmap is unreadable (and slow to build). */
const CITY_LIMIT = 30;

/** Sequential colour for a count: pale blue → deep blue, on a log scale. */
export function heatColour(count: number, max: number): { background: string; text: string } {
  if (count <= 0) return { background: '#f8fafc', text: '#94a3b8' };
  const t = Math.log1p(count) / Math.log1p(Math.max(1, max));
  const from = [224, 236, 255];
  const to = [29, 78, 216];
  const mix = from.map((f, i) => Math.round(f + ((to[i] as number) - f) * t));
  return { background: `rgb(${mix.join(',')})`, text: t > 0.55 ? '#ffffff' : '#0f172a' };
}

export function mount(root: HTMLElement, initial: StateOf<'overview'>): View {
  let state = initial;
  const controller = new AbortController();
  const cards = el('div', { class: 'city-cards' }, loading());
  const matrixHost = el('div', { class: 'matrix-host' }, loading());
  const drawer = el('aside', { class: 'drawer', hidden: true, 'aria-label': '单元格证据', tabindex: '-1' });
  let matrix: Matrix | null = null;
  let filter = '';
  let activeSet: string | null = null;
  let showAll = false;
  let showAllCities = false;
  let plans = new Map<string, PlanSummary>();

  const labelSwitch = segmented(MATRIX_OPTIONS, state.label, (label) => navigate({ view: 'overview', label }, { replace: true }), '热力图类别');
  const filterInput = el('input', { type: 'search', class: 'input input-small', placeholder: '筛选概念…', 'aria-label': '按名称筛选概念' });
  filterInput.addEventListener(
    'input',
    debounce(() => {
      filter = filterInput.value.trim();
      renderMatrix();
    }, 120),
  );

  root.append(
    el(
      'div',
      { class: 'page' },
      el('div', { class: 'page-head' }, el('h1', { id: 'overview-title' }, '各市产业政策概览'), el('p', { class: 'lead', id: 'overview-lead' }, '正在加载…')),
      el('section', { 'aria-labelledby': 'cities-heading' }, el('h2', { id: 'cities-heading', class: 'visually-hidden' }, '各市规划'), cards),
      el(
        'section',
        { class: 'card matrix-card', 'aria-labelledby': 'matrix-heading' },
        el(
          'div',
          { class: 'card-head' },
          el('h2', { id: 'matrix-heading' }, '概念 × 城市 热力图'),
          el('div', { class: 'toolbar-inline' }, labelSwitch, filterInput),
        ),
        el('p', { class: 'muted small' }, '颜色越深，该市规划提及次数越多；点击单元格查看该市的原文证据。'),
        matrixHost,
      ),
      drawer,
    ),
  );

  const renderCards = (overview: Overview) => {
    const title = root.querySelector('#overview-title');
    const numerals = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
    if (title && overview.cities.length > 1) title.textContent = `${numerals[overview.cities.length] ?? overview.cities.length}市产业政策概览`;
    const lead = root.querySelector('#overview-lead');
    if (lead) lead.textContent = `${overview.cities.map((c) => c.city).join('、')}共 ${overview.cities.reduce((s, c) => s + c.plans.length, 0)} 份规划文件的产业、任务、部门与目标`;
    if (overview.cities.length === 0) {
      setChildren(cards, empty('暂无城市数据：请先导入规划文件'));
      return;
    }
    const value = (c: Overview['cities'][number], key: (typeof METRICS)[number]['key']) => (key === 'plans' ? c.plans.length : c.counts[key]);
    const max = Object.fromEntries(METRICS.map((m) => [m.key, Math.max(1, ...overview.cities.map((c) => value(c, m.key)))]));
    setChildren(
      cards,
      overview.cities.map((city) =>
        el(
          'article',
          { class: 'card city-card', 'aria-label': city.city, dataset: { city: city.city } },
          el('div', { class: 'city-card-head' }, el('h3', null, city.city), el('div', { class: 'city-actions' }, link(hrefTo('compare', { a: city.city }), '对比', { class: 'btn btn-small btn-ghost' }), link(hrefTo('departments', { city: city.city }), '部门', { class: 'btn btn-small btn-ghost' }))),
          el(
            'dl',
            { class: 'metrics' },
            METRICS.map((m) => {
              const v = value(city, m.key);
              return el(
                'div',
                { class: 'metric' },
                el('dt', null, m.name),
                el('dd', null, el('strong', null, formatNumber(v)), el('span', { class: 'unit' }, m.unit), el('span', { class: 'metric-bar', 'aria-hidden': 'true' }, el('span', { style: { width: `${(v / (max[m.key] ?? 1)) * 100}%` } }))),
              );
            }),
          ),
          el(
            'ul',
            { class: 'plan-list' },
            city.plans.map((p) => {
              const summary = plans.get(p.id);
              return el('li', null, link(hrefTo('reader', { plan: p.id }), p.title, { class: 'plan-link' }), summary?.period ? el('span', { class: 'muted small' }, ` ${formatPeriod(summary.period)}`) : null);
            }),
          ),
        ),
      ),
    );
  };

  const openCell = async (entity: Matrix['rows'][number]['entity'], city: string, count: number) => {
    if (entity.label === 'Industry') {
      navigate(hrefTo('overlap', { concept: entity.name, related: true, city }));
      return;
    }
    // Platforms and enterprises: the MENTIONS edges from the city's plans carry the sentences.
    drawer.hidden = false;
    setChildren(drawer, el('div', { class: 'drawer-head' }, el('h2', null, `${entity.name} · ${city}`), el('button', { type: 'button', class: 'btn btn-small btn-ghost', 'aria-label': '关闭', onclick: () => (drawer.hidden = true) }, '×')), loading());
    drawer.focus();
    try {
      const overview = await overviewCatalog();
      const cityPlans = new Set((overview.cities.find((c) => c.city === city)?.plans ?? []).map((p) => p.id));
      const around = await api.neighborhood(entity.id, { depth: 1, labels: ['Plan'], limit: 50 }, controller.signal);
      const mentions = around.elements.edges.filter((e) => e.data.type === 'MENTIONS' && cityPlans.has(e.data.source) && e.data.evidence > 0);
      const found = await Promise.all(mentions.map((e) => api.edge(e.data.id, controller.signal)));
      const evidence: Evidence[] = found.flatMap((f) => f.edge.evidence ?? []);
      setChildren(
        drawer,
        el('div', { class: 'drawer-head' }, el('h2', null, `${entity.name} · ${city}`), el('button', { type: 'button', class: 'btn btn-small btn-ghost', 'aria-label': '关闭', onclick: () => (drawer.hidden = true) }, '×')),
        el('p', { class: 'muted small' }, `${LABEL_NAMES[entity.label]} · 提及 ${formatNumber(count)} 次 · `, exploreLink(entity.id)),
        evidence.length > 0 ? evidenceList(evidence, plans, 10) : empty('暂无原文证据'),
      );
    } catch (error) {
      if (!isAbort(error)) drawer.appendChild(failure(error));
    }
  };

  function renderMatrix(): void {
    if (!matrix) return;
    const m = matrix;
    if (m.rows.length === 0) {
      setChildren(matrixHost, empty());
      return;
    }
    const max = Math.max(1, ...m.rows.flatMap((r) => m.cities.map((c) => r.counts[c] ?? 0)));
    const sets: { key: string; name: string; ids: Set<string> }[] = [
      { key: 'all', name: m.cities.length > 1 ? `${m.cities.length} 市共有` : '全部', ids: new Set(m.sets.inAll) },
      ...m.cities.map((c) => ({ key: `only:${c}`, name: `仅${c}`, ids: new Set(m.sets.onlyIn[c] ?? []) })),
    ];
    const chosen = sets.find((s) => s.key === activeSet);
    let rows = m.rows;
    if (chosen) rows = rows.filter((r) => chosen.ids.has(r.entity.id));
    if (filter) rows = rows.filter((r) => r.entity.name.includes(filter));
    const visible = showAll || filter ? rows : rows.slice(0, ROW_LIMIT);
    const columns = showAllCities ? m.cities : broadestCities(m, CITY_LIMIT);
    const chips = el(
      'div',
      { class: 'set-chips', role: 'group', 'aria-label': '集合筛选' },
      el('span', { class: 'muted small' }, `共 ${formatNumber(m.rows.length)} 个${LABEL_NAMES[m.label]}：`),
      sets.map((s) =>
        el(
          'button',
          {
            type: 'button',
            class: 'chip chip-button',
            'aria-pressed': activeSet === s.key ? 'true' : 'false',
            onclick: () => {
              activeSet = activeSet === s.key ? null : s.key;
              renderMatrix();
            },
          },
          s.name,
          el('span', { class: 'count' }, formatNumber(s.ids.size)),
        ),
      ),
    );
    const table = el(
      'table',
      { class: 'heatmap', 'aria-describedby': 'matrix-heading' },
      el('caption', { class: 'visually-hidden' }, `${LABEL_NAMES[m.label]} × 城市 提及次数`),
      el(
        'thead',
        null,
        el(
          'tr',
          null,
          el('th', { scope: 'col', class: 'concept-col' }, LABEL_NAMES[m.label]),
          columns.map((c) => el('th', { scope: 'col' }, c)),
          el('th', { scope: 'col', class: 'num' }, '城市数'),
          el('th', { scope: 'col', class: 'num' }, '合计'),
        ),
      ),
      el(
        'tbody',
        null,
        visible.map((row) =>
          el(
            'tr',
            null,
            el('th', { scope: 'row', class: 'concept-col' }, entityLink(row.entity)),
            columns.map((city) => {
              const count = row.counts[city] ?? 0;
              const colour = heatColour(count, max);
              const label = `${row.entity.name} · ${city}：提及 ${count} 次`;
              return el(
                'td',
                { class: 'heat', style: { 'background-color': colour.background, color: colour.text } },
                count > 0
                  ? el('button', { type: 'button', class: 'heat-cell', 'aria-label': label, title: label, dataset: { city, entity: row.entity.id }, onclick: () => void openCell(row.entity, city, count) }, formatNumber(count))
                  : el('span', { class: 'heat-zero', 'aria-label': `${row.entity.name} · ${city}：未提及` }, '·'),
              );
            }),
            el('td', { class: 'num' }, formatNumber(row.cities)),
            el('td', { class: 'num' }, formatNumber(row.total)),
          ),
        ),
      ),
    );
    const scale = el(
      'div',
      { class: 'heat-scale', 'aria-hidden': 'true' },
      el('span', null, '少'),
      [1, Math.ceil(max / 8), Math.ceil(max / 3), max].map((v) => el('span', { class: 'heat-swatch', style: { 'background-color': heatColour(v, max).background } })),
      el('span', null, `多（最高 ${formatNumber(max)} 次）`),
    );
    setChildren(
      matrixHost,
      chips,
      rows.length === 0 ? empty('没有符合条件的概念') : el('div', { class: 'heatmap-scroll' }, table),
      el(
        'div',
        { class: 'matrix-foot' },
        scale,
        !filter && rows.length > ROW_LIMIT
          ? el(
              'button',
              {
                type: 'button',
                class: 'btn btn-small',
                onclick: () => {
                  showAll = !showAll;
                  renderMatrix();
                },
              },
              showAll ? `只显示前 ${ROW_LIMIT} 项` : `显示全部 ${formatNumber(rows.length)} 项`,
            )
          : null,
        m.cities.length > CITY_LIMIT
          ? el(
              'button',
              {
                type: 'button',
                class: 'btn btn-small',
                onclick: () => {
                  showAllCities = !showAllCities;
                  renderMatrix();
                },
              },
              showAllCities ? `只显示提及最广的 ${CITY_LIMIT} 个城市` : `显示全部 ${formatNumber(m.cities.length)} 个城市`,
            )
          : null,
      ),
    );
  }

  const loadMatrix = async () => {
    matrixHost.replaceChildren(loading());
    try {
      matrix = await api.matrix(state.label, undefined, controller.signal);
      activeSet = null;
      showAll = false;
      showAllCities = false;
      renderMatrix();
      announce(`已加载${LABEL_NAMES[state.label]}热力图`);
    } catch (error) {
      if (!isAbort(error)) setChildren(matrixHost, failure(error, () => void loadMatrix()));
    }
  };

  const loadCards = async () => {
    try {
      plans = new Map((await documentCatalog().catch(() => [])).map((d) => [d.id, d]));
      renderCards(await overviewCatalog(true));
    } catch (error) {
      if (!isAbort(error)) setChildren(cards, failure(error, () => void loadCards()));
    }
  };

  void loadCards();
  void loadMatrix();

  return {
    update(next: ViewState) {
      if (next.view !== 'overview') return false;
      const changed = next.label !== state.label;
      state = next;
      if (changed) {
        for (const b of labelSwitch.querySelectorAll('button')) b.setAttribute('aria-pressed', b.dataset.value === state.label ? 'true' : 'false');
        void loadMatrix();
      }
      return true;
    },
    destroy() {
      controller.abort();
    },
  };
}


