/** Collects edges, one per id; evidence for a repeated edge accumulates (one item per sentence). */
import { edgeId, type Evidence, type GraphEdge } from '../../graph/schema.ts';

type Extra<T extends GraphEdge['type']> = Omit<Extract<GraphEdge, { type: T }>, 'id' | 'type' | 'source' | 'target' | 'plan' | 'evidence'>;

export class EdgeCollector {
  private readonly edges = new Map<string, GraphEdge>();
  /** The (start, end) of every citation an edge already has: a plan may cite one entity thousands of times. */
  private readonly cited = new Map<string, Set<string>>();

  constructor(private readonly planId: string) {}

  /** A plan-scoped edge (it belongs to this plan's text). */
  stated<T extends GraphEdge['type']>(type: T, source: string, target: string, extra: Extra<T>, evidence?: Evidence, role?: string): void {
    this.put(type, source, target, extra, this.planId, evidence, role);
  }

  /** A structural edge (lexicon or gazetteer), shared by every plan that needs it. */
  structural<T extends GraphEdge['type']>(type: T, source: string, target: string, extra: Extra<T>): void {
    this.put(type, source, target, extra, undefined, undefined, undefined);
  }

  private put<T extends GraphEdge['type']>(type: T, source: string, target: string, extra: Extra<T>, plan: string | undefined, evidence: Evidence | undefined, role: string | undefined): void {
    const id = edgeId(type, source, target, plan, role);
    const existing = this.edges.get(id);
    const citation = evidence && `${evidence.start}|${evidence.end}`;
    if (existing) {
      const cited = this.cited.get(id);
      if (evidence && citation && existing.evidence && cited && !cited.has(citation)) {
        existing.evidence.push(evidence);
        cited.add(citation);
      }
      return;
    }
    this.cited.set(id, new Set(citation ? [citation] : []));
    const edge = { id, type, source, target, ...extra, ...(plan ? { plan } : {}), ...(evidence ? { evidence: [evidence] } : plan ? { evidence: [] } : {}) } as unknown as GraphEdge;
    this.edges.set(id, edge);
  }

  all(): GraphEdge[] {
    return [...this.edges.values()];
  }
}
