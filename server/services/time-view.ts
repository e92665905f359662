/**
 * The graph as the API reads it: the stored graph with the SUCCEEDS edges derived from its plans, and
 * — as of a day — only what the plans in force that day state. It is a GraphStore, so every service
 * reads it as it reads a store and answers as of a date without knowing it; the filter lives here only.
 *
 * As of a day: a node stays when a plan in force supports it (its `plans` keep only those), a
 * plan's own edge when its plan is in force, a structural or derived edge when both its ends stay,
 * and a citation when its plan is in force. Neighbourhoods and paths are then walked over what stays.
 */
import { applyLimit, sortGraph } from '../../graph/canonical.ts';
import type { Graph, GraphEdge, GraphNode, NodeOfLabel } from '../../graph/schema.ts';
import type { Counts, EdgeQuery, GraphPath, GraphStore, NeighborhoodOptions, NodeQuery, PathOptions, Subgraph } from '../../graph/store.ts';
import { neighborhoodOf, shortestPathsOf } from '../../graph/traversal.ts';
import type { SuccessionVocabulary } from '../../lexicon/index.ts';
import { planTimeOf, standingsOn, type PlanStanding, type PlanTime } from './plan-time.ts';
import { succeedsEdge, successionLinks, type SuccessionLink } from './succession.ts';

/** The plans in time: each one's dates, who succeeds whom, and the derived SUCCEEDS edges. */
export interface PlanTimeModel {
  plans: Map<string, NodeOfLabel<'Plan'>>;
  times: Map<string, PlanTime>;
  links: SuccessionLink[];
  succeeds: GraphEdge[];
  standingsOn(day: string): Map<string, PlanStanding>;
}

export function planTimeModel(planNodes: NodeOfLabel<'Plan'>[], vocabulary: SuccessionVocabulary): PlanTimeModel {
  const plans = new Map(planNodes.map((p) => [p.id, p]));
  const times = new Map(planNodes.map((p) => [p.id, planTimeOf(p, vocabulary)]));
  const links = successionLinks([...times.values()], vocabulary);
  const predecessors = new Map<string, string[]>();
  for (const link of links) predecessors.set(link.successor, [...(predecessors.get(link.successor) ?? []), link.predecessor]);
  return {
    plans,
    times,
    links,
    succeeds: links.map((link) => succeedsEdge(link, times, plans)),
    standingsOn: (day) => standingsOn(day, [...times.values()], predecessors),
  };
}

const models = new WeakMap<GraphStore, { revision: string; model: Promise<PlanTimeModel> }>();

/** The time model of the store's current graph, computed once per revision. */
export async function timeModelOf(store: GraphStore, vocabulary: SuccessionVocabulary): Promise<PlanTimeModel> {
  const revision = await store.revision();
  const cached = models.get(store);
  if (cached?.revision === revision) return cached.model;
  const model = store.findNodes({ labels: ['Plan'] }).then((nodes) => planTimeModel(nodes.filter((n): n is NodeOfLabel<'Plan'> => n.label === 'Plan'), vocabulary));
  models.set(store, { revision, model });
  return model;
}

function matches(edge: GraphEdge, query: EdgeQuery, labelOf: (id: string) => string | undefined): boolean {
  return (
    (!query.from || query.from.includes(edge.source)) &&
    (!query.to || query.to.includes(edge.target)) &&
    (!query.types || query.types.includes(edge.type)) &&
    (!query.targetLabels || query.targetLabels.includes(labelOf(edge.target) as never)) &&
    (query.plan === undefined || edge.plan === query.plan)
  );
}

export class TimeView implements GraphStore {
  readonly kind: GraphStore['kind'];
  readonly location: string;

  /** `inForce`: the plans in force on the day the view is as of; null for the whole graph. */
  constructor(
    private readonly base: GraphStore,
    readonly model: PlanTimeModel,
    private readonly inForce: ReadonlySet<string> | null,
  ) {
    this.kind = base.kind;
    this.location = base.location;
  }

  async init(): Promise<void> {}
  async close(): Promise<void> {}
  replacePlan: GraphStore['replacePlan'] = (contribution) => this.base.replacePlan(contribution);
  replacePlans: GraphStore['replacePlans'] = (contributions) => this.base.replacePlans(contributions);
  removePlan: GraphStore['removePlan'] = (planId) => this.base.removePlan(planId);
  editPlan: GraphStore['editPlan'] = (planId, change) => this.base.editPlan(planId, change);
  getSourceText: GraphStore['getSourceText'] = (planId) => this.base.getSourceText(planId);
  revision: GraphStore['revision'] = () => this.base.revision();

