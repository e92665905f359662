/**
 * 产业重叠: one concept (氢能, 海工装备 …) across the cities — a graph of the concept, the cities, their
 * plans, tasks, departments, enterprises and platforms (exact wording solid, synonyms dashed, narrower
 * industries dotted), and a side panel with each city's sentences, matched term marked.
 */
import type { Core, LayoutOptions } from 'cytoscape';
import { api, isAbort, isNotFound } from '../api.ts';
import { announce, navigate, planTitles, type View } from '../app.ts';
import { empty, entityHref, entityLink, evidenceList, exportMenu, failure, heading, labelDot, link, loading, searchBox } from '../components.ts';
import { el, setChildren } from '../dom.ts';
import { fromOverlap, labelCounts, MATCH_LINE } from '../elements.ts';
import { exportItems, createGraph, layoutOptions, legend, lineIcon, runLayout } from '../graph.ts';
import { formatNumber, formatTarget, formatYear, LABEL_NAMES, MATCH_NAMES } from '../format.ts';
import { hrefTo, readerHref, type StateOf, type ViewState } from '../state.ts';
import type { CityOverlap, MatchKind, Overlap, PlanSummary } from '../types.ts';

const QUICK_PICKS = ['氢能', '海工装备', '新能源', '新材料', '人工智能', '集成电路', '生物医药'];
/** The API's own maximum: every city, on request. */
const ALL_CITIES = 1000;

