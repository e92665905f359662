/**
 * URL ↔ view state. Every view's state lives in the address (path + query), so links are shareable
 * and back/forward work. Pure: parse and serialise are inverse functions, unit-tested in Node.
 */
import type { MatrixLabel } from './types.ts';

export type ViewName = 'overview' | 'overlap' | 'explore' | 'compare' | 'departments' | 'reader';

export type Layout = 'fcose' | 'radial' | 'concentric' | 'breadthfirst';

export type ViewState =
  | { view: 'overview'; label: MatrixLabel }
  | { view: 'overlap'; concept: string | null; related: boolean; city: string | null }
  | { view: 'explore'; id: string | null; depth: 1 | 2; layout: Layout; stress: boolean }
  | { view: 'compare'; a: string | null; b: string | null }
  | { view: 'departments'; id: string | null; kind: string | null; city: string | null }
  | { view: 'reader'; plan: string | null; start: number | null; end: number | null }
  | { view: 'notFound'; path: string };

export type StateOf<V extends ViewState['view']> = Extract<ViewState, { view: V }>;

export const VIEW_PATHS: Record<ViewName, string> = {
  overview: '/',
  overlap: '/overlap',
  explore: '/explore',
  compare: '/compare',
  departments: '/departments',
  reader: '/reader',
};

export const VIEW_TITLES: Record<ViewName | 'notFound', string> = {
  overview: '概览',
  overlap: '产业重叠',
  explore: '探索',
  compare: '城市对比',
  departments: '部门职责',
  reader: '原文',
  notFound: '页面不存在',
};

export const NAV_ORDER: ViewName[] = ['overview', 'overlap', 'explore', 'compare', 'departments', 'reader'];

const MATRIX_LABELS: MatrixLabel[] = ['Industry', 'Platform', 'Enterprise'];
const LAYOUTS: Layout[] = ['fcose', 'radial', 'concentric', 'breadthfirst'];

function text(params: URLSearchParams, key: string): string | null {
  const value = params.get(key);
  if (value === null) return null;
  const trimmed = value.trim();
  return trimmed.length > 0 ? trimmed : null;
}

function offset(params: URLSearchParams, key: string): number | null {
  const value = params.get(key);
  if (value === null || !/^\d{1,9}$/.test(value.trim())) return null;
  return Number(value.trim());
}

function flag(params: URLSearchParams, key: string): boolean {
  const value = params.get(key);
  return value === '1' || value === 'true';
}

export function defaultState(view: ViewName): ViewState {
  switch (view) {
    case 'overview':
      return { view, label: 'Industry' };
    case 'overlap':
      return { view, concept: null, related: false, city: null };
    case 'explore':
      return { view, id: null, depth: 1, layout: 'fcose', stress: false };
    case 'compare':
      return { view, a: null, b: null };
    case 'departments':
      return { view, id: null, kind: null, city: null };
    case 'reader':
      return { view, plan: null, start: null, end: null };
  }
}

/** `location.pathname` + `location.search` → state. Unknown paths give `notFound`. */
export function parseState(pathname: string, search: string): ViewState {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  let path = pathname.replace(/\/+$/, '') || '/';
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep it as it is
  }
  if (path === '/' || path === '/overview' || path === '/index.html') {
    const label = text(params, 'label');
    return { view: 'overview', label: MATRIX_LABELS.includes(label as MatrixLabel) ? (label as MatrixLabel) : 'Industry' };
  }
  if (path === '/overlap') {
    return { view: 'overlap', concept: text(params, 'concept'), related: flag(params, 'related'), city: text(params, 'city') };
  }
  if (path === '/explore') {
    const layout = text(params, 'layout');
    return {
      view: 'explore',
      id: text(params, 'id'),
      depth: params.get('depth') === '2' ? 2 : 1,
      layout: LAYOUTS.includes(layout as Layout) ? (layout as Layout) : 'fcose',
      stress: flag(params, 'stress'),
    };
  }
  if (path === '/compare') return { view: 'compare', a: text(params, 'a'), b: text(params, 'b') };
  if (path === '/departments') return { view: 'departments', id: text(params, 'id'), kind: text(params, 'kind'), city: text(params, 'city') };
  if (path === '/reader') {
    const start = offset(params, 'start');
    const end = offset(params, 'end');
    const valid = start !== null && end !== null && end >= start;
    return { view: 'reader', plan: text(params, 'plan'), start: valid ? start : null, end: valid ? end : null };
  }
  return { view: 'notFound', path };
}

/** State → path + query, leaving out defaults. */
export function serialiseState(state: ViewState): string {
  const params = new URLSearchParams();
  const set = (key: string, value: string | number | null | undefined) => {
    if (value !== null && value !== undefined && value !== '') params.set(key, String(value));
  };
  let path: string;
  switch (state.view) {
    case 'overview':
      path = VIEW_PATHS.overview;
      if (state.label !== 'Industry') set('label', state.label);
      break;
    case 'overlap':
      path = VIEW_PATHS.overlap;
      set('concept', state.concept);
      if (state.related) set('related', 1);
      set('city', state.city);
      break;
    case 'explore':
      path = VIEW_PATHS.explore;
      set('id', state.id);
      if (state.depth === 2) set('depth', 2);
      if (state.layout !== 'fcose') set('layout', state.layout);
      if (state.stress) set('stress', 1);
      break;
    case 'compare':
      path = VIEW_PATHS.compare;
      set('a', state.a);
      set('b', state.b);
      break;
    case 'departments':
      path = VIEW_PATHS.departments;
      set('id', state.id);
      set('kind', state.kind);
      set('city', state.city);
      break;
    case 'reader':
      path = VIEW_PATHS.reader;
      set('plan', state.plan);
      if (state.start !== null && state.end !== null) {
        set('start', state.start);
        set('end', state.end);
      }
      break;
    case 'notFound':
      return state.path;
  }
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** Builds a link to a view from a partial state (the rest defaulted). */
export function hrefTo<V extends ViewName>(view: V, patch: Partial<Omit<StateOf<V>, 'view'>> = {}): string {
  return serialiseState({ ...defaultState(view), ...patch } as ViewState);
}

/** A link that opens an evidence in the reader, scrolled to its sentence. */
export function readerHref(evidence: { plan: string; start: number; end: number }): string {
  return hrefTo('reader', { plan: evidence.plan, start: evidence.start, end: evidence.end });
}

/** Whether two states are the same address. */
export function sameState(a: ViewState, b: ViewState): boolean {
  return serialiseState(a) === serialiseState(b);
}
