/**
 * 探索: any entity's neighbourhood (depth 1 or 2); double-click a node to merge its neighbourhood in;
 * filter by label (legend) and city; hide / show; shortest path between two selected nodes; layouts;
 * edge evidence with links to the reader; a 2,000-node stress test.
 */
import type { Core, EdgeSingular, LayoutOptions, NodeSingular } from 'cytoscape';
import { api, isAbort, isNotFound } from '../api.ts';
import { announce, cityList, navigate, planTitles, type View } from '../app.ts';
import { empty, entityHref, evidenceList, exportMenu, failure, heading, labelDot, link, loading, searchBox, segmented } from '../components.ts';
import { el, setChildren } from '../dom.ts';
import { fromElements, fromNeighborhood, labelCounts, mergeElements, newElements, padWithSynthetic, type ElementSet, type NodeData } from '../elements.ts';
import { captionsWhenZoomedIn, createGraph, effectiveLayout, exportItems, fitPositions, FORCE_LAYOUT_LIMIT, LARGE_GRAPH, layoutOptions, legend, runLayout, withRadialPositions } from '../graph.ts';
import { edgeTypeName, formatNumber, kindName, LABEL_NAMES, roleName } from '../format.ts';
import { hrefTo, type Layout, type StateOf, type ViewState } from '../state.ts';
import type { Label, PlanSummary } from '../types.ts';

const LAYOUT_NAMES: Record<Layout, string> = { fcose: '力导向（fCoSE）', radial: '径向树（快速）', concentric: '同心圆', breadthfirst: '层次（广度优先）' };
const STARTERS: { id: string; name: string; label: Label }[] = [
  { id: 'industry:新能源', name: '新能源', label: 'Industry' },
  { id: 'industry:氢能', name: '氢能', label: 'Industry' },
  { id: 'department:盐城市工业和信息化局', name: '盐城市工业和信息化局', label: 'Department' },
  { id: 'city:连云港市', name: '连云港市', label: 'City' },
  { id: 'industry:海工装备', name: '海工装备', label: 'Industry' },
];
const STRESS_HUBS = ['industry:新能源', 'city:盐城市', 'city:泰州市', 'city:连云港市', 'industry:新材料'];
export const STRESS_NODES = 2000;

