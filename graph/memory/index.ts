/**
 * The embedded store (the default): the whole graph in memory, persisted to one JSON file. Writes are
 * serialised, applied with an undo journal, and made durable by write-then-rename; a failure at any
 * point leaves both the in-memory graph and the file exactly as they were.
 */
import { errors, isPolicyKgError } from '../../core/errors.ts';
import { presentEdge, sortGraph } from '../canonical.ts';
import { PlanContributionSchema, type Graph, type GraphNode, type PlanContribution, type SourceText } from '../schema.ts';
import type { Counts, EdgeQuery, GraphPath, GraphStore, NeighborhoodOptions, NodeQuery, PathOptions, ReplaceSummary, StoreHooks, Subgraph } from '../store.ts';
import { GraphState } from './graph-state.ts';
import { defaultWriter, readStoreFile, stampOf, STORE_FORMAT, STORE_VERSION, withFileLock, writeStoreFile, type FileStamp, type FileWriter } from './persistence.ts';
import * as queries from './queries.ts';

export interface MemoryStoreOptions {
  /** The graph file; the store is purely in-memory when omitted. */
  file?: string;
  hooks?: StoreHooks;
  /** Replaces the file writer, for tests that make the disk fail. */
  writer?: FileWriter;
}

const MAX_ATTEMPTS = 3;

/** Errors a caller may mark as worth retrying (the contract suite injects one). */
function isTransient(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { retriable?: unknown }).retriable === true;
}

export class MemoryStore implements GraphStore {
  readonly kind = 'memory' as const;
  readonly location: string;
  private state = new GraphState();
  private stamp: FileStamp | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  /** Bumped by every write and every reload, so `revision()` changes with the graph. */
  private generation = 0;

  constructor(private readonly options: MemoryStoreOptions = {}) {
    this.location = options.file ?? '(in memory)';
  }

  async init(): Promise<void> {
    this.reload();
  }

  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
  }

  /** Loads the file again when another process has rewritten it since we last read it. */
  private refresh(): void {
    const file = this.options.file;
    if (!file) return;
    const stamp = stampOf(file);
    if (stamp?.mtimeMs === this.stamp?.mtimeMs && stamp?.size === this.stamp?.size) return;
    this.reload();
  }

  private reload(): void {
    const file = this.options.file;
    const state = new GraphState();
    if (file) {
      const data = readStoreFile(file);
      if (data) {
        for (const node of data.nodes) state.setNode(node);
        for (const edge of data.edges) state.setEdge(edge);
        for (const source of data.sources) state.setSource(source);
      }
      this.stamp = stampOf(file);
    }
    this.state = state;
    this.generation += 1;
  }

  private persist(): void {
    const file = this.options.file;
    if (!file) return;
    writeStoreFile(
      file,
      {
        format: STORE_FORMAT,
        version: STORE_VERSION,
        nodes: [...this.state.nodes.values()],
        edges: [...this.state.edges.values()],
        sources: [...this.state.sources.values()],
      },
      this.options.writer ?? defaultWriter,
    );
    this.stamp = stampOf(file);
  }

  /** Runs one write: serialised in-process, locked across processes, retried on transient errors, all or nothing. */
  private write<T>(apply: (attempt: number) => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      const file = this.options.file;
      const attemptAll = async (): Promise<T> => {
        for (let attempt = 1; ; attempt += 1) {
          this.refresh();
          this.state.begin();
          try {
            const result = await apply(attempt);
            this.persist();
            this.state.commit();
            this.generation += 1;
            return result;
          } catch (error) {
            this.state.rollback();
            if (attempt < MAX_ATTEMPTS && isTransient(error)) continue;
            throw error;
          }
        }
      };
      return file ? withFileLock(file, attemptAll) : attemptAll();
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private validate(contribution: PlanContribution): PlanContribution {
    const parsed = PlanContributionSchema.safeParse(contribution);
    if (!parsed.success) {
      throw errors.validationFailed('plan contribution', parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
    }
    return parsed.data;
  }

  replacePlan(contribution: PlanContribution): Promise<ReplaceSummary> {
    return this.replacePlans([contribution]).then((summaries) => summaries[0] as ReplaceSummary);
  }

  replacePlans(contributions: PlanContribution[]): Promise<ReplaceSummary[]> {
    const valid = contributions.map((c) => this.validate(c));
    return this.write(async (attempt) => {
      const summaries: ReplaceSummary[] = [];
      for (const contribution of valid) {
        const planId = contribution.plan.id;
        const before = { nodes: this.state.nodes.size, edges: this.state.edges.size };
        this.state.removeContribution(planId);
        await this.options.hooks?.midReplace?.(planId, attempt);
        this.state.addContribution(contribution);
        summaries.push({ plan: planId, nodesBefore: before.nodes, nodesAfter: this.state.nodes.size, edgesBefore: before.edges, edgesAfter: this.state.edges.size });
      }
      return summaries;
    });
  }

  removePlan(planId: string): Promise<boolean> {
    return this.write(async () => {
      if (!this.state.hasPlan(planId)) return false;
      this.state.removeContribution(planId);
      return true;
    });
  }

  private read<T>(query: () => T): Promise<T> {
    try {
      this.refresh();
      return Promise.resolve(query());
    } catch (error) {
      return Promise.reject(isPolicyKgError(error) ? error : errors.storeUnavailable(this.location, (error as Error).message, error));
    }
  }

  exportGraph(): Promise<Graph> {
    return this.read(() =>
      sortGraph({
        nodes: [...this.state.nodes.keys()].map((id) => this.state.present(id) as GraphNode),
        edges: [...this.state.edges.values()].map(presentEdge),
      }),
    );
  }

  counts(): Promise<Counts> {
    return this.read(() => {
      const counts: Counts = { nodes: {}, edges: {} };
      for (const node of this.state.nodes.values()) counts.nodes[node.label] = (counts.nodes[node.label] ?? 0) + 1;
      for (const edge of this.state.edges.values()) counts.edges[edge.type] = (counts.edges[edge.type] ?? 0) + 1;
      return counts;
    });
  }

  getNodes(ids: string[]): Promise<GraphNode[]> {
    return this.read(() => queries.findNodes(this.state, { ids }));
  }

  findNodes(query: NodeQuery): Promise<GraphNode[]> {
    return this.read(() => queries.findNodes(this.state, query));
  }

  findEdges(query: EdgeQuery) {
    return this.read(() => queries.findEdges(this.state, query));
  }

  neighborhood(id: string, options: NeighborhoodOptions): Promise<Subgraph> {
    return this.read(() => queries.neighborhood(this.state, id, options));
  }

  shortestPaths(from: string, to: string, options: PathOptions): Promise<GraphPath[]> {
    return this.read(() => queries.shortestPaths(this.state, from, to, options));
  }

  getSourceText(planId: string): Promise<SourceText | null> {
    return this.read(() => this.state.sources.get(planId) ?? null);
  }

  revision(): Promise<string> {
    return this.read(() => String(this.generation));
  }
}
