/**
 * Paths the store's own shortest-path query does not give: the k shortest loopless paths (Yen's
 * algorithm, so the second answer may be one step longer than the first) and paths that do not pass
 * through hubs — nodes with more distinct neighbours than `hubDegree` (a plan mentions hundreds of
 * entities, so without this nearly every path runs through a plan). Built on GraphStore.findEdges only,
 * so it works the same on every store; adjacency is fetched one breadth-first level at a time and
 * remembered for the whole request.
 */
import type { GraphEdge } from '../../graph/schema.ts';
import type { GraphPath } from '../../graph/store.ts';
import type { GraphReader } from './graph-reader.ts';

export interface PathSearch {
  /** Longest path, in edges. */
  maxLength: number;
  /** How many paths, shortest first. */
  k: number;
  /** Nodes with more distinct neighbours than this are never passed through (null: no limit). */
  hubDegree: number | null;
}

export interface PathSearchResult {
  paths: GraphPath[];
  /** Hubs the search met and did not pass through, sorted. */
  avoided: string[];
}

/** Each neighbour once, reached by the smallest-id edge between the two (the stores' rule for hops). */
type Adjacency = Map<string, string>;

class AdjacencyCache {
  private readonly known = new Map<string, Adjacency>();

  constructor(private readonly reader: GraphReader) {}

  /** Fetches, in two queries, the adjacency of every node in `ids` not fetched yet. */
  async load(ids: Iterable<string>): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.known.has(id));
    if (missing.length === 0) return;
    const [outgoing, incoming] = await Promise.all([this.reader.edges({ from: missing }), this.reader.edges({ to: missing })]);
    for (const id of missing) this.known.set(id, new Map());
    const link = (edge: GraphEdge, at: string, other: string) => {
      const adjacency = this.known.get(at);
      if (!adjacency || at === other) return;
      const current = adjacency.get(other);
      if (current === undefined || edge.id < current) adjacency.set(other, edge.id);
    };
    for (const edge of [...outgoing, ...incoming]) {
      link(edge, edge.source, edge.target);
      link(edge, edge.target, edge.source);
    }
  }

  neighbours(id: string): Adjacency {
    return this.known.get(id) ?? new Map();
  }
}

interface Constraints {
  bannedNodes: ReadonlySet<string>;
  /** Undirected hops that may not be taken, as `a\0b` with a < b. */
  bannedHops: ReadonlySet<string>;
  maxLength: number;
}

const hopKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
const pathKey = (path: GraphPath) => path.nodes.join('\u0000');

/** Breadth-first shortest path under the constraints; neighbours in id order, so the answer is deterministic. */
async function shortestPath(cache: AdjacencyCache, from: string, to: string, rules: Constraints, isHub: (id: string) => boolean): Promise<GraphPath | null> {
  const parent = new Map<string, string | null>([[from, null]]);
  let frontier = [from];
  for (let level = 1; level <= rules.maxLength && frontier.length > 0; level += 1) {
    await cache.load(frontier);
    const next: string[] = [];
    for (const id of frontier) {
      if (id !== from && isHub(id)) continue;
      for (const other of [...cache.neighbours(id).keys()].sort()) {
        if (parent.has(other) || rules.bannedNodes.has(other) || rules.bannedHops.has(hopKey(id, other))) continue;
        parent.set(other, id);
        if (other === to) return pathTo(cache, parent, to);
        next.push(other);
      }
    }
    frontier = next;
  }
  return null;
}

function pathTo(cache: AdjacencyCache, parent: Map<string, string | null>, to: string): GraphPath {
  const nodes = [to];
  for (let at = parent.get(to); at !== null && at !== undefined; at = parent.get(at)) nodes.unshift(at);
  const edges = nodes.slice(1).map((id, i) => cache.neighbours(nodes[i] as string).get(id) as string);
  return { nodes, edges };
}

/** Yen's algorithm: each next path deviates from an earlier one at some node (its spur). */
export async function kShortestPaths(reader: GraphReader, from: string, to: string, search: PathSearch): Promise<PathSearchResult> {
  const cache = new AdjacencyCache(reader);
  const avoided = new Set<string>();
  const isHub = (id: string) => {
    const hub = search.hubDegree !== null && id !== to && cache.neighbours(id).size > search.hubDegree;
    if (hub) avoided.add(id);
    return hub;
  };
  const first = from === to ? null : await shortestPath(cache, from, to, { bannedNodes: new Set(), bannedHops: new Set(), maxLength: search.maxLength }, isHub);
  const found: GraphPath[] = first ? [first] : [];
  const candidates = new Map<string, GraphPath>();
  while (found.length > 0 && found.length < search.k) {
    const previous = found[found.length - 1] as GraphPath;
    for (const candidate of await spurPaths(cache, previous, found, to, search.maxLength, isHub)) candidates.set(pathKey(candidate), candidate);
    for (const path of found) candidates.delete(pathKey(path));
    const best = [...candidates.values()].sort((a, b) => a.edges.length - b.edges.length || (pathKey(a) < pathKey(b) ? -1 : 1))[0];
    if (!best) break;
    candidates.delete(pathKey(best));
    found.push(best);
  }
  return { paths: found, avoided: [...avoided].sort() };
}

async function spurPaths(cache: AdjacencyCache, previous: GraphPath, found: GraphPath[], to: string, maxLength: number, isHub: (id: string) => boolean): Promise<GraphPath[]> {
  const result: GraphPath[] = [];
  for (let i = 0; i < previous.nodes.length - 1; i += 1) {
    const root = previous.nodes.slice(0, i + 1);
    const spur = root[i] as string;
    const bannedHops = new Set<string>();
    for (const path of found) {
      if (path.nodes.length > i + 1 && root.every((id, j) => path.nodes[j] === id)) bannedHops.add(hopKey(spur, path.nodes[i + 1] as string));
    }
    const rules = { bannedNodes: new Set(root.slice(0, i)), bannedHops, maxLength: maxLength - i };
    const tail = await shortestPath(cache, spur, to, rules, isHub);
    if (!tail) continue;
    result.push({ nodes: [...root.slice(0, i), ...tail.nodes], edges: [...previous.edges.slice(0, i), ...tail.edges] });
  }
  return result;
}
