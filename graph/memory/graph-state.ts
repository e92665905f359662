/**
 * The embedded store's graph: nodes and edges with adjacency and per-plan indexes, and an undo
 * journal so that a replace which fails half-way is rolled back to exactly the previous graph.
 */
import { errors } from '../../core/errors.ts';
import { presentEdge, presentNode } from '../canonical.ts';
import type { GraphEdge, GraphNode, PlanContribution, SourceText } from '../schema.ts';

function addTo(index: Map<string, Set<string>>, key: string, value: string): void {
  let set = index.get(key);
  if (!set) {
    set = new Set();
    index.set(key, set);
  }
  set.add(value);
}

function removeFrom(index: Map<string, Set<string>>, key: string, value: string): void {
  const set = index.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) index.delete(key);
}

/** Plans in `after` but not `before`, and the reverse; one appended or dropped plan is found without building sets. */
export function planDifference(before: readonly string[], after: readonly string[]): { added: string[]; removed: string[] } {
  if (before === after) return { added: [], removed: [] };
  let common = 0;
  while (common < before.length && common < after.length && before[common] === after[common]) common += 1;
  if (common === before.length) return { added: after.slice(common), removed: [] };
  if (common === after.length) return { added: [], removed: before.slice(common) };
  if (after.length === before.length - 1 && before.slice(common + 1).every((plan, i) => plan === after[common + i])) return { added: [], removed: [before[common] as string] };
  const beforeSet = new Set(before);
  const afterSet = new Set(after);
  return { added: after.filter((p) => !beforeSet.has(p)), removed: before.filter((p) => !afterSet.has(p)) };
}

export class GraphState {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();
  readonly outgoing = new Map<string, Set<string>>();
  readonly incoming = new Map<string, Set<string>>();
  readonly sources = new Map<string, SourceText>();
  private readonly nodesByPlan = new Map<string, Set<string>>();
  private readonly edgesByPlan = new Map<string, Set<string>>();
  private journal: (() => void)[] | null = null;
  /**
   * What reads derive from the whole graph, built on first use and dropped by any change: queries
   * answer in id order and search matches every node's wordings, and redoing either per query
   * dominated search on a large graph (100k ids sorted, 250k edges walked).
   */
  private derived: { orderedIds?: string[]; searchTexts?: Map<string, string> } = {};

  begin(): void {
    this.journal = [];
  }

  commit(): void {
    this.journal = null;
  }

  rollback(): void {
    const journal = this.journal ?? [];
    this.journal = null;
    for (let i = journal.length - 1; i >= 0; i -= 1) (journal[i] as () => void)();
    this.derived = {};
  }

  /** Every change goes through here, so it is also where derived views are dropped. */
  private record(undo: () => void): void {
    this.derived = {};
    this.journal?.push(undo);
  }

  idsInOrder(): readonly string[] {
    this.derived.orderedIds ??= [...this.nodes.keys()].sort();
    return this.derived.orderedIds;
  }

  /**
   * A node's name, lexicon aliases and the plans' wordings (what present() shows as name and
   * aliases), lower-cased and joined by NUL, which no search text contains.
   */
  searchText(nodeId: string): string {
    if (!this.derived.searchTexts) {
      const texts = new Map<string, string>();
      for (const node of this.nodes.values()) texts.set(node.id, [node.name, ...(node.aliases ?? []), ...this.wordings(node.id)].join('\u0000').toLowerCase());
      this.derived.searchTexts = texts;
    }
    return this.derived.searchTexts.get(nodeId) ?? '';
  }

  setNode(node: GraphNode): void {
    const previous = this.nodes.get(node.id);
    this.nodes.set(node.id, node);
    this.reindexPlans(node.id, previous?.plans ?? [], node.plans);
    this.record(() => {
      if (previous) this.nodes.set(node.id, previous);
      else this.nodes.delete(node.id);
      this.reindexPlans(node.id, node.plans, previous?.plans ?? []);
    });
  }

  /**
   * Moves a node's entries in the plan index from `before` to `after`. A shared node (a city, an
   * industry) carries hundreds of plans and gains or loses one at a time, so only the difference is
   * touched: re-indexing every plan made loading n plans cost O(n²).
   */
  private reindexPlans(id: string, before: readonly string[], after: readonly string[]): void {
    const { added, removed } = planDifference(before, after);
    for (const plan of removed) removeFrom(this.nodesByPlan, plan, id);
    for (const plan of added) addTo(this.nodesByPlan, plan, id);
  }