export function mount(root: HTMLElement, initial: StateOf<'explore'>): View {
  let state = initial;
  let controller = new AbortController();
  let cy: Core | null = null;
  const hiddenLabels = new Set<Label>();
  const hiddenIds = new Set<string>();
  let cityFilter = '';
  let plans = new Map<string, PlanSummary>();
  let truncated = false;
  let synthetic = 0;
  let renderMs: number | null = null;

  const search = searchBox({
    placeholder: '搜索任意实体：部门、产业、企业、平台、城市…',
    ariaLabel: '搜索实体',
    onPick: (hit) => navigate({ ...state, id: hit.id, stress: false }),
  });
  const depthSwitch = segmented(
    [
      { value: '1', label: '1 跳' },
      { value: '2', label: '2 跳' },
    ],
    String(state.depth) as '1' | '2',
    (v) => navigate({ ...state, depth: v === '2' ? 2 : 1 }, { replace: true }),
    '邻居深度',
  );
  const layoutSelect = el(
    'select',
    { class: 'input', 'aria-label': '布局' },
    (Object.keys(LAYOUT_NAMES) as Layout[]).map((l) => el('option', { value: l, ...(l === state.layout ? { selected: true } : {}) }, LAYOUT_NAMES[l])),
  );
  layoutSelect.addEventListener('change', () => navigate({ ...state, layout: layoutSelect.value as Layout }, { replace: true }));
  const citySelect = el('select', { class: 'input', 'aria-label': '按城市筛选' }, el('option', { value: '' }, '全部城市'));
  citySelect.addEventListener('change', () => {
    cityFilter = citySelect.value;
    applyFilters();
  });
  void cityList()
    .then((cities) => citySelect.append(...cities.map((c) => el('option', { value: c }, c))))
    .catch(() => undefined);

  const pathButton = el('button', { type: 'button', class: 'btn', disabled: true, title: '先选择两个节点（依次点击）', onclick: () => void findPath() }, '最短路径');
  const hideButton = el('button', { type: 'button', class: 'btn', disabled: true, onclick: () => hideSelected() }, '隐藏所选');
  const showAllButton = el('button', { type: 'button', class: 'btn', onclick: () => showAll() }, '显示全部');
  const graphHost = el('div', { class: 'cy', role: 'application', 'aria-label': '实体关系图：双击节点展开邻居，点击连线查看证据', tabindex: '0' });
  const overlay = el('div', { class: 'graph-overlay' });
  const info = el('div', { class: 'graph-info', 'aria-live': 'polite' });
  const legendHost = el('div', { class: 'graph-legend' });
  const side = el('aside', { class: 'side', 'aria-label': '详情' });
  const zoomBy = (factor: number) => cy?.zoom({ level: cy.zoom() * factor, renderedPosition: { x: graphHost.clientWidth / 2, y: graphHost.clientHeight / 2 } });
  const zoom = el(
    'div',
    { class: 'graph-zoom' },
    el('button', { type: 'button', class: 'btn', 'aria-label': '放大', title: '放大', onclick: () => zoomBy(1.25) }, '+'),
    el('button', { type: 'button', class: 'btn', 'aria-label': '缩小', title: '缩小', onclick: () => zoomBy(0.8) }, '−'),
    el('button', { type: 'button', class: 'btn', 'aria-label': '适应窗口', title: '适应窗口', onclick: () => cy?.fit(cy.elements(':visible'), 30) }, '⤢'),
  );

  root.append(
    el(
      'div',
      { class: 'graph-view' },
      el(
        'div',
        { class: 'toolbar', role: 'toolbar', 'aria-label': '探索工具栏' },
        search.element,
        depthSwitch,
        layoutSelect,
        el('button', { type: 'button', class: 'btn', onclick: () => void relayout() }, '重新布局'),
        el('span', { class: 'sep', 'aria-hidden': 'true' }),
        citySelect,
        hideButton,
        showAllButton,
        pathButton,
        el('span', { class: 'spacer' }),
        el('button', { type: 'button', class: 'btn', title: `加载约 ${STRESS_NODES} 个节点的大图，检验渲染与平移`, onclick: () => navigate({ ...state, stress: true, id: null }) }, '大图压力测试'),
        exportMenu(exportItems(() => cy, () => (state.stress ? '探索-压力测试' : `探索-${state.id ?? ''}`))),
      ),
      el('div', { class: 'split' }, el('div', { class: 'graph-pane' }, graphHost, overlay, info, zoom, legendHost), side),
    ),
  );

  /** The chosen layout, or the radial tree when a force layout would take too long. */
  function layoutFor(instance: Core, elements: ReturnType<Core['elements']>, animate: boolean) {
    const large = instance.nodes().length >= LARGE_GRAPH;
    const name = effectiveLayout(state.layout, elements.nodes().length);
    graphHost.dataset.layout = name;
    return layoutOptions(name, { large, root: instance.nodes('.centre').first(), animate, elements });
  }

  function nodeVisible(d: NodeData): boolean {
    if (hiddenIds.has(d.id) || hiddenLabels.has(d.label)) return false;
    return !cityFilter || !d.city || d.city === cityFilter;
  }

  function applyFilters(): void {
    if (!cy) return;
    cy.batch(() => {
      cy!.nodes().forEach((n) => {
        if (nodeVisible(n.data() as NodeData)) n.removeClass('hidden');
        else n.addClass('hidden');
      });
    });
    renderLegend();
    renderInfo();
  }

  function renderLegend(): void {
    if (!cy) {
      setChildren(legendHost);
      return;
    }
    const counts = labelCounts(cy.nodes().map((n) => ({ data: n.data() as NodeData })));
    setChildren(
      legendHost,
      legend(counts, {
        title: '按类别筛选（点击隐藏/显示）',
        hidden: hiddenLabels,
        onToggle: (label) => {
          if (hiddenLabels.has(label)) hiddenLabels.delete(label);
          else hiddenLabels.add(label);
          applyFilters();
        },
      }),
    );
  }

  function renderInfo(): void {
    if (!cy) {
      setChildren(info);
      return;
    }
    const visible = cy.nodes().filter((n) => !n.hasClass('hidden')).length;
    const total = cy.nodes().length;
    graphHost.dataset.nodes = String(total);
    graphHost.dataset.edges = String(cy.edges().length);
    setChildren(
      info,
      el('span', { class: 'badge' }, `${formatNumber(total)} 个节点 · ${formatNumber(cy.edges().length)} 条关系`),
      visible < total ? el('span', { class: 'badge' }, `显示 ${formatNumber(visible)} 个`) : null,
      truncated ? el('span', { class: 'badge truncated', title: '邻居数量超过上限，只显示了一部分；可双击节点继续展开' }, '已截断') : null,
      synthetic > 0 ? el('span', { class: 'badge' }, `含 ${formatNumber(synthetic)} 个合成节点`) : null,
      renderMs !== null ? el('span', { class: 'badge', title: '从收到数据到首帧绘制完成' }, `渲染 ${formatNumber(Math.round(renderMs))} ms`) : null,
      state.layout === 'fcose' && cy.nodes().length > FORCE_LAYOUT_LIMIT ? el('span', { class: 'badge', title: `超过 ${FORCE_LAYOUT_LIMIT} 个节点时力导向布局过慢，改用径向树布局` }, '大图：径向树布局') : null,
    );
  }

  function updateButtons(): void {
    const selected = cy ? cy.$('node:selected').length : 0;
    pathButton.disabled = selected !== 2;
    hideButton.disabled = cy ? cy.$(':selected').length === 0 : true;
  }

  function hideSelected(): void {
    if (!cy) return;
    cy.$('node:selected').forEach((n) => {
      hiddenIds.add(n.id());
    });
    cy.$(':selected').unselect();
    applyFilters();
    updateButtons();
  }

  function showAll(): void {
    hiddenIds.clear();
    hiddenLabels.clear();
    cityFilter = '';
    citySelect.value = '';
    cy?.elements().removeClass('faded path');
    applyFilters();
  }

  async function relayout(): Promise<void> {
    if (!cy) return;
    const elements = cy.elements().filter((e) => !e.hasClass('hidden'));
    await runLayout(cy, layoutFor(cy, elements, true), elements);
    renderInfo();
  }

  function helpPanel(): HTMLElement[] {
    return [
      el(
        'div',
        { class: 'side-section' },
        heading('h2', '操作提示'),
        el(
          'ul',
          { class: 'small', style: { 'list-style': 'disc', 'padding-left': '18px' } },
          el('li', null, '单击节点查看详情，单击连线查看原文证据。'),
          el('li', null, '双击节点：展开它的邻居并合并到图中。'),
          el('li', null, '依次单击两个节点，再点“最短路径”。'),
          el('li', null, '点击左下角图例可按类别隐藏/显示。'),
          el('li', null, '键盘：+/− 缩放，F 适应窗口，Delete 隐藏所选。'),
        ),
      ),
    ];
  }

  function showNode(node: NodeSingular): void {
    const d = node.data() as NodeData;
    const isSynthetic = d.id.startsWith('synthetic:');
    const selected = cy ? cy.$('node:selected') : null;
    setChildren(
      side,
      selected && selected.length === 2
        ? el(
            'div',
            { class: 'side-section' },
            el('p', { class: 'small' }, `已选择 2 个节点：${selected.map((n) => String(n.data('name'))).join(' 与 ')}`),
            el('div', { class: 'actions' }, el('button', { type: 'button', class: 'btn btn-primary btn-small', onclick: () => void findPath() }, '查找最短路径')),
          )
        : null,
      el(
        'div',
        { class: 'side-section' },
        el('div', { class: 'tag' }, labelDot(d.label), LABEL_NAMES[d.label]),
        el('h2', null, d.name),
        el(
          'dl',
          { class: 'kv' },
          el('dt', null, '编号'),
          el('dd', { class: 'small' }, d.id),
          d.city ? [el('dt', null, '城市'), el('dd', null, d.city)] : null,
          d.kind ? [el('dt', null, '类别'), el('dd', null, kindName(d.label, d.kind))] : null,
          [el('dt', null, '来源文件'), el('dd', null, `${formatNumber(d.plans)} 份`)],
          [el('dt', null, '图中关系'), el('dd', null, `${formatNumber(node.degree(false))} 条`)],
        ),
        isSynthetic
          ? el('p', { class: 'muted small' }, '合成节点：仅用于大图压力测试，没有原文。')
          : el(
              'div',
              { class: 'actions' },
              el('button', { type: 'button', class: 'btn btn-small btn-primary', onclick: () => void expand(d.id) }, '展开邻居'),
              el('button', { type: 'button', class: 'btn btn-small', onclick: () => navigate({ ...state, id: d.id, stress: false }) }, '设为中心'),
              el(
                'button',
                {
                  type: 'button',
                  class: 'btn btn-small',
                  onclick: () => {
                    hiddenIds.add(d.id);
                    applyFilters();
                  },
                },
                '隐藏',
              ),
              d.label === 'Department' || d.label === 'Industry' || d.label === 'Plan'
                ? link(entityHref(d), d.label === 'Department' ? '部门职责 →' : d.label === 'Industry' ? '产业重叠 →' : '阅读原文 →', { class: 'btn btn-small btn-ghost' })
                : null,
            ),
      ),
    );
  }

  async function showEdge(edge: EdgeSingular): Promise<void> {
    const d = edge.data() as { id: string; type: string; role: string | null; evidence: number };
    const source = edge.source().data() as NodeData;
    const target = edge.target().data() as NodeData;
    const head = el(
      'div',
      { class: 'side-section' },
      el('div', { class: 'tag' }, '关系：', edgeTypeName(d.type), d.role ? ` · ${roleName(d.role)}` : ''),
      el('h2', { class: 'small', style: { 'font-size': '15px' } }, el('span', null, source.name), el('span', { class: 'muted' }, ' → '), el('span', null, target.name)),
    );
    const body = el('div', { class: 'side-section' }, heading('h3', '原文证据', d.evidence));
    setChildren(side, head, body);
    if (d.id.startsWith('synthetic|')) {
      body.appendChild(empty('合成关系，没有原文证据'));
      return;
    }
    if (d.evidence === 0) {
      body.appendChild(empty('结构性关系（来自词表或地名库），没有原文证据'));
      return;
    }
    body.appendChild(loading());
    try {
      const detail = await api.edge(d.id, controller.signal);
      body.lastChild?.remove();
      body.appendChild(evidenceList(detail.edge.evidence ?? [], plans, 8));
    } catch (error) {
      if (isAbort(error)) return;
      body.lastChild?.remove();
      body.appendChild(failure(error));
    }
  }

  function wire(instance: Core): void {
    instance.on('tap', 'node', (event) => showNode(event.target as NodeSingular));
    instance.on('tap', 'edge', (event) => void showEdge(event.target as EdgeSingular));
    instance.on('dbltap', 'node', (event) => {
      const id = (event.target as NodeSingular).id();
      if (!id.startsWith('synthetic:')) void expand(id);
    });
    instance.on('select unselect', () => updateButtons());
    instance.on('tap', (event) => {
      if (event.target === instance) setChildren(side, ...helpPanel());
    });
  }

  graphHost.addEventListener('keydown', (event) => {
    if (!cy) return;
    if (event.key === '+' || event.key === '=') zoomBy(1.25);
    else if (event.key === '-') zoomBy(0.8);
    else if (event.key === 'f' || event.key === 'F') cy.fit(cy.elements(':visible'), 30);
    else if (event.key === 'Delete' || event.key === 'Backspace') hideSelected();
    else return;
    event.preventDefault();
  });

  /** Replaces the graph: a new Cytoscape instance sized for the element count, laid out, timed. */
  async function show(set: ElementSet, options: { large?: boolean } = {}): Promise<void> {
    const started = performance.now();
    cy?.destroy();
    hiddenIds.clear();
    graphHost.dataset.ready = '0';
    const large = options.large ?? set.nodes.length >= LARGE_GRAPH;
    // A large graph is placed by the radial tree before Cytoscape sees it; small ones use the chosen layout.
    const radial = large && effectiveLayout(state.layout, set.nodes.length) === 'radial';
    const layoutStarted = performance.now();
    const placed = radial ? withRadialPositions(set, set.nodes.find((n) => (n.classes ?? '').includes('centre'))?.data.id ?? null) : set;
    const layoutMs = radial ? performance.now() - layoutStarted : 0;
    cy = createGraph(graphHost, placed, { large, viewportOptimised: true, selectionType: 'additive' });
    wire(cy);
    applyFilters();
    const createMs = performance.now() - started - layoutMs;
    if (radial) {
      graphHost.dataset.layout = 'radial';
      fitPositions(cy, placed.nodes.map((n) => n.position as { x: number; y: number }));
      captionsWhenZoomedIn(cy);
    } else await runLayout(cy, layoutFor(cy, cy.elements(), false));
    if (!radial) graphHost.dataset.layoutMs = String(Math.round(performance.now() - started - createMs));
    // The first frame drawn after the layout.
    await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
    renderMs = performance.now() - started;
    graphHost.dataset.createMs = String(Math.round(createMs));
    graphHost.dataset.renderMs = String(Math.round(renderMs));
    if (radial) graphHost.dataset.layoutMs = String(Math.round(layoutMs));
    graphHost.dataset.ready = '1';
    renderInfo();
    updateButtons();
  }

  async function expand(id: string): Promise<void> {
    if (!cy) return;
    const node = cy.getElementById(id);
    announce('正在展开…');
    try {
      const response = await api.neighborhood(id, { depth: 1, limit: 150 }, controller.signal);
      if (!cy) return;
      const instance = cy;
      const add = newElements({ hasNode: (x) => instance.getElementById(x).nonempty(), hasEdge: (x) => instance.getElementById(x).nonempty() }, fromNeighborhood(response));
      const centre = node.nonempty() ? node.position() : { x: 0, y: 0 };
      const count = add.nodes.length;
      const radius = 90 + count * 5;
      const positioned = add.nodes.map((n, i) => ({ ...n, classes: (n.classes ?? '').replace('centre', '').trim(), position: { x: centre.x + radius * Math.cos((2 * Math.PI * i) / Math.max(1, count)), y: centre.y + radius * Math.sin((2 * Math.PI * i) / Math.max(1, count)) } }));
      instance.add([...positioned, ...add.edges] as never);
      if (response.truncated) truncated = true;
      applyFilters();
      if (count > 0 && state.layout === 'fcose' && instance.nodes().length <= FORCE_LAYOUT_LIMIT) {
        // Small enough: settle the merged graph with an incremental force layout (keeps the mental map).
        graphHost.dataset.ready = '0';
        const visible = instance.elements().filter((x) => !x.hasClass('hidden'));
        await runLayout(instance, { ...layoutOptions('fcose', { elements: visible, animate: true }), quality: 'proof', randomize: false } as unknown as LayoutOptions, visible);
        graphHost.dataset.ready = '1';
      } else if (count > 0) instance.animate({ fit: { eles: instance.getElementById(id).closedNeighborhood(), padding: 40 }, duration: 350 });
      graphHost.dataset.expanded = String(Number(graphHost.dataset.expanded ?? '0') + 1);
      announce(count > 0 ? `已展开：新增 ${count} 个节点、${add.edges.length} 条关系${response.truncated ? '（已截断）' : ''}` : '没有新的邻居');
    } catch (error) {
      if (!isAbort(error)) announce(failure(error).textContent ?? '展开失败');
    }
  }

  async function findPath(): Promise<void> {
    if (!cy) return;
    const selected = cy.$('node:selected');
    if (selected.length !== 2) return;
    const [from, to] = [selected[0] as NodeSingular, selected[1] as NodeSingular];
    if (from.id().startsWith('synthetic:') || to.id().startsWith('synthetic:')) {
      setChildren(side, el('div', { class: 'side-section' }, empty('合成节点不参与路径查询')));
      return;
    }
    setChildren(side, el('div', { class: 'side-section' }, heading('h2', '最短路径'), loading('正在查找路径…')));
    try {
      const result = await api.path(from.id(), to.id(), controller.signal);
      if (!cy) return;
      const instance = cy;
      const set = fromElements(result.elements);
      const add = newElements({ hasNode: (x) => instance.getElementById(x).nonempty(), hasEdge: (x) => instance.getElementById(x).nonempty() }, set);
      const mid = { x: (from.position().x + to.position().x) / 2, y: (from.position().y + to.position().y) / 2 };
      instance.add([...add.nodes.map((n, i) => ({ ...n, classes: '', position: { x: mid.x + 40 * Math.cos(i), y: mid.y + 40 * Math.sin(i) } })), ...add.edges] as never);
      instance.elements().removeClass('path faded');
      const pathIds = new Set(result.paths.flatMap((p) => [...p.nodes, ...p.edges]));
      for (const id of pathIds) {
        instance.getElementById(id).removeClass('hidden');
        hiddenIds.delete(id);
      }
      if (result.paths.length > 0) {
        instance.batch(() => {
          instance.elements().forEach((e) => {
            if (pathIds.has(e.id())) e.addClass('path');
            else e.addClass('faded');
          });
        });
        instance.animate({ fit: { eles: instance.elements('.path'), padding: 160 }, duration: 400 });
      }
      applyFilters();
      const names = (id: string) => String(instance.getElementById(id).data('name') ?? id);
      graphHost.dataset.pathLength = String(result.paths[0]?.edges.length ?? 0);
      setChildren(
        side,
        el(
          'div',
          { class: 'side-section' },
          heading('h2', '最短路径', result.paths.length),
          result.paths.length === 0
            ? empty(`“${names(from.id())}”与“${names(to.id())}”之间在 6 步内没有路径`)
            : el(
                'ol',
                { class: 'path-list', style: { 'padding-left': '18px', display: 'flex', 'flex-direction': 'column', gap: '8px' } },
                result.paths.map((p) =>
                  el(
                    'li',
                    { class: 'small' },
                    p.nodes.map((id, i) => [
                      el('strong', null, names(id)),
                      i < p.edges.length ? el('span', { class: 'muted' }, ` —${edgeTypeName(String(instance.getElementById(p.edges[i] as string).data('type') ?? ''))}→ `) : null,
                    ]),
                  ),
                ),
              ),
          el(
            'div',
            { class: 'actions' },
            el(
              'button',
              {
                type: 'button',
                class: 'btn btn-small',
                onclick: () => {
                  instance.elements().removeClass('path faded');
                  setChildren(side, ...helpPanel());
                },
              },
              '清除路径高亮',
            ),
          ),
        ),
      );
      announce(result.paths.length > 0 ? `找到 ${result.paths.length} 条最短路径（${result.paths[0]?.edges.length ?? 0} 步）` : '没有找到路径');
    } catch (error) {
      if (!isAbort(error)) setChildren(side, el('div', { class: 'side-section' }, heading('h2', '最短路径'), failure(error, undefined, '查找失败')));
    }
  }

  function prompt(): void {
    cy?.destroy();
    cy = null;
    renderLegend();
    renderInfo();
    setChildren(
      overlay,
      el(
        'div',
        { class: 'prompt' },
        el('h2', null, '从一个实体开始探索'),
        el('p', { class: 'muted' }, '在上方搜索任意部门、产业、企业、平台或城市；或从下面的常用入口开始。'),
        el('div', { class: 'chips', style: { 'justify-content': 'center' } }, STARTERS.map((s) => link(hrefTo('explore', { id: s.id }), [labelDot(s.label), s.name], { class: 'chip' }))),
      ),
    );
    setChildren(side, ...helpPanel());
  }

  async function loadStress(signal: AbortSignal): Promise<void> {
    setChildren(overlay, loading(`正在加载大图（约 ${STRESS_NODES} 个节点）…`));
    const responses = await Promise.all(STRESS_HUBS.map((id) => api.neighborhood(id, { depth: 2, limit: STRESS_NODES }, signal).catch((e: unknown) => (isAbort(e) ? Promise.reject(e) : null))));
    if (signal.aborted) return;
    const real = mergeElements(...responses.filter((r) => r !== null).map((r) => fromNeighborhood(r)));
    // The seed graph has ~1,100 nodes: synthetic ones (clearly marked) make up the rest.
    const padded = padWithSynthetic({ nodes: real.nodes.slice(0, STRESS_NODES), edges: real.edges }, STRESS_NODES);
    synthetic = padded.synthetic;
    truncated = responses.some((r) => r?.truncated);
    setChildren(overlay);
    await show(mergeElements(padded), { large: true });
    setChildren(
      side,
      el(
        'div',
        { class: 'side-section' },
        heading('h2', '大图压力测试'),
        el(
          'dl',
          { class: 'kv' },
          el('dt', null, '节点'),
          el('dd', null, formatNumber(cy?.nodes().length ?? 0)),
          el('dt', null, '关系'),
          el('dd', null, formatNumber(cy?.edges().length ?? 0)),
          el('dt', null, '真实节点'),
          el('dd', null, formatNumber((cy?.nodes().length ?? 0) - synthetic)),
          el('dt', null, '合成节点'),
          el('dd', null, formatNumber(synthetic)),
          el('dt', null, '布局用时'),
          el('dd', null, `${graphHost.dataset.layoutMs ?? '—'} ms`),
          el('dt', null, '首帧用时'),
          el('dd', null, `${graphHost.dataset.renderMs ?? '—'} ms`),
        ),
        el('p', { class: 'muted small' }, '大图模式：像素比 1、平移缩放时隐藏连线并使用纹理缓存、缩放到一定程度才显示名称。'),
      ),
      ...helpPanel(),
    );
    announce(`大图已加载：${formatNumber(cy?.nodes().length ?? 0)} 个节点`);
  }

  async function load(): Promise<void> {
    controller.abort();
    controller = new AbortController();
    const signal = controller.signal;
    truncated = false;
    synthetic = 0;
    renderMs = null;
    if (plans.size === 0) plans = await planTitles();
    try {
      if (state.stress) {
        search.setValue('');
        await loadStress(signal);
        return;
      }
      if (!state.id) {
        prompt();
        return;
      }
      setChildren(overlay, loading());
      const response = await api.neighborhood(state.id, { depth: state.depth, limit: state.depth === 2 ? 400 : 150 }, signal);
      if (signal.aborted) return;
      truncated = response.truncated;
      const centre = response.elements.nodes.find((n) => n.data.id === response.centre);
      search.setValue(centre?.data.name ?? '');
      setChildren(overlay);
      await show(fromNeighborhood(response));
      if (cy && centre) {
        const node = cy.getElementById(centre.data.id);
        showNode(node);
      }
      announce(`已加载“${centre?.data.name ?? state.id}”的 ${state.depth} 跳邻居${truncated ? '（已截断）' : ''}`);
    } catch (error) {
      if (isAbort(error)) return;
      cy?.destroy();
      cy = null;
      renderLegend();
      renderInfo();
      const notFound = isNotFound(error);
      setChildren(overlay, notFound ? el('div', { class: 'prompt' }, el('h2', null, '没有找到该实体'), el('p', { class: 'muted small' }, state.id ?? '')) : failure(error, () => void load()));
    }
  }

  setChildren(side, ...helpPanel());
  void load();

  return {
    update(next: ViewState) {
      if (next.view !== 'explore') return false;
      const previous = state;
      state = next;
      for (const b of depthSwitch.querySelectorAll('button')) b.setAttribute('aria-pressed', b.dataset.value === String(state.depth) ? 'true' : 'false');
      layoutSelect.value = state.layout;
      if (previous.id !== next.id || previous.depth !== next.depth || previous.stress !== next.stress) void load();
      else if (previous.layout !== next.layout) void relayout();
      return true;
    },
    destroy() {
      controller.abort();
      cy?.destroy();
      cy = null;
    },
  };
}
