/**
 * The breadth-first steps every shortest-path search shares (the SQLite store's over internal ids,
 * graph/traversal.ts's over any view): grow one level, recording for each newly reached node the
 * nodes one level nearer and the edges to them; then spell out the paths from those records.
 */

/** Per node, the nodes one level nearer and the edges joining them. */
export type Predecessors<K, E> = Map<K, Map<K, E[]>>;

export interface SearchState<K, E> {
  distance: Map<K, number>;
  predecessors: Predecessors<K, E>;
}

/** Records level `level` reached over `edges` from `frontier`; returns the nodes first reached at it. */
export function growLevel<K, E>(edges: Iterable<{ id: E; source: K; target: K }>, frontier: K[], level: number, state: SearchState<K, E>): K[] {
  const inFrontier = new Set(frontier);
  const next: K[] = [];
  const seen = new Set<E>();
  for (const edge of edges) {
    if (seen.has(edge.id)) continue;
    seen.add(edge.id);
    for (const [near, far] of [[edge.source, edge.target], [edge.target, edge.source]] as const) {
      if (!inFrontier.has(near) || far === near) continue;
      if (!state.distance.has(far)) {
        state.distance.set(far, level);
        next.push(far);
      }
      if (state.distance.get(far) !== level) continue;
      const hops = state.predecessors.get(far) ?? new Map<K, E[]>();
      hops.set(near, [...(hops.get(near) ?? []), edge.id]);
      state.predecessors.set(far, hops);
    }
  }
  return next;
}

/** Every shortest path from `start` to `goal` as its nodes and, per hop, the edges that make it; at most `cap`. */
export function spellPaths<K, E>(start: K, goal: K, predecessors: Predecessors<K, E>, cap: number): { nodes: K[]; hops: E[][] }[] {
  const sequences: { nodes: K[]; hops: E[][] }[] = [];
  const walk = (node: K, nodes: K[], hops: E[][]) => {
    if (sequences.length >= cap) return;
    if (node === start) {
      sequences.push({ nodes: [start, ...nodes], hops });
      return;
    }
    for (const [previous, edges] of predecessors.get(node) ?? []) walk(previous, [node, ...nodes], [edges, ...hops]);
  };
  walk(goal, [], []);
  return sequences;
}
