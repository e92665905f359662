/**
 * A per-request view of the store that remembers nodes it has fetched, so services can look things up
 * freely without repeating round trips to Neo4j.
 */
import type { EdgeQuery, GraphStore } from '../../graph/store.ts';
import type { GraphEdge, GraphNode, NodeOfLabel } from '../../graph/schema.ts';

export class GraphReader {
  private readonly nodes = new Map<string, GraphNode | null>();
  private plansCache: NodeOfLabel<'Plan'>[] | null = null;

  constructor(readonly store: GraphStore) {}

  async nodesById(ids: Iterable<string>): Promise<Map<string, GraphNode>> {
    const wanted = [...new Set(ids)];
    const missing = wanted.filter((id) => !this.nodes.has(id));
    if (missing.length > 0) {
      const found = await this.store.getNodes(missing);
      for (const id of missing) this.nodes.set(id, null);
      for (const node of found) this.nodes.set(node.id, node);
    }
    const result = new Map<string, GraphNode>();
    for (const id of wanted) {
      const node = this.nodes.get(id);
      if (node) result.set(id, node);
    }
    return result;
  }

  async node(id: string): Promise<GraphNode | undefined> {
    return (await this.nodesById([id])).get(id);
  }

  edges(query: EdgeQuery): Promise<GraphEdge[]> {
    return this.store.findEdges(query);
  }

  /** Every stored plan, by id. */
  async plans(): Promise<NodeOfLabel<'Plan'>[]> {
    if (!this.plansCache) {
      this.plansCache = (await this.store.findNodes({ labels: ['Plan'] })).filter((n): n is NodeOfLabel<'Plan'> => n.label === 'Plan');
      for (const plan of this.plansCache) this.nodes.set(plan.id, plan);
    }
    return this.plansCache;
  }

  async planCity(planId: string): Promise<string | null> {
    return (await this.plans()).find((p) => p.id === planId)?.city ?? null;
  }

  /** Cities that have at least one plan, sorted. */
  async cities(): Promise<string[]> {
    return [...new Set((await this.plans()).map((p) => p.city).filter((c): c is string => c !== null))].sort();
  }
}
