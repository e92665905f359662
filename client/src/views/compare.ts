/**
 * 城市对比: two cities — shared and unique industry concepts (three columns), similarity (Jaccard,
 * cosine), every other city ranked as a peer of A, and comparable targets side by side with evidence.
 */
import { api, isAbort } from '../api.ts';
import { announce, cityList, navigate, overviewCatalog, planTitles, type View } from '../app.ts';
import { bar, empty, failure, heading, link, loading } from '../components.ts';
import { el, setChildren } from '../dom.ts';
import { formatNumber, formatPercent, formatTarget, formatYear } from '../format.ts';
import { hrefTo, readerHref, type StateOf, type ViewState } from '../state.ts';
import type { BenchmarkGroup, Compare, EntityRef, Peers, PlanSummary, TargetRef } from '../types.ts';

const COLOUR_A = '#2563eb';
const COLOUR_B = '#ea580c';

export function mount(root: HTMLElement, initial: StateOf<'compare'>): View {
  let state = initial;
  let controller = new AbortController();
  let plans = new Map<string, PlanSummary>();
  const selectA = el('select', { class: 'input', 'aria-label': '城市 A', id: 'compare-a' });
  const selectB = el('select', { class: 'input', 'aria-label': '城市 B', id: 'compare-b' });
  const onChange = () => navigate({ view: 'compare', a: selectA.value, b: selectB.value });
  selectA.addEventListener('change', onChange);
  selectB.addEventListener('change', onChange);
  const swap = el('button', { type: 'button', class: 'btn', 'aria-label': '交换两个城市', title: '交换', onclick: () => navigate({ view: 'compare', a: selectB.value, b: selectA.value }) }, '⇄ 交换');
  const body = el('div', { class: 'compare-body', style: { display: 'flex', 'flex-direction': 'column', gap: '16px' } }, loading());

  root.append(
    el(
      'div',
      { class: 'page' },
      el(
        'div',
        { class: 'page-head' },
        el('h1', null, '城市对比'),
        el('p', { class: 'lead' }, '比较两市规划涉及的产业概念、相似度与可比的量化目标。'),
      ),
      el(
        'div',
        { class: 'card compare-pickers', style: { padding: '10px 16px' } },
        el('label', { for: 'compare-a', class: 'small muted' }, '城市 A'),
        selectA,
        swap,
        el('label', { for: 'compare-b', class: 'small muted' }, '城市 B'),
        selectB,
      ),
      body,
    ),
  );

  const conceptRow = (concept: EntityRef, right: HTMLElement) =>
    el('div', { class: 'concept-row' }, link(hrefTo('overlap', { concept: concept.name, related: true }), concept.name, { title: `查看“${concept.name}”的产业重叠` }), right);

  const column = (cls: string, title: string, count: number, rows: HTMLElement[]) =>
    el('section', { class: `card ${cls}` }, heading('h3', title, count), rows.length > 0 ? el('div', { class: 'concept-col-list' }, rows) : empty());

  const targetCell = (targets: TargetRef[]) =>
    targets.length === 0
      ? el('span', { class: 'muted' }, '—')
      : el(
          'div',
          { class: 'target-cell' },
          targets.map((t) =>
            el(
              'div',
              null,
              el('span', { class: 'target-value' }, formatTarget(t)),
              el('span', { class: 'muted small' }, ` ${formatYear(t.year, t.annual)}`),
              t.evidence[0] ? [' ', link(readerHref(t.evidence[0]), '原文', { class: 'small', title: `《${plans.get(t.plan)?.title ?? t.plan}》` })] : null,
            ),
          ),
        );

  const benchmarkTable = (groups: BenchmarkGroup[], cities: string[]) =>
    groups.length === 0
      ? empty('暂无可比的量化目标')
      : el(
          'div',
          { class: 'table-scroll' },
          el(
            'table',
            { class: 'data-table' },
            el('thead', null, el('tr', null, el('th', null, '对标主题'), el('th', null, '指标'), el('th', null, '单位'), cities.map((c) => el('th', null, c)))),
            el(
              'tbody',
              null,
              groups.map((g) =>
                el(
                  'tr',
                  null,
                  el('td', null, el('strong', null, g.subject)),
                  el('td', null, g.metric),
                  el('td', null, g.unit || '—'),
                  cities.map((c) => el('td', null, targetCell(g.targets.filter((t) => t.city === c)))),
                ),
              ),
            ),
          ),
        );

  const render = (compare: Compare, peers: Peers, allGroups: BenchmarkGroup[], cities: string[]) => {
    const maxShared = Math.max(1, ...compare.shared.flatMap((s) => [s.a, s.b]));
    const maxA = Math.max(1, ...compare.onlyA.map((s) => s.count));
    const maxB = Math.max(1, ...compare.onlyB.map((s) => s.count));
    const gauge = (name: string, value: number, note: string) =>
      el(
        'div',
        { class: 'gauge', role: 'group', 'aria-label': `${name} ${formatPercent(value)}` },
        el('span', { class: 'small muted' }, name),
        el('span', { class: 'gauge-value' }, formatPercent(value)),
        el('span', { class: 'gauge-track', 'aria-hidden': 'true' }, el('span', { style: { width: `${Math.round(value * 100)}%` } })),
        el('span', { class: 'small muted' }, note),
      );
    const maxPeer = Math.max(0.0001, ...peers.peers.map((p) => p.cosine));
    setChildren(
      body,
      el(
        'div',
        { class: 'compare-grid' },
        el(
          'section',
          { class: 'card' },
          heading('h2', `${compare.a} 与 ${compare.b} 的相似度`),
          el(
            'div',
            { class: 'similarity', style: { 'margin-top': '10px' } },
            gauge('Jaccard 相似度', compare.similarity.jaccard, `共有概念 ${compare.shared.length} / 全部 ${compare.shared.length + compare.onlyA.length + compare.onlyB.length}`),
            gauge('余弦相似度', compare.similarity.cosine, '按提及次数加权的产业组合'),
          ),
        ),
        el(
          'section',
          { class: 'card' },
          heading('h2', `与${compare.a}最相近的城市`),
          peers.peers.length === 0
            ? empty()
            : el(
                'table',
                { class: 'peer-table', style: { 'margin-top': '6px' } },
                el('thead', null, el('tr', null, el('th', null, '排名'), el('th', null, '城市'), el('th', null, '余弦'), el('th', null, 'Jaccard'), el('th', { class: 'num' }, '共有概念'))),
                el(
                  'tbody',
                  null,
                  peers.peers.map((p, i) =>
                    el(
                      'tr',
                      p.city === compare.b ? { style: { background: '#fff7ed' } } : null,
                      el('td', null, String(i + 1)),
                      el('td', null, link(hrefTo('compare', { a: compare.a, b: p.city }), p.city)),
                      el('td', null, bar(p.cosine, maxPeer, { text: formatPercent(p.cosine), color: COLOUR_A, label: `余弦 ${formatPercent(p.cosine)}` })),
                      el('td', null, formatPercent(p.jaccard)),
                      el('td', { class: 'num' }, formatNumber(p.shared)),
                    ),
                  ),
                ),
              ),
        ),
      ),
      el(
        'div',
        { class: 'columns3' },
        column(
          'col-a',
          `仅${compare.a}`,
          compare.onlyA.length,
          compare.onlyA.map((x) => conceptRow(x.concept, bar(x.count, maxA, { color: COLOUR_A, label: `${compare.a} 提及 ${x.count} 次` }))),
        ),
        column(
          'col-shared',
          '两市共有',
          compare.shared.length,
          compare.shared.map((x) =>
            conceptRow(
              x.concept,
              el(
                'div',
                { class: 'dual', title: `${compare.a} ${x.a} 次 · ${compare.b} ${x.b} 次` },
                bar(x.a, maxShared, { color: COLOUR_A, label: `${compare.a} ${x.a} 次` }),
                bar(x.b, maxShared, { color: COLOUR_B, label: `${compare.b} ${x.b} 次` }),
              ),
            ),
          ),
        ),
        column(
          'col-b',
          `仅${compare.b}`,
          compare.onlyB.length,
          compare.onlyB.map((x) => conceptRow(x.concept, bar(x.count, maxB, { color: COLOUR_B, label: `${compare.b} 提及 ${x.count} 次` }))),
        ),
      ),
      el(
        'section',
        { class: 'card' },
        heading('h2', `${compare.a} 与 ${compare.b} 的可比目标`, compare.benchmarks.length),
        el('p', { class: 'muted small', style: { margin: '4px 0 10px' } }, '同一主题、同一指标、同一单位的量化目标；点击“原文”查看出处。'),
        benchmarkTable(compare.benchmarks, [compare.a, compare.b]),
      ),
      el(
        'section',
        { class: 'card' },
        heading('h2', '各市可比目标', allGroups.length),
        el('p', { class: 'muted small', style: { margin: '4px 0 10px' } }, '至少两个城市设定的同类目标。'),
        benchmarkTable(allGroups, cities),
      ),
    );
  };

  const load = async () => {
    controller.abort();
    controller = new AbortController();
    const signal = controller.signal;
    setChildren(body, loading());
    try {
      const cities = await cityList();
      if (cities.length < 2) {
        setChildren(body, empty('至少需要两个城市的规划文件才能对比'));
        return;
      }
      // By default: the city with the most plans against the next.
      const ranked = [...(await overviewCatalog()).cities].sort((x, y) => y.plans.length - x.plans.length).map((x) => x.city);
      const a = state.a && cities.includes(state.a) ? state.a : (ranked[0] ?? (cities[0] as string));
      const b = state.b && cities.includes(state.b) && state.b !== a ? state.b : (ranked.find((c) => c !== a) ?? (cities.find((c) => c !== a) as string));
      if (a !== state.a || b !== state.b) {
        navigate({ view: 'compare', a, b }, { replace: true });
        return;
      }
      setChildren(selectA, cities.map((c) => el('option', { value: c, ...(c === a ? { selected: true } : {}) }, c)));
      setChildren(selectB, cities.map((c) => el('option', { value: c, ...(c === b ? { selected: true } : {}), ...(c === a ? { disabled: true } : {}) }, c)));
      const [compare, peers, benchmarks, titles] = await Promise.all([api.compare(a, b, signal), api.peers(a, signal), api.benchmarks({}, signal), planTitles()]);
      plans = titles;
      render(compare, peers, benchmarks.groups, cities);
      announce(`已对比 ${a} 与 ${b}`);
    } catch (error) {
      if (!isAbort(error)) setChildren(body, failure(error, () => void load()));
    }
  };

  void load();

  return {
    update(next: ViewState) {
      if (next.view !== 'compare') return false;
      state = next;
      void load();
      return true;
    },
    destroy() {
      controller.abort();
    },
  };
}
