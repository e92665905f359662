/**
 * Neighbourhoods and shortest paths over any graph that answers getNodes and findEdges — a view of a
 * store (the graph as of a date, the graph with its derived edges) — by the rules every store follows:
 * neighbours admitted nearest first and by id (neighborhood.ts), the edges among the admitted nodes;
 * paths as distinct node sequences, each hop on its smallest-id edge, sorted by node ids.
 */
import { sortById } from './canonical.ts';
import { admitLevel } from './neighborhood.ts';
import { growLevel, spellPaths, type Predecessors, type SearchState } from './path-search.ts';
import type { GraphEdge } from './schema.ts';
import type { GraphPath, GraphStore, NeighborhoodOptions, PathOptions, Subgraph } from './store.ts';

export type GraphSource = Pick<GraphStore, 'getNodes' | 'findEdges'>;

/** Paths enumerated at most, as in the stores. */
const PATH_ENUMERATION_CAP = 5000;

/** Every edge touching one of `ids`, each once. */
async function incident(source: GraphSource, ids: string[]): Promise<GraphEdge[]> {
  if (ids.length === 0) return [];
  const [out, into] = await Promise.all([source.findEdges({ from: ids }), source.findEdges({ to: ids })]);
  return sortById([...new Map([...out, ...into].map((e) => [e.id, e])).values()]);
}

export async function neighborhoodOf(source: GraphSource, centre: string, options: NeighborhoodOptions): Promise<Subgraph> {
  const [node] = await source.getNodes([centre]);
  if (!node) return { nodes: [], edges: [], truncated: false };
  const included = new Set([centre]);
  let frontier = [centre];
  let truncated = false;
  for (let level = 1; level <= options.depth && !truncated; level += 1) {
    const edges = await incident(source, frontier);
    const ids = [...new Set(edges.flatMap((e) => [e.source, e.target]))].filter((id) => !included.has(id));
    const nodes = await source.getNodes(ids);
    ({ frontier, truncated } = admitLevel(included, nodes.map((n) => [n.id, n.label]), options));
  }
  const nodes = await source.getNodes([...included]);
  const edges = (await incident(source, [...included])).filter((e) => included.has(e.source) && included.has(e.target));
  return { nodes: sortById(nodes), edges, truncated };
}

/** Breadth-first from `from` until `to` is reached (graph/path-search.ts records the levels). */
async function searchLevels(source: GraphSource, from: string, to: string, maxLength: number): Promise<Predecessors<string, string> | null> {
  const state: SearchState<string, string> = { distance: new Map([[from, 0]]), predecessors: new Map() };
  let frontier = [from];
  for (let level = 1; level <= maxLength && frontier.length > 0 && !state.distance.has(to); level += 1) {
    frontier = growLevel(await incident(source, frontier), frontier, level, state);
  }
  return state.distance.has(to) ? state.predecessors : null;
}

export async function shortestPathsOf(source: GraphSource, from: string, to: string, options: PathOptions): Promise<GraphPath[]> {
  if (from === to) return [];
  const ends = await source.getNodes([from, to]);
  if (ends.length < 2) return [];
  const predecessors = await searchLevels(source, from, to, options.maxLength);
  if (!predecessors) return [];
  const smallest = (ids: string[]) => ids.reduce((a, b) => (b < a ? b : a));
  const paths = spellPaths(from, to, predecessors, PATH_ENUMERATION_CAP).map((s) => ({ nodes: s.nodes, edges: s.hops.map(smallest) }));
  const key = (p: GraphPath) => p.nodes.join('\u0000');
  return paths.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)).slice(0, options.limit);
}
