/**
 * The shell: navigation bar, router (history.pushState + popstate; the URL is the state), views
 * loaded on demand (the graph views bring Cytoscape with them).
 */
import './styles.css';
import { setAnnouncer, setNavigator, type View } from './app.ts';
import { failure, loading } from './components.ts';
import { el } from './dom.ts';
import { NAV_ORDER, parseState, serialiseState, VIEW_PATHS, VIEW_TITLES, type ViewName, type ViewState } from './state.ts';

type Mounter = (root: HTMLElement, state: never) => View;

const loaders: Record<ViewName, () => Promise<{ mount: Mounter }>> = {
  overview: () => import('./views/overview.ts'),
  overlap: () => import('./views/overlap.ts'),
  explore: () => import('./views/explore.ts'),
  compare: () => import('./views/compare.ts'),
  departments: () => import('./views/departments.ts'),
  reader: () => import('./views/reader.ts'),
};

const NAV_HINTS: Record<ViewName, string> = {
  overview: '各市规划与概念热力图',
  overlap: '同一产业在各市的表述与证据',
  explore: '实体关系图谱',
  compare: '两市产业组合与目标对标',
  departments: '部门牵头与参与的任务',
  reader: '规划原文与高亮',
};

const main = document.getElementById('main') as HTMLElement;
const nav = document.getElementById('nav') as HTMLElement;
const status = document.getElementById('status') as HTMLElement;

/** The last address of each view, so the tabs bring you back where you were. */
const lastAddress = new Map<ViewName, string>();
let current: { name: ViewState['view']; view: View } | null = null;
let renderToken = 0;
let firstRender = true;

function renderNav(active: ViewState['view']): void {
  nav.replaceChildren(
    ...NAV_ORDER.map((name) =>
      el(
        'a',
        {
          href: lastAddress.get(name) ?? VIEW_PATHS[name],
          class: 'nav-link',
          title: NAV_HINTS[name],
          dataset: { view: name },
          ...(name === active ? { 'aria-current': 'page' } : {}),
        },
        VIEW_TITLES[name],
      ),
    ),
  );
}

function notFound(path: string): HTMLElement {
  return el(
    'div',
    { class: 'page narrow' },
    el('h1', null, '页面不存在'),
    el('p', { class: 'muted' }, `没有找到地址 ${path} 对应的页面。`),
    el('p', null, el('a', { href: '/', class: 'btn' }, '返回概览')),
  );
}

async function render(): Promise<void> {
  const state = parseState(location.pathname, location.search);
  if (state.view !== 'notFound') lastAddress.set(state.view, serialiseState(state));
  renderNav(state.view);
  document.title = `${VIEW_TITLES[state.view]} · 政策知识图谱`;
  if (current && current.name === state.view && current.view.update?.(state)) return;
  const token = ++renderToken;
  current?.view.destroy();
  current = null;
  if (state.view === 'notFound') {
    main.replaceChildren(notFound(state.path));
    return;
  }
  main.replaceChildren(loading());
  try {
    const module = await loaders[state.view]();
    if (token !== renderToken) return;
    const root = el('div', { class: `view view-${state.view}` });
    main.replaceChildren(root);
    current = { name: state.view, view: module.mount(root, state as never) };
    if (!firstRender) main.focus({ preventScroll: true });
    firstRender = false;
  } catch (error) {
    if (token !== renderToken) return;
    main.replaceChildren(failure(error, () => void render()));
  }
}

function navigateTo(target: string | ViewState, options: { replace?: boolean } = {}): void {
  const url = typeof target === 'string' ? target : serialiseState(target);
  const here = `${location.pathname}${location.search}`;
  if (url !== here) {
    if (options.replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  }
  void render();
}

let statusTimer: ReturnType<typeof setTimeout> | null = null;
setAnnouncer((message) => {
  status.textContent = message;
  if (statusTimer) clearTimeout(statusTimer);
  statusTimer = setTimeout(() => {
    status.textContent = '';
  }, 6000);
});
setNavigator(navigateTo);

// In-app links: same origin, not the API, not downloads, plain left click.
document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = (event.target as Element | null)?.closest?.('a');
  if (!anchor || anchor.hasAttribute('download') || (anchor.target && anchor.target !== '_self')) return;
  const url = new URL(anchor.href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
  event.preventDefault();
  navigateTo(`${url.pathname}${url.search}`);
});

window.addEventListener('popstate', () => void render());
void render();
