/**
 * The Neo4j store: the same graph and the same answers as the embedded store, in a real Neo4j.
 * Writes are transaction functions (`executeWrite`), retried by the driver on transient errors and
 * rolled back whole on any failure; reads share the writes' bookmark manager, so a read issued after
 * an ingest sees it. Every call runs under a circuit breaker (circuit-breaker.ts) and a server-side
 * transaction timeout, so a stopped or frozen server costs a caller seconds, not minutes.
 */
import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import type { Neo4jConfig } from '../../core/config.ts';
import { errors, isPolicyKgError, type PolicyKgError } from '../../core/errors.ts';
import type { PlanEdits } from '../plan-edits.ts';
import { unpacked, type ContributionInput } from '../packed.ts';
import { PlanContributionSchema, type Graph, type GraphEdge, type GraphNode, type NodeOfLabel, type PlanContribution, type SourceText } from '../schema.ts';
import type { Counts, EdgeQuery, GraphPath, GraphStore, NeighborhoodOptions, NodeQuery, PathOptions, ReplaceSummary, StoreHooks, Subgraph } from '../store.ts';
import { CircuitBreaker } from './circuit-breaker.ts';
import { ensureSchema } from './constraints.ts';
import { createDriver, createProbe, locationOf, outageReason, translateError, verifyReachable } from './driver.ts';
import { setPlanEdits, storedPlanEdits } from './plan-edits.ts';
import * as queries from './queries.ts';
import { AliasChanges } from './aliases.ts';
import { deleteSourceText, removeContributions } from './remove.ts';
import { bumpRevision, hasPlan, replacePlansInTransaction } from './replace.ts';

export interface Neo4jStoreOptions {
  hooks?: StoreHooks;
  /** Items (nodes + edges) one write transaction may carry; see transactionChunks. */
  maxItemsPerTransaction?: number;
}

/**
 * A server's transaction memory is bounded (70% of a 1 GiB heap by default), so a large corpus is
 * written in transactions of about this many items; each plan still lands whole or not at all. Smaller
 * transactions cost more (150 plans: 38 s in transactions of 20,000 items, 29 s of 40,000); larger
 * ones gained nothing (500 plans: the same time at 40,000, 80,000 and 130,000).
 */
export const MAX_ITEMS_PER_TRANSACTION = 50_000;

/** Consecutive runs of contributions within the item budget; a contribution larger than it goes alone. */
export function transactionChunks(contributions: PlanContribution[], maxItems: number): PlanContribution[][] {
  const chunks: PlanContribution[][] = [];
  let items = Infinity;
  for (const contribution of contributions) {
    const size = contribution.nodes.length + contribution.edges.length;
    if (items + size > maxItems) {
      chunks.push([]);
      items = 0;
    }
    chunks.at(-1)?.push(contribution);
    items += size;
  }
  return chunks;
}

