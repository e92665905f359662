/**
 * The explorer's canvas as a pure function of its URL state and the answers fetched for it: the root's
 * neighbourhood, then each change in order (expand, add, remove, keep), then the path asked for;
 * every relationship known between two nodes on the canvas is drawn. Then what is shown of it: the
 * filters (labels, city — a task, section or target counts as its plan's city), and a summary by
 * groups when it is too large to read. Unit-tested in Node.
 */
import type { Label } from '../../../../server/contract.ts';
import { aggregate, type Aggregated } from '../../graph/aggregate.ts';
import type { EdgeElement, ElementSet, NodeElement } from '../../graph/elements.ts';
import type { ExploreState, PathQuery } from './route.ts';

/** Something the canvas needs from the API. */
export type CanvasSource = { kind: 'neighbourhood'; id: string; depth: 1 | 2; limit: number } | { kind: 'path'; query: PathQuery };

export function sourceKey(source: CanvasSource): string {
  if (source.kind === 'neighbourhood') return `nb|${source.depth}|${source.limit}|${source.id}`;
  const q = source.query;
  return `path|${q.k}|${q.avoidHubs ? 1 : 0}|${q.from}|${q.to}`;
}

/** Neighbourhood sizes unless the state says otherwise: what a screen can show. */
export const DEFAULT_LIMITS = { 1: 150, 2: 400 } as const;

function rootSource(state: ExploreState, id: string): CanvasSource {
  return { kind: 'neighbourhood', id, depth: state.depth, limit: state.limit ?? DEFAULT_LIMITS[state.depth] };
}

function expansionSource(state: ExploreState, id: string): CanvasSource {
  return { kind: 'neighbourhood', id, depth: 1, limit: state.limit ?? DEFAULT_LIMITS[1] };
}

/** Every answer the state's canvas is made of. */
export function canvasSources(state: ExploreState): CanvasSource[] {
  const sources: CanvasSource[] = [];
  if (state.root) sources.push(rootSource(state, state.root));
  // An added node's neighbourhood tells which of its relationships reach the canvas.
  for (const op of state.ops) if (op.kind === 'expand' || op.kind === 'add') sources.push(expansionSource(state, op.id));
  if (state.path) sources.push({ kind: 'path', query: state.path });
  const seen = new Set<string>();
  return sources.filter((s) => !seen.has(sourceKey(s)) && Boolean(seen.add(sourceKey(s))));
}

export interface Canvas {
  elements: ElementSet;
  root: string | null;
  /** Nodes the user brought in: expanded, added, on the path — never grouped away. */
  chosen: Set<string>;
  /** The path's nodes and edges. */
  path: Set<string>;
}

function withClass<T extends NodeElement | EdgeElement>(element: T, add: string, remove: string[] = []): T {
  const classes = new Set((element.classes ?? '').split(' ').filter((c) => c && !remove.includes(c)));
  if (add) classes.add(add);
  return { ...element, classes: [...classes].join(' ') };
}

export function composeCanvas(state: ExploreState, fetched: ReadonlyMap<string, ElementSet>): Canvas {
  const nodes = new Map<string, NodeElement>();
  const answer = (source: CanvasSource) => fetched.get(sourceKey(source));
  const bring = (set: ElementSet | undefined, only?: string) => {
    for (const n of set?.nodes ?? []) if ((!only || n.data.id === only) && !nodes.has(n.data.id)) nodes.set(n.data.id, withClass(n, '', ['centre']));
  };
  const chosen = new Set<string>();
  if (state.root) {
    bring(answer(rootSource(state, state.root)));
    chosen.add(state.root);
  }
  for (const op of state.ops) {
    if (op.kind === 'expand' || op.kind === 'add') {
      bring(answer(expansionSource(state, op.id)), op.kind === 'add' ? op.id : undefined);
      chosen.add(op.id);
    } else if (op.kind === 'remove') for (const id of op.ids) nodes.delete(id);
    else for (const id of [...nodes.keys()]) if (!op.ids.includes(id)) nodes.delete(id);
  }
  const pathSet = state.path ? answer({ kind: 'path', query: state.path }) : undefined;
  bring(pathSet);
  const path = new Set([...(pathSet?.nodes ?? []), ...(pathSet?.edges ?? [])].map((e) => e.data.id));
  for (const id of path) if (nodes.has(id)) chosen.add(id);
  if (state.root && nodes.has(state.root)) nodes.set(state.root, withClass(nodes.get(state.root) as NodeElement, 'centre'));
  return { elements: { nodes: [...nodes.values()], edges: edgesAmong(nodes, fetched) }, root: state.root, chosen, path };
}

/** Every relationship any answer knows between two nodes on the canvas, once. */
function edgesAmong(nodes: ReadonlyMap<string, NodeElement>, fetched: ReadonlyMap<string, ElementSet>): EdgeElement[] {
  const edges = new Map<string, EdgeElement>();
  for (const set of fetched.values()) for (const e of set.edges) if (!edges.has(e.data.id) && nodes.has(e.data.source) && nodes.has(e.data.target)) edges.set(e.data.id, e);
  return [...edges.values()];
}

export interface Filters {
  hiddenLabels: readonly Label[];
  city: string | null;
}

/** What the filters leave: hidden labels out; with a city, nodes of other cities out (nodes of no city stay). The path always stays. */
export function filterCanvas(canvas: Canvas, filters: Filters): ElementSet {
  const hidden = new Set(filters.hiddenLabels);
  const nodes = canvas.elements.nodes.filter((n) => {
    if (canvas.path.has(n.data.id) || n.data.id === canvas.root) return true;
    if (hidden.has(n.data.label)) return false;
    return !filters.city || n.data.city === null || n.data.city === filters.city;
  });
  const ids = new Set(nodes.map((n) => n.data.id));
  return { nodes, edges: canvas.elements.edges.filter((e) => ids.has(e.data.source) && ids.has(e.data.target)) };
}

/**
 * Above this many nodes a canvas is summarised by default. Measured on the seed graph at 1440 × 900
 * (bench/client.ts, captions drawn without collision): 50 nodes 64% named, 100 54%, 150 45%, then
 * 200 26%, 300–450 22%, and from 500 (drawn in large mode) none until zoomed in — past 150 the
 * picture stops saying which node is which.
 */
export const AGGREGATE_ABOVE = 150;
/** Besides the chosen nodes, this many best-connected nodes stay themselves in a summary. */
export const SUMMARY_HUBS = 24;

export function displayCanvas(visible: ElementSet, canvas: Canvas, mode: ExploreState['aggregate'], opened: ReadonlySet<string> = new Set()): ElementSet | Aggregated {
  const by = mode === 'auto' ? (visible.nodes.length > AGGREGATE_ABOVE ? 'label' : null) : mode === 'none' ? null : mode;
  if (!by) return visible;
  return aggregate(visible, { by, keep: new Set([...canvas.chosen, ...opened]), hubs: SUMMARY_HUBS });
}