  deleteNode(id: string): void {
    const node = this.nodes.get(id);
    if (!node) return;
    for (const edgeId of [...(this.outgoing.get(id) ?? []), ...(this.incoming.get(id) ?? [])]) this.deleteEdge(edgeId);
    this.nodes.delete(id);
    for (const plan of node.plans) removeFrom(this.nodesByPlan, plan, id);
    this.record(() => {
      this.nodes.set(id, node);
      for (const plan of node.plans) addTo(this.nodesByPlan, plan, id);
    });
  }

  setEdge(edge: GraphEdge): void {
    const previous = this.edges.get(edge.id);
    if (previous) this.deleteEdge(edge.id);
    this.edges.set(edge.id, edge);
    addTo(this.outgoing, edge.source, edge.id);
    addTo(this.incoming, edge.target, edge.id);
    if (edge.plan) addTo(this.edgesByPlan, edge.plan, edge.id);
    this.record(() => this.unlinkEdge(edge));
  }

  deleteEdge(id: string): void {
    const edge = this.edges.get(id);
    if (!edge) return;
    this.unlinkEdge(edge);
    this.record(() => {
      this.edges.set(edge.id, edge);
      addTo(this.outgoing, edge.source, edge.id);
      addTo(this.incoming, edge.target, edge.id);
      if (edge.plan) addTo(this.edgesByPlan, edge.plan, edge.id);
    });
  }

  private unlinkEdge(edge: GraphEdge): void {
    this.edges.delete(edge.id);
    removeFrom(this.outgoing, edge.source, edge.id);
    removeFrom(this.incoming, edge.target, edge.id);
    if (edge.plan) removeFrom(this.edgesByPlan, edge.plan, edge.id);
  }

  setSource(source: SourceText): void {
    const previous = this.sources.get(source.plan);
    this.sources.set(source.plan, source);
    this.record(() => (previous ? this.sources.set(source.plan, previous) : this.sources.delete(source.plan)));
  }

  deleteSource(plan: string): void {
    const previous = this.sources.get(plan);
    if (!previous) return;
    this.sources.delete(plan);
    this.record(() => this.sources.set(plan, previous));
  }

  hasPlan(planId: string): boolean {
    return this.nodes.get(planId)?.label === 'Plan';
  }

  /** Drops a plan's own edges and its support of every node; nodes left unsupported go with their edges. */
  removeContribution(planId: string): void {
    for (const edgeId of [...(this.edgesByPlan.get(planId) ?? [])]) this.deleteEdge(edgeId);
    for (const nodeId of [...(this.nodesByPlan.get(planId) ?? [])]) {
      const node = this.nodes.get(nodeId) as GraphNode;
      const plans = node.plans.filter((p) => p !== planId);
      if (plans.length === 0) this.deleteNode(nodeId);
      else this.setNode({ ...node, plans } as GraphNode);
    }
    this.deleteSource(planId);
  }

  /** Merges a contribution into the graph (after `removeContribution` of the same plan). */
  addContribution(contribution: PlanContribution): void {
    const planId = contribution.plan.id;
    for (const node of contribution.nodes) {
      const existing = this.nodes.get(node.id);
      if (existing && existing.label !== node.label) {
        throw errors.validationFailed('contribution', [{ path: node.id, message: `is a ${existing.label} in the graph but a ${node.label} in ${planId}` }]);
      }
      const known = existing?.plans ?? [];
      const plans = known.includes(planId) ? known : [...known, planId];
      this.setNode({ ...node, plans } as GraphNode);
    }
    for (const edge of contribution.edges) {
      if (!this.nodes.has(edge.source) || !this.nodes.has(edge.target)) {
        throw errors.validationFailed('contribution', [{ path: edge.id, message: 'connects a node that is not in the graph' }]);
      }
      if (!edge.plan && this.edges.has(edge.id)) continue;
      this.setEdge(edge);
    }
    this.setSource({ plan: planId, file: contribution.plan.file, text: contribution.sourceText });
  }

  /** Wordings plans used for a node (MENTIONS terms). */
  wordings(nodeId: string): string[] {
    const terms: string[] = [];
    for (const edgeId of this.incoming.get(nodeId) ?? []) {
      const edge = this.edges.get(edgeId);
      if (edge?.type === 'MENTIONS') terms.push(...edge.terms);
    }
    return terms;
  }

  present(nodeId: string): GraphNode | undefined {
    const node = this.nodes.get(nodeId);
    return node ? presentNode(node, this.wordings(nodeId)) : undefined;
  }

  presentEdge(edgeId: string): GraphEdge | undefined {
    const edge = this.edges.get(edgeId);
    return edge ? presentEdge(edge) : undefined;
  }

  edgesOf(nodeId: string): string[] {
    return [...(this.outgoing.get(nodeId) ?? []), ...(this.incoming.get(nodeId) ?? [])];
  }
}