  private keepNode(node: GraphNode): GraphNode | null {
    if (!this.inForce) return node;
    const plans = node.plans.filter((p) => this.inForce?.has(p));
    return plans.length === 0 ? null : ({ ...node, plans } as GraphNode);
  }

  private keepNodes(nodes: GraphNode[]): GraphNode[] {
    return nodes.map((n) => this.keepNode(n)).filter((n): n is GraphNode => n !== null);
  }

  /** Edges of plans in force, and structural or derived ones whose ends both stay; citations of plans in force. */
  private async keepEdges(edges: GraphEdge[]): Promise<GraphEdge[]> {
    const inForce = this.inForce;
    if (!inForce) return edges;
    const loose = edges.filter((e) => !e.plan);
    const kept = new Set((await this.getNodes([...new Set(loose.flatMap((e) => [e.source, e.target]))])).map((n) => n.id));
    return edges
      .filter((e) => (e.plan ? inForce.has(e.plan) : kept.has(e.source) && kept.has(e.target)))
      .map((e) => (e.evidence ? ({ ...e, evidence: e.evidence.filter((c) => inForce.has(c.plan)) } as GraphEdge) : e));
  }

  async getNodes(ids: string[]): Promise<GraphNode[]> {
    return this.keepNodes(await this.base.getNodes(ids));
  }

  async findNodes(query: NodeQuery): Promise<GraphNode[]> {
    if (!this.inForce) return this.base.findNodes(query);
    const { limit, ...unbounded } = query;
    return applyLimit(this.keepNodes(await this.base.findNodes(unbounded)), limit);
  }

  async findEdges(query: EdgeQuery): Promise<GraphEdge[]> {
    const { limit, ...unbounded } = query;
    const onlyDerived = query.types !== undefined && query.types.every((t) => t === 'SUCCEEDS');
    const stored = onlyDerived ? [] : await this.base.findEdges(this.inForce ? unbounded : query);
    const derived = this.model.succeeds.filter((e) => matches(e, query, (id) => (this.model.plans.has(id) ? 'Plan' : undefined)));
    return applyLimit(await this.keepEdges([...stored, ...derived]), limit);
  }

  async exportGraph(): Promise<Graph> {
    const graph = await this.base.exportGraph();
    const nodes = this.keepNodes(graph.nodes);
    const ids = new Set(nodes.map((n) => n.id));
    const edges = [...graph.edges, ...this.model.succeeds].filter((e) => (this.inForce && e.plan ? this.inForce.has(e.plan) : ids.has(e.source) && ids.has(e.target)));
    return sortGraph({ nodes, edges: await this.keepEdges(edges) });
  }

  async counts(): Promise<Counts> {
    const counts: Counts = { nodes: {}, edges: {} };
    const graph = await this.exportGraph();
    for (const node of graph.nodes) counts.nodes[node.label] = (counts.nodes[node.label] ?? 0) + 1;
    for (const edge of graph.edges) counts.edges[edge.type] = (counts.edges[edge.type] ?? 0) + 1;
    return counts;
  }

  /**
   * The whole graph's neighbourhood is the store's (which walks stored edges), with the SUCCEEDS edges
   * among it; as of a day it is walked over what stays.
   */
  async neighborhood(id: string, options: NeighborhoodOptions): Promise<Subgraph> {
    if (this.inForce) return neighborhoodOf(this, id, options);
    const found = await this.base.neighborhood(id, options);
    const ids = new Set(found.nodes.map((n) => n.id));
    const succeeds = this.model.succeeds.filter((e) => ids.has(e.source) && ids.has(e.target));
    return { ...found, edges: [...found.edges, ...succeeds].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
  }

  shortestPaths(from: string, to: string, options: PathOptions): Promise<GraphPath[]> {
    return this.inForce ? shortestPathsOf(this, from, to, options) : this.base.shortestPaths(from, to, options);
  }
}

/** The view for one request: the whole graph, or as of `day` (a YYYY-MM-DD) the plans in force then. */
export async function timeView(store: GraphStore, vocabulary: SuccessionVocabulary, day?: string): Promise<TimeView> {
  const model = await timeModelOf(store, vocabulary);
  if (!day) return new TimeView(store, model, null);
  const inForce = new Set([...model.standingsOn(day)].filter(([, standing]) => standing === 'in-force').map(([id]) => id));
  return new TimeView(store, model, inForce);
}

/** The time model behind a reader: its view's, or the store's own when the reader reads a store directly. */
export async function timeModelFor(store: GraphStore, vocabulary: SuccessionVocabulary): Promise<PlanTimeModel> {
  return store instanceof TimeView ? store.model : timeModelOf(store, vocabulary);
}
