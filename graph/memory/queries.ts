/**
 * Read queries over the embedded graph, with the same ordering rules the Neo4j store follows:
 * neighbours are taken nearest first and by id, paths are the shortest ones sorted by their ids.
 */
import { sortById } from '../canonical.ts';
import { admitLevel } from '../neighborhood.ts';
import type { GraphEdge, GraphNode, Label } from '../schema.ts';
import type { EdgeQuery, GraphPath, NeighborhoodOptions, NodeQuery, PathOptions, Subgraph } from '../store.ts';
import type { GraphState } from './graph-state.ts';

function nodeCity(node: GraphNode): string | null {
  if (node.label === 'City') return node.name;
  return 'city' in node ? (node.city ?? null) : null;
}

export function findNodes(state: GraphState, query: NodeQuery): GraphNode[] {
  const text = query.text?.toLowerCase();
  const ids = query.ids ? [...query.ids].sort() : state.idsInOrder();
  // A search text never contains the NUL that joins a node's names, so no match spans two of them.
  const matches = (stored: GraphNode) => text === undefined || (!text.includes('\u0000') && state.searchText(stored.id).includes(text));
  const found: GraphNode[] = [];
  for (const id of ids) {
    const stored = state.nodes.get(id);
    if (!stored) continue;
    if (query.labels && !query.labels.includes(stored.label)) continue;
    if (query.city !== undefined && nodeCity(stored) !== query.city) continue;
    if (query.plan !== undefined && !stored.plans.includes(query.plan)) continue;
    if (!matches(stored)) continue;
    found.push(state.present(id) as GraphNode);
    if (query.limit !== undefined && found.length >= query.limit) break;
  }
  return found;
}

export function findEdges(state: GraphState, query: EdgeQuery): GraphEdge[] {
  let candidates: Iterable<string>;
  if (query.from || query.to) {
    const ids = new Set<string>();
    for (const id of query.from ?? []) for (const e of state.outgoing.get(id) ?? []) ids.add(e);
    for (const id of query.to ?? []) for (const e of state.incoming.get(id) ?? []) ids.add(e);
    candidates = ids;
  } else candidates = state.edges.keys();
  const found: GraphEdge[] = [];
  for (const id of [...candidates].sort()) {
    const edge = state.edges.get(id) as GraphEdge;
    if (query.types && !query.types.includes(edge.type)) continue;
    if (query.plan !== undefined && edge.plan !== query.plan) continue;
    if (query.targetLabels && !query.targetLabels.includes(state.nodes.get(edge.target)?.label as Label)) continue;
    found.push(state.presentEdge(id) as GraphEdge);
    if (query.limit !== undefined && found.length >= query.limit) break;
  }
  return found;
}

function neighbours(state: GraphState, id: string): string[] {
  const ids = new Set<string>();
  for (const edgeId of state.edgesOf(id)) {
    const edge = state.edges.get(edgeId) as GraphEdge;
    ids.add(edge.source === id ? edge.target : edge.source);
  }
  ids.delete(id);
  return [...ids];
}

export function neighborhood(state: GraphState, centre: string, options: NeighborhoodOptions): Subgraph {
  if (!state.nodes.has(centre)) return { nodes: [], edges: [], truncated: false };
  const included = new Set([centre]);
  let frontier = [centre];
  let truncated = false;
  for (let level = 1; level <= options.depth && !truncated; level += 1) {
    const next = new Map<string, Label>();
    for (const id of frontier) for (const n of neighbours(state, id)) next.set(n, (state.nodes.get(n) as GraphNode).label);
    ({ frontier, truncated } = admitLevel(included, next, options));
  }
  const edges: GraphEdge[] = [];
  for (const id of included) {
    for (const edgeId of state.outgoing.get(id) ?? []) {
      const edge = state.edges.get(edgeId) as GraphEdge;
      if (included.has(edge.target)) edges.push(state.presentEdge(edgeId) as GraphEdge);
    }
  }
  return { nodes: sortById([...included].map((id) => state.present(id) as GraphNode)), edges: sortById(edges), truncated };
}

const PATH_ENUMERATION_CAP = 5000;

/**
 * Shortest undirected paths as distinct node sequences; each hop uses the smallest-id edge between
 * its two nodes (a task both LED_BY and ASSIGNED_TO a body is one hop, not two paths). Sorted by
 * node ids, at most `limit`.
 */
export function shortestPaths(state: GraphState, from: string, to: string, options: PathOptions): GraphPath[] {
  if (!state.nodes.has(from) || !state.nodes.has(to) || from === to) return [];
  const distance = new Map<string, number>([[from, 0]]);
  const predecessors = new Map<string, Map<string, string>>();
  let frontier = [from];
  for (let level = 1; level <= options.maxLength && frontier.length > 0 && !distance.has(to); level += 1) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const edgeId of state.edgesOf(id)) {
        const edge = state.edges.get(edgeId) as GraphEdge;
        const other = edge.source === id ? edge.target : edge.source;
        if (other === id) continue;
        if (!distance.has(other)) {
          distance.set(other, level);
          next.push(other);
        }
        if (distance.get(other) !== level) continue;
        const hops = predecessors.get(other) ?? new Map<string, string>();
        const current = hops.get(id);
        if (current === undefined || edgeId < current) hops.set(id, edgeId);
        predecessors.set(other, hops);
      }
    }
    frontier = next;
  }
  if (!distance.has(to)) return [];
  const paths: GraphPath[] = [];
  const walk = (id: string, nodes: string[], edges: string[]) => {
    if (paths.length >= PATH_ENUMERATION_CAP) return;
    if (id === from) {
      paths.push({ nodes: [from, ...nodes], edges });
      return;
    }
    for (const [node, edge] of predecessors.get(id) ?? []) walk(node, [id, ...nodes], [edge, ...edges]);
  };
  walk(to, [], []);
  const key = (p: GraphPath) => p.nodes.join('\u0000');
  return paths.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)).slice(0, options.limit);
}
