/**
 * Neighbourhoods and shortest paths, one SQL query per breadth-first level over internal ids, with
 * the rules every store shares: neighbours admitted nearest first and by id (graph/neighborhood.ts),
 * paths as distinct node sequences, each hop on its smallest-id edge, sorted by node ids.
 */
import { sortById } from '../canonical.ts';
import { admitLevel } from '../neighborhood.ts';
import { growLevel, spellPaths, type Predecessors, type SearchState } from '../path-search.ts';
import type { GraphPath, NeighborhoodOptions, PathOptions, Subgraph } from '../store.ts';
import type { StoreReader } from './read.ts';

export function neighborhood(reader: StoreReader, centre: string, options: NeighborhoodOptions): Subgraph {
  const found = reader.nids([centre]).get(centre);
  if (!found) return { nodes: [], edges: [], truncated: false };
  const nidOf = new Map([[centre, found.nid]]);
  const included = new Set([centre]);
  let frontier = [centre];
  let truncated = false;
  for (let level = 1; level <= options.depth && !truncated; level += 1) {
    const neighbours = reader.neighbours(frontier.map((id) => nidOf.get(id) as number));
    for (const n of neighbours) nidOf.set(n.id, n.nid);
    ({ frontier, truncated } = admitLevel(included, neighbours.map((n) => [n.id, n.label]), options));
  }
  const nids = [...included].map((id) => nidOf.get(id) as number);
  return { nodes: sortById(reader.presentNodes(reader.nodeRows(nids))), edges: reader.edgesAmong(nids), truncated };
}

/** Paths enumerated at most, as in the other stores. */
const PATH_ENUMERATION_CAP = 5000;

/** Breadth-first from `start` until `goal` is reached (graph/path-search.ts records the levels). */
function searchLevels(reader: StoreReader, start: number, goal: number, maxLength: number): Predecessors<number, number> | null {
  const state: SearchState<number, number> = { distance: new Map([[start, 0]]), predecessors: new Map() };
  let frontier = [start];
  for (let level = 1; level <= maxLength && frontier.length > 0 && !state.distance.has(goal); level += 1) {
    frontier = growLevel(reader.incident(frontier).map((e) => ({ id: e.eid, source: e.source, target: e.target })), frontier, level, state);
  }
  return state.distance.has(goal) ? state.predecessors : null;
}

export function shortestPaths(reader: StoreReader, from: string, to: string, options: PathOptions): GraphPath[] {
  if (from === to) return [];
  const ends = reader.nids([from, to]);
  const start = ends.get(from)?.nid;
  const goal = ends.get(to)?.nid;
  if (start === undefined || goal === undefined) return [];
  const predecessors = searchLevels(reader, start, goal, options.maxLength);
  if (!predecessors) return [];
  const sequences = spellPaths(start, goal, predecessors, PATH_ENUMERATION_CAP);
  const nodeIds = reader.nodeIds([...new Set(sequences.flatMap((s) => s.nodes))]);
  const edgeIds = reader.edgeIds([...new Set(sequences.flatMap((s) => s.hops.flat()))]);
  const smallest = (eids: number[]) => eids.map((eid) => edgeIds.get(eid) as string).reduce((a, b) => (b < a ? b : a));
  const paths = sequences.map((s) => ({ nodes: s.nodes.map((nid) => nodeIds.get(nid) as string), edges: s.hops.map(smallest) }));
  const key = (p: GraphPath) => p.nodes.join('\u0000');
  return paths.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)).slice(0, options.limit);
}
