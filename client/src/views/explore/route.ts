/**
 * 探索's state is the canvas itself, so a link reopens the same picture: the root entity and its depth,
 * then every change made to the canvas in order (expand, add, remove, keep) as repeated parameters,
 * the pinned nodes, a path query, the layout, the filters and how large graphs are summarised.
 */
import type { Label } from '../../../../server/contract.ts';
import { LABELS } from '../../format.ts';
import { defineView, flag, listOf, oneOf, text } from '../../app/view-route.ts';
import { LAYOUTS, type Layout } from '../../graph/layout-names.ts';


/** How a canvas too large to read is summarised: automatic above a size, never, or grouped by a key. */
export type Aggregation = 'auto' | 'none' | 'label' | 'city' | 'concept';
export const AGGREGATIONS: readonly Aggregation[] = ['auto', 'none', 'label', 'city', 'concept'];

export type LabelMode = 'auto' | 'all';

/** One change to the canvas; `undo` takes back the last. */
export type CanvasOp = { kind: 'expand'; id: string } | { kind: 'add'; id: string } | { kind: 'remove'; ids: string[] } | { kind: 'keep'; ids: string[] };

export interface PathQuery {
  from: string;
  to: string;
  /** How many paths, shortest first (1: the shortest). */
  k: number;
  avoidHubs: boolean;
}

export interface ExploreState {
  /** The entity the canvas starts from, with its neighbourhood at `depth`. */
  root: string | null;
  depth: 1 | 2;
  /** Most nodes a neighbourhood brings (null: the default for its depth). */
  limit: number | null;
  ops: CanvasOp[];
  pinned: string[];
  path: PathQuery | null;
  layout: Layout;
  hiddenLabels: Label[];
  /** Only this city's entities, and the document parts of its plans. */
  city: string | null;
  aggregate: Aggregation;
  labels: LabelMode;
}

const OP_KEYS = { x: 'expand', n: 'add', rm: 'remove', keep: 'keep' } as const;
type OpKey = keyof typeof OP_KEYS;
const isOpKey = (key: string): key is OpKey => key in OP_KEYS;

/** Repeated op parameters in URL order; consecutive `rm` (or `keep`) parameters are one step. */
function parseOps(params: URLSearchParams): CanvasOp[] {
  const ops: CanvasOp[] = [];
  for (const [key, raw] of params) {
    const id = raw.trim();
    if (!isOpKey(key) || !id) continue;
    const kind = OP_KEYS[key];
    const last = ops[ops.length - 1];
    if (kind === 'remove' || kind === 'keep') {
      if (last?.kind === kind) last.ids.push(id);
      else ops.push({ kind, ids: [id] });
    } else ops.push({ kind, id });
  }
  return ops;
}

function opPairs(ops: readonly CanvasOp[]): [string, string][] {
  const keyOf: Record<CanvasOp['kind'], OpKey> = { expand: 'x', add: 'n', remove: 'rm', keep: 'keep' };
  return ops.flatMap((op): [string, string][] => ('ids' in op ? op.ids.map((id): [string, string] => [keyOf[op.kind], id]) : [[keyOf[op.kind], op.id]]));
}

function parsePath(params: URLSearchParams): PathQuery | null {
  const from = text(params, 'from');
  const to = text(params, 'to');
  if (!from || !to) return null;
  const k = Number(params.get('k'));
  return { from, to, k: Number.isInteger(k) && k >= 1 && k <= 10 ? k : 1, avoidHubs: flag(params, 'hubs') };
}

/** The API's bounds for a neighbourhood's size. */
export const NEIGHBOURHOOD_LIMITS = { min: 10, max: 2000 };

function neighbourhoodLimit(value: string | null): number | null {
  const limit = Number(value);
  return value !== null && Number.isInteger(limit) && limit >= NEIGHBOURHOOD_LIMITS.min && limit <= NEIGHBOURHOOD_LIMITS.max ? limit : null;
}

export function parseExplore(params: URLSearchParams): ExploreState {
  return {
    root: text(params, 'id'),
    depth: params.get('depth') === '2' ? 2 : 1,
    limit: neighbourhoodLimit(params.get('limit')),
    ops: parseOps(params),
    pinned: params.getAll('pin').filter((id) => id.trim() !== ''),
    path: parsePath(params),
    layout: oneOf(params, 'layout', LAYOUTS, 'fcose'),
    hiddenLabels: listOf(params, 'hide', LABELS),
    city: text(params, 'city'),
    aggregate: oneOf(params, 'agg', AGGREGATIONS, 'auto'),
    labels: oneOf(params, 'labels', ['auto', 'all'] as const, 'auto'),
  };
}

export function exploreQuery(state: ExploreState): [string, string][] {
  const pairs: [string, string][] = [];
  const put = (key: string, value: string | number | null | false) => {
    if (value !== null && value !== false && value !== '') pairs.push([key, String(value)]);
  };
  put('id', state.root);
  put('depth', state.depth === 2 && 2);
  put('limit', state.limit);
  pairs.push(...opPairs(state.ops));
  for (const id of state.pinned) put('pin', id);
  put('from', state.path?.from ?? null);
  put('to', state.path?.to ?? null);
  put('k', state.path && state.path.k !== 1 ? state.path.k : null);
  put('hubs', state.path?.avoidHubs ? 1 : null);
  put('layout', state.layout !== 'fcose' && state.layout);
  put('hide', state.hiddenLabels.join(','));
  put('city', state.city);
  put('agg', state.aggregate !== 'auto' && state.aggregate);
  put('labels', state.labels !== 'auto' && state.labels);
  return pairs;
}

export const exploreView = defineView({
  name: 'explore',
  path: '/explore',
  title: '探索',
  hint: '实体关系图谱',
  parse: parseExplore,
  query: exploreQuery,
  load: () => import('./ExploreView.tsx'),
});
