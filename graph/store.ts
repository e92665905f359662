/**
 * The storage contract. The embedded store and the Neo4j store implement it identically (one contract
 * test suite runs against both); everything above it — the API, the CLI — talks only to this.
 *
 * Semantics both stores share:
 * - A plan's contribution is replaced atomically: edges carrying `plan` are the plan's own; nodes list
 *   the plans supporting them in `plans`. Replacing plan P drops P's edges and P from every node's
 *   `plans`, deletes nodes no plan supports (with their edges), then merges the new contribution.
 *   Structural edges (no `plan`: BROADER, PART_OF, gazetteer LOCATED_IN) live as long as both ends do.
 * - A node's `aliases` are its lexicon aliases plus every wording a plan used for it (MENTIONS.terms),
 *   sorted, without its own name, omitted when empty.
 * - Exports list nodes and edges sorted by id, `plans` sorted, evidence sorted by (plan, start, end).
 * - A plan's hand edits (`edits`, graph/plan-edits.ts) survive replacing the plan: a contribution whose
 *   plan brings none keeps the stored ones. They go when the plan is removed.
 */
import type { ContributionInput } from './packed.ts';
import type { PlanEdits } from './plan-edits.ts';
import type { EdgeType, Graph, GraphEdge, GraphNode, Label, NodeOfLabel, SourceText } from './schema.ts';

export interface ReplaceSummary {
  plan: string;
  nodesBefore: number;
  nodesAfter: number;
  edgesBefore: number;
  edgesAfter: number;
}

export interface Counts {
  nodes: Partial<Record<Label, number>>;
  edges: Partial<Record<EdgeType, number>>;
}

export interface NodeQuery {
  ids?: string[];
  labels?: Label[];
  /** Nodes whose `city` is this city (City nodes match by name). */
  city?: string;
  /** Nodes supported by this plan. */
  plan?: string;
  /** Case-insensitive substring of the name or of an alias. */
  text?: string;
  limit?: number;
}

export interface EdgeQuery {
  /** Edges leaving any of these nodes. */
  from?: string[];
  /** Edges entering any of these nodes. */
  to?: string[];
  types?: EdgeType[];
  /** Only edges whose target has one of these labels (a plan's MENTIONS of enterprises, say). */
  targetLabels?: Label[];
  plan?: string;
  limit?: number;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** True when the size limit cut the result short. */
  truncated: boolean;
}

export interface NeighborhoodOptions {
  depth: 1 | 2;
  /** Only neighbours with these labels (the centre is always included). */
  labels?: Label[];
  /** Maximum number of nodes, centre included. */
  limit: number;
}

/** A path as node ids and the edge ids joining them, in order. */
export interface GraphPath {
  nodes: string[];
  edges: string[];
}

export interface PathOptions {
  maxLength: number;
  limit: number;
}

export interface StoreHooks {
  /**
   * Called inside the write unit after the old contribution was removed and before the new one is
   * written — tests inject failures here to prove a replace is atomic.
   */
  midReplace?: (planId: string, attempt: number) => void | Promise<void>;
}

/** The embedded store (SQLite, the default) and Neo4j. */
export const STORE_KINDS = ['sqlite', 'neo4j'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

export interface GraphStore {
  readonly kind: StoreKind;
  /** File path or URI, for logs and /api/health. */
  readonly location: string;
  init(): Promise<void>;
  close(): Promise<void>;
  /** Replaces one plan's contribution atomically (given as it is, or packed as ingest processes send it). */
  replacePlan(contribution: ContributionInput): Promise<ReplaceSummary>;
  /**
   * Replaces several plans, each atomically. The embedded store writes them all in one transaction
   * (a plan it refuses refuses the call); Neo4j in transactions of bounded size, so a large corpus fits
   * the server's transaction memory, and a plan it refuses (VALIDATION_FAILED) does not keep the others
   * out: they are stored and the call fails naming the refused ones.
   */
  replacePlans(contributions: ContributionInput[]): Promise<ReplaceSummary[]>;
  /**
   * Changes a stored plan's hand edits in one write: `change` gets the current edits and returns the
   * new ones (it may run more than once if the write is retried). The plan as stored after, or null
   * when no such plan is stored.
   */
  editPlan(planId: string, change: (edits: PlanEdits) => PlanEdits): Promise<NodeOfLabel<'Plan'> | null>;
  /** Removes a plan's contribution; false when the plan was not stored. */
  removePlan(planId: string): Promise<boolean>;
  exportGraph(): Promise<Graph>;
  counts(): Promise<Counts>;
  getNodes(ids: string[]): Promise<GraphNode[]>;
  findNodes(query: NodeQuery): Promise<GraphNode[]>;
  findEdges(query: EdgeQuery): Promise<GraphEdge[]>;
  neighborhood(id: string, options: NeighborhoodOptions): Promise<Subgraph>;
  /** Shortest undirected paths between two nodes, up to `maxLength` edges. */
  shortestPaths(from: string, to: string, options: PathOptions): Promise<GraphPath[]>;
  getSourceText(planId: string): Promise<SourceText | null>;
  /**
   * A token that changes whenever the stored graph changes (also by another process), so answers
   * computed from the graph can be cached until it does.
   */
  revision(): Promise<string>;
}