export function mount(root: HTMLElement, initial: StateOf<'overlap'>): View {
  let state = initial;
  let controller = new AbortController();
  let cy: Core | null = null;
  let data: Overlap | null = null;
  let plans = new Map<string, PlanSummary>();
  // A large graph answers with the cities richest in evidence first; the rest come on request.
  let allCities = false;

  const search = searchBox({
    placeholder: '搜索产业概念，如 氢能、海工装备…',
    ariaLabel: '搜索产业概念',
    label: 'Industry',
    value: state.concept ?? '',
    onPick: (hit) => navigate({ ...state, concept: hit.name, city: null }),
    onSubmit: (text) => navigate({ ...state, concept: text, city: null }),
  });
  const related = el('input', { type: 'checkbox', id: 'overlap-related', ...(state.related ? { checked: true } : {}) });
  related.addEventListener('change', () => navigate({ ...state, related: related.checked }, { replace: true }));
  const quick = el(
    'div',
    { class: 'quick-picks', 'aria-label': '常用概念' },
    el('span', { class: 'muted small' }, '常用：'),
    QUICK_PICKS.map((name) => link(hrefTo('overlap', { concept: name, related: state.related }), name, { class: 'chip' })),
  );
  const graphHost = el('div', { class: 'cy', role: 'img', 'aria-label': '产业重叠关系图' });
  const overlay = el('div', { class: 'graph-overlay' });
  const info = el('div', { class: 'graph-info' });
  const legendHost = el('div', { class: 'graph-legend' });
  const selection = el('div', { class: 'selection-card', hidden: true, 'aria-live': 'polite' });
  const side = el('aside', { class: 'side', 'aria-label': '各市原文证据' });
  const zoom = el(
    'div',
    { class: 'graph-zoom' },
    el('button', { type: 'button', class: 'btn', 'aria-label': '放大', title: '放大', onclick: () => cy?.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: graphHost.clientWidth / 2, y: graphHost.clientHeight / 2 } }) }, '+'),
    el('button', { type: 'button', class: 'btn', 'aria-label': '缩小', title: '缩小', onclick: () => cy?.zoom({ level: cy.zoom() / 1.25, renderedPosition: { x: graphHost.clientWidth / 2, y: graphHost.clientHeight / 2 } }) }, '−'),
    el('button', { type: 'button', class: 'btn', 'aria-label': '适应窗口', title: '适应窗口', onclick: () => cy?.fit(undefined, 30) }, '⤢'),
  );

  root.append(
    el(
      'div',
      { class: 'graph-view' },
      el(
        'div',
        { class: 'toolbar', role: 'toolbar', 'aria-label': '产业重叠工具栏' },
        search.element,
        el('label', { class: 'check', for: 'overlap-related' }, related, '含下位产业'),
        el('span', { class: 'sep', 'aria-hidden': 'true' }),
        quick,
        el('span', { class: 'spacer' }),
        exportMenu(exportItems(() => cy, () => `产业重叠-${state.concept ?? ''}`)),
      ),
      el('div', { class: 'split' }, el('div', { class: 'graph-pane' }, graphHost, overlay, info, zoom, legendHost, selection), side),
    ),
  );

  const showSelection = (id: string) => {
    const node = cy?.getElementById(id);
    if (!node || node.empty()) return;
    const d = node.data() as { id: string; label: 'City'; name: string; city: string | null };
    if (d.label === 'City') {
      const block = side.querySelector<HTMLElement>(`[data-city="${CSS.escape(d.name)}"]`);
      block?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    }
    selection.hidden = false;
    setChildren(
      selection,
      el('div', { class: 'tag' }, labelDot(d.label), LABEL_NAMES[d.label], d.city ? ` · ${d.city}` : ''),
      el('strong', null, d.name),
      el(
        'div',
        { class: 'actions' },
        d.id.startsWith('synthetic:') || d.id.startsWith('ov|') ? null : link(hrefTo('explore', { id: d.id }), '在探索中展开', { class: 'btn btn-small' }),
        d.label === 'City' ? null : link(entityHref({ id: d.id, label: d.label, name: d.name }), d.label === 'Plan' ? '阅读原文' : '查看详情', { class: 'btn btn-small btn-ghost' }),
        el('button', { type: 'button', class: 'btn btn-small btn-ghost', 'aria-label': '关闭', onclick: () => (selection.hidden = true) }, '×'),
      ),
    );
  };

  const renderGraph = async (overlap: Overlap) => {
    cy?.destroy();
    cy = null;
    const elements = fromOverlap(overlap);
    cy = createGraph(graphHost, elements, { large: false });
    graphHost.dataset.nodes = String(elements.nodes.length);
    graphHost.dataset.edges = String(elements.edges.length);
    cy.on('tap', 'node', (event) => showSelection(event.target.id()));
    cy.on('tap', (event) => {
      if (event.target === cy) selection.hidden = true;
    });
    setChildren(
      info,
      el('span', { class: 'badge' }, `${formatNumber(elements.nodes.length)} 个节点 · ${formatNumber(elements.edges.length)} 条关系`),
      elements.omitted > 0 ? el('span', { class: 'badge truncated', title: '图中每类最多显示 12 项，完整列表见右侧' }, `已精简 ${formatNumber(elements.omitted)} 项`) : null,
    );
    const kinds = new Set(overlap.cities.flatMap((c) => c.evidence.map((e) => e.match)));
    setChildren(
      legendHost,
      legend(labelCounts(elements.nodes), { title: '节点类别' }),
      el(
        'div',
        { class: 'line-legend', 'aria-label': '连线样式' },
        (['exact', 'synonym', 'narrower'] as MatchKind[]).map((k) => el('span', { class: kinds.has(k) ? '' : 'muted' }, lineIcon(MATCH_LINE[k], k === 'exact' ? '#b45309' : '#d97706'), k === 'exact' ? '精确用语' : k === 'synonym' ? '同义词' : '下位产业')),
      ),
    );
    graphHost.dataset.ready = '0';
    await runLayout(cy, { ...layoutOptions('fcose', { animate: false, elements: cy.elements() }), idealEdgeLength: () => 70, nodeRepulsion: () => 6500 } as LayoutOptions);
    if (state.city) {
      const city = cy.getElementById(`city:${state.city}`);
      if (city.nonempty()) city.select();
    }
    graphHost.dataset.ready = '1';
  };

  const cityBlock = (entry: CityOverlap) => {
    const matchChips = entry.matches.map((m) =>
      el('span', { class: `chip match-${m.match}`, title: `${MATCH_NAMES[m.match]} · ${m.industry.name}` }, m.term, el('span', { class: 'muted' }, `·${MATCH_NAMES[m.match]}`), el('span', { class: 'count' }, formatNumber(m.count))),
    );
    return el(
      'section',
      { class: `city-block${state.city === entry.city ? ' pulse' : ''}`, dataset: { city: entry.city }, 'aria-label': `${entry.city}的证据` },
      el(
        'div',
        { class: 'city-block-head' },
        el('h3', null, labelDot('City'), entry.city),
        el('span', { class: 'muted small' }, `${entry.plans.length} 份文件 · ${entry.evidence.length} 句 · ${entry.tasks.length} 项任务`),
      ),
      el('div', { class: 'mini-title' }, '匹配用语'),
      el('div', { class: 'chips' }, matchChips),
      entry.departments.length > 0
        ? [
            el('div', { class: 'mini-title' }, '责任部门'),
            el(
              'div',
              null,
              entry.departments.slice(0, 8).map((d) =>
                el('div', { class: 'dept-row' }, entityLink(d.department), el('span', { class: 'muted small' }, d.led > 0 ? `牵头 ${d.led} · 参与 ${d.assigned}` : d.assigned > 0 ? `参与 ${d.assigned}` : '承接')),
              ),
            ),
          ]
        : null,
      entry.enterprises.length + entry.platforms.length > 0
        ? [el('div', { class: 'mini-title' }, '企业与平台'), el('div', { class: 'chips' }, [...entry.enterprises, ...entry.platforms].map((o) => entityLink(o)))]
        : null,
      entry.targets.length > 0
        ? [
            el('div', { class: 'mini-title' }, '量化目标'),
            el(
              'ul',
              null,
              entry.targets.slice(0, 6).map((t) =>
                el(
                  'li',
                  { class: 'target-row' },
                  el('span', null, `${t.subject}${t.metric}`),
                  el('strong', null, formatTarget(t)),
                  el('span', { class: 'muted small' }, formatYear(t.year, t.annual)),
                  t.evidence[0] ? link(readerHref(t.evidence[0]), '原文', { class: 'small' }) : null,
                ),
              ),
            ),
          ]
        : null,
      el('div', { class: 'mini-title' }, '原文证据'),
      evidenceList(entry.evidence, plans, 5, (e) => el('span', { class: `chip match-${e.match}` }, MATCH_NAMES[e.match])),
    );
  };

  const renderSide = (overlap: Overlap) => {
    const c = overlap.concept;
    const evidenceCount = overlap.cities.reduce((s, x) => s + x.evidence.length, 0);
    setChildren(
      side,
      el(
        'div',
        { class: 'side-section' },
        el('h2', { class: 'heading' }, labelDot('Industry'), c.name),
        el('p', { class: 'muted small' }, `${formatNumber(overlap.citiesTotal)} 个城市提及${overlap.related ? '（含下位产业）' : ''}`),
        overlap.citiesTotal > overlap.cities.length
          ? el(
              'p',
              { class: 'muted small', role: 'note' },
              `显示原文最多的 ${formatNumber(overlap.cities.length)} 个城市（${formatNumber(evidenceCount)} 句原文）。`,
              el('button', { type: 'button', class: 'btn btn-small btn-ghost', onclick: () => ((allCities = true), void load()) }, `显示全部 ${formatNumber(overlap.citiesTotal)} 个城市`),
            )
          : el('p', { class: 'muted small' }, `共 ${formatNumber(evidenceCount)} 句原文`),
        c.aliases.length > 0 ? el('div', { class: 'small' }, el('span', { class: 'muted' }, '别名：'), c.aliases.join('、')) : null,
        c.broader.length > 0 ? el('div', { class: 'chips' }, el('span', { class: 'muted small' }, '上位：'), c.broader.map((b) => link(hrefTo('overlap', { concept: b.name, related: state.related }), b.name, { class: 'chip' }))) : null,
        c.narrower.length > 0 ? el('div', { class: 'chips' }, el('span', { class: 'muted small' }, '下位：'), c.narrower.map((b) => link(hrefTo('overlap', { concept: b.name, related: state.related }), b.name, { class: 'chip match-narrower' }))) : null,
        !overlap.related ? el('p', { class: 'muted small' }, '提示：勾选“含下位产业”可一并查看细分产业的表述。') : null,
      ),
      overlap.absent.length > 0
        ? el('div', { class: 'absent', role: 'note' }, el('strong', null, `未提及“${c.name}”的城市：`), overlap.absent.join('、'))
        : el('div', { class: 'absent', role: 'note' }, `所有城市均提及“${c.name}”。`),
      overlap.cities.length === 0 ? empty('暂无城市提及该概念') : overlap.cities.map(cityBlock),
    );
    if (state.city) {
      const block = side.querySelector<HTMLElement>(`[data-city="${CSS.escape(state.city)}"]`);
      block?.scrollIntoView({ block: 'start' });
    }
  };

  const prompt = () => {
    cy?.destroy();
    cy = null;
    setChildren(info);
    setChildren(legendHost);
    setChildren(
      overlay,
      el(
        'div',
        { class: 'prompt' },
        el('h2', null, '选择一个产业概念'),
        el('p', { class: 'muted' }, '在上方搜索框输入产业名称，或点击常用概念，查看它在各市规划中的表述、任务、部门和企业。'),
        el('div', { class: 'chips', style: { 'justify-content': 'center' } }, QUICK_PICKS.map((name) => link(hrefTo('overlap', { concept: name, related: true }), name, { class: 'chip' }))),
      ),
    );
    setChildren(side, el('div', { class: 'side-section' }, heading('h2', '各市证据'), empty('请先选择产业概念')));
  };

  const load = async () => {
    controller.abort();
    controller = new AbortController();
    const signal = controller.signal;
    selection.hidden = true;
    if (!state.concept) {
      prompt();
      return;
    }
    search.setValue(state.concept);
    setChildren(overlay, loading());
    setChildren(side, loading());
    try {
      const [overlap, titles] = await Promise.all([api.overlap(state.concept, state.related, signal, allCities ? ALL_CITIES : undefined), planTitles()]);
      if (signal.aborted) return;
      const cityLeftOut = state.city !== null && !overlap.cities.some((c) => c.city === state.city) && overlap.citiesTotal > overlap.cities.length;
      if (cityLeftOut && !allCities) {
        allCities = true;
        return load();
      }
      data = overlap;
      plans = titles;
      setChildren(overlay);
      renderSide(overlap);
      await renderGraph(overlap);
      announce(`已加载“${overlap.concept.name}”：${overlap.cities.length} 个城市`);
    } catch (error) {
      if (isAbort(error)) return;
      cy?.destroy();
      cy = null;
      setChildren(info);
      setChildren(legendHost);
      const notFound = isNotFound(error);
      setChildren(overlay, notFound ? el('div', { class: 'prompt' }, el('h2', null, `没有找到产业概念“${state.concept}”`), el('p', { class: 'muted' }, '请从搜索建议中选择一个产业概念。')) : failure(error, () => void load()));
      setChildren(side, notFound ? empty('暂无数据') : failure(error));
    }
  };

  void load();

  return {
    update(next: ViewState) {
      if (next.view !== 'overlap') return false;
      const previous = state;
      state = next;
      related.checked = state.related;
      if (previous.concept !== next.concept || previous.related !== next.related) {
        allCities = false;
        void load();
      }
      else if (data && next.city && next.city !== previous.city) {
        renderSide(data);
        cy?.elements().unselect();
        cy?.getElementById(`city:${next.city}`).select();
      }
      return true;
    },
    destroy() {
      controller.abort();
      cy?.destroy();
      cy = null;
    },
  };
}