function validate(contribution: PlanContribution): PlanContribution {
  const parsed = PlanContributionSchema.safeParse(contribution);
  if (!parsed.success) {
    throw errors.validationFailed('plan contribution', parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  }
  return parsed.data;
}

export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  readonly location: string;
  private readonly driver: Driver;
  private readonly probe: ReturnType<typeof createProbe>;
  private readonly circuit: CircuitBreaker;
  private readonly bookmarks: BookmarkManager = neo4j.bookmarkManager();
  private writes: Promise<unknown> = Promise.resolve();
  private revisionRead: Promise<string> | null = null;

  constructor(
    private readonly config: Neo4jConfig,
    private readonly options: Neo4jStoreOptions = {},
  ) {
    this.location = locationOf(config.uri);
    this.driver = createDriver(config);
    this.probe = createProbe(config);
    this.circuit = new CircuitBreaker({
      probe: this.probe.probe,
      timings: config.timeouts,
      outageReason,
      unavailable: (reason, retryAfterSeconds) => errors.storeUnavailable(this.location, reason, undefined, retryAfterSeconds),
    });
  }

  /** Fails fast (STORE_UNAVAILABLE) when the server cannot be reached; a failed store holds no sockets. */
  async init(): Promise<void> {
    try {
      await verifyReachable(this.driver, this.location, this.config.database, this.config.timeouts.connectMs);
      await ensureSchema(this.driver, this.config.database);
    } catch (error) {
      await this.close().catch(() => undefined);
      throw translateError(error, { location: this.location, database: this.config.database, writing: false });
    }
  }

  async close(): Promise<void> {
    await this.writes;
    await Promise.all([this.driver.close(), this.probe.close()]);
  }

  private async withSession<T>(writing: boolean, work: (session: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      defaultAccessMode: writing ? neo4j.session.WRITE : neo4j.session.READ,
      bookmarkManager: this.bookmarks,
      ...(this.config.database ? { database: this.config.database } : {}),
    });
    try {
      return await work(session);
    } catch (error) {
      const retryAfterSeconds = Math.ceil(this.config.timeouts.circuitOpenMs / 1000);
      throw translateError(error, { location: this.location, database: this.config.database, writing, retryAfterSeconds });
    } finally {
      await session.close();
    }
  }

  /**
   * A session's work under the circuit breaker. `timeoutMs` is the server's limit on the transaction;
   * the client stops waiting once the driver's retries could not take longer either.
   */
  private guarded<T>(writing: boolean, timeoutMs: number, work: (session: Session) => Promise<T>): Promise<T> {
    const inFlight = writing ? 'the write was sent and may still be applied when the server answers again (replacing the same plans again is safe)' : undefined;
    return this.circuit.run(() => this.withSession(writing, work), timeoutMs + this.config.timeouts.retryMs, inFlight);
  }

  /**
   * One write transaction; `attempt` counts the driver's retries of it (1, 2, …). Writes from one
   * store run one after another: concurrent replaces from the same process would only deadlock each
   * other on shared entities (a city, a department) and spend their time in back-off retries. Writes
   * from other processes are still isolated by Neo4j's locks, and retried on deadlock.
   */
  private write<T>(work: (tx: ManagedTransaction, attempt: number) => Promise<T>): Promise<T> {
    let attempt = 0;
    const { writeMs } = this.config.timeouts;
    const run = () => this.guarded(true, writeMs, (session) => session.executeWrite((tx) => work(tx, (attempt += 1)), { timeout: writeMs }));
    // A revision read begun before this write must not answer callers that come after it.
    const forgetRevision = () => {
      this.revisionRead = null;
    };
    const result = this.writes.then(run, run).finally(forgetRevision);
    this.writes = result.catch(() => undefined);
    return result;
  }

  private read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const { readMs } = this.config.timeouts;
    return this.guarded(false, readMs, (session) => session.executeRead(work, { timeout: readMs }));
  }

  async replacePlan(contribution: ContributionInput): Promise<ReplaceSummary> {
    const [summary] = await this.replacePlans([contribution]);
    return summary as ReplaceSummary;
  }

  /**
   * Each plan is replaced atomically, many plans per transaction of a bounded size (see
   * MAX_ITEMS_PER_TRANSACTION): a failure part-way through a large corpus keeps the plans of the
   * transactions already committed. A plan whose contribution is refused (a node whose label differs
   * from the stored one, an edge to a missing node) does not take the plans beside it down: its
   * transaction is replayed one plan per transaction, the others are stored, and the call fails naming
   * the refused plans.
   */
  async replacePlans(contributions: ContributionInput[]): Promise<ReplaceSummary[]> {
    // Unpacked and validated on this thread: for a 5 MB plan about a second of the event loop, which the
    // embedded store spends in its writer thread instead; here the write itself is network I/O.
    const valid = contributions.map((contribution) => validate(unpacked(contribution)));
    const summaries: ReplaceSummary[] = [];
    const refused: PolicyKgError[] = [];
    for (const chunk of transactionChunks(valid, this.options.maxItemsPerTransaction ?? MAX_ITEMS_PER_TRANSACTION)) {
      const alone = chunk.length > 1 ? await this.replaceChunk(chunk, summaries) : chunk;
      for (const contribution of alone) await this.replaceChunk([contribution], summaries, refused);
    }
    if (refused.length === 0) return summaries;
    if (valid.length === 1) throw refused[0];
    const issues = refused.flatMap((error) => (error.details.issues as { path: string; message: string }[]) ?? []);
    throw errors.validationFailed(`plan contributions (${valid.length - refused.length} of ${valid.length} plans were stored)`, issues);
  }

  /**
   * Writes one transaction, appending its summaries. A refused contribution is collected in `refused`
   * when given; otherwise the chunk's plans are returned, to be written one by one.
   */
  private async replaceChunk(chunk: PlanContribution[], summaries: ReplaceSummary[], refused?: PolicyKgError[]): Promise<PlanContribution[]> {
    try {
      summaries.push(...(await this.write((tx, attempt) => replacePlansInTransaction(tx, chunk, (planId) => this.options.hooks?.midReplace?.(planId, attempt)))));
      return [];
    } catch (error) {
      if (!isPolicyKgError(error, 'VALIDATION_FAILED')) throw error;
      if (!refused) return chunk;
      refused.push(error);
      return [];
    }
  }

  removePlan(planId: string): Promise<boolean> {
    return this.write(async (tx) => {
      if (!(await hasPlan(tx, planId))) return false;
      const aliases = new AliasChanges();
      await removeContributions(tx, [planId], new Map(), aliases);
      await deleteSourceText(tx, planId);
      await aliases.apply(tx);
      await bumpRevision(tx);
      return true;
    });
  }

  async editPlan(planId: string, change: (edits: PlanEdits) => PlanEdits): Promise<NodeOfLabel<'Plan'> | null> {
    const found = await this.write(async (tx) => {
      if (!(await hasPlan(tx, planId))) return false;
      await setPlanEdits(tx, planId, change((await storedPlanEdits(tx, planId)) ?? {}));
      await bumpRevision(tx);
      return true;
    });
    if (!found) return null;
    const [plan] = await this.getNodes([planId]);
    return plan?.label === 'Plan' ? plan : null;
  }

  exportGraph(): Promise<Graph> {
    return this.read((tx) => queries.exportGraph(tx));
  }

  counts(): Promise<Counts> {
    return this.read((tx) => queries.counts(tx));
  }

  getNodes(ids: string[]): Promise<GraphNode[]> {
    return this.read((tx) => queries.findNodes(tx, { ids }));
  }

  findNodes(query: NodeQuery): Promise<GraphNode[]> {
    return this.read((tx) => queries.findNodes(tx, query));
  }

  findEdges(query: EdgeQuery): Promise<GraphEdge[]> {
    return this.read((tx) => queries.findEdges(tx, query));
  }

  neighborhood(id: string, options: NeighborhoodOptions): Promise<Subgraph> {
    return this.read((tx) => queries.neighborhood(tx, id, options));
  }

  shortestPaths(from: string, to: string, options: PathOptions): Promise<GraphPath[]> {
    return this.read((tx) => queries.shortestPaths(tx, from, to, options));
  }

  getSourceText(planId: string): Promise<SourceText | null> {
    return this.read((tx) => queries.getSourceText(tx, planId));
  }

  /**
   * Every cached GET asks for the revision first: concurrent callers share one read rather than each
   * taking a pooled connection, which under load would starve the queries that do the work.
   */
  revision(): Promise<string> {
    if (this.revisionRead) return this.revisionRead;
    const read = this.read((tx) => queries.revision(tx)).finally(() => {
      if (this.revisionRead === read) this.revisionRead = null;
    });
    this.revisionRead = read;
    return read;
  }
}
