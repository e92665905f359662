/**
 * Addresses: where a URL leads (a view and its state) and the URL of a view in a given state. Pure,
 * so every view's URL codec is tested in Node.
 */
import { VIEWS } from './registry.ts';
import { searchOf, type ViewRoute } from './view-route.ts';

type AnyView = (typeof VIEWS)[number];
export type ViewName = AnyView['name'];
export type StateOf<N extends ViewName> = Extract<AnyView, { name: N }> extends ViewRoute<N, infer S> ? S : never;

/** A view with its state, or an address no view answers. */
export type Place = { [N in ViewName]: { view: N; state: StateOf<N> } }[ViewName] | { view: 'notFound'; path: string };

export function routeOf<N extends ViewName>(name: N): ViewRoute<N, StateOf<N>> {
  return (VIEWS as readonly ViewRoute[]).find((v) => v.name === name) as unknown as ViewRoute<N, StateOf<N>>;
}

export function parsePlace(pathname: string, search: string): Place {
  let path = pathname.replace(/\/+$/, '') || '/';
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep it as it is
  }
  const route = (VIEWS as readonly ViewRoute[]).find((v) => v.path === path || v.aliases?.includes(path));
  if (!route) return { view: 'notFound', path };
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  return { view: route.name, state: route.parse(params) } as Place;
}

export function placeHref(place: Place): string {
  if (place.view === 'notFound') return place.path;
  const route = routeOf(place.view) as unknown as ViewRoute;
  return `${route.path}${searchOf(route.query(place.state))}`;
}

/** The default state of a view (its empty address). */
export function defaultState<N extends ViewName>(name: N): StateOf<N> {
  return routeOf(name).parse(new URLSearchParams());
}

/** A link to a view in a state given in part (the rest defaulted). */
export function hrefTo<N extends ViewName>(name: N, patch: Partial<StateOf<N>> = {}): string {
  return placeHref({ view: name, state: { ...(defaultState(name) as object), ...patch } } as unknown as Place);
}

/** A link that opens an evidence in the reader, on its sentence. */
export function readerHref(evidence: { plan: string; start: number; end: number }): string {
  return hrefTo('reader', { plan: evidence.plan, focus: { start: evidence.start, end: evidence.end } });
}
