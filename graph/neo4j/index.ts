/**
 * The Neo4j store: the same graph and the same answers as the embedded store, in a real Neo4j.
 * Writes are transaction functions (`executeWrite`), retried by the driver on transient errors and
 * rolled back whole on any failure; reads share the writes' bookmark manager, so a read issued after
 * an ingest sees it.
 */
import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import type { Neo4jConfig } from '../../core/config.ts';
import { errors } from '../../core/errors.ts';
import { carryEdits, type PlanEdits } from '../plan-edits.ts';
import { PlanContributionSchema, type Graph, type GraphEdge, type GraphNode, type NodeOfLabel, type PlanContribution, type SourceText } from '../schema.ts';
import type { Counts, EdgeQuery, GraphPath, GraphStore, NeighborhoodOptions, NodeQuery, PathOptions, ReplaceSummary, StoreHooks, Subgraph } from '../store.ts';
import { ensureSchema } from './constraints.ts';
import { createDriver, locationOf, TIMEOUTS, translateError, verifyReachable } from './driver.ts';
import { setPlanEdits, storedPlanEdits } from './plan-edits.ts';
import * as queries from './queries.ts';
import { addContribution, bumpRevision, hasPlan, refreshAliases, removeContribution, totals, type Touched } from './replace.ts';

export interface Neo4jStoreOptions {
  hooks?: StoreHooks;
  /** Items (nodes + edges) one write transaction may carry; see transactionChunks. */
  maxItemsPerTransaction?: number;
}

/**
 * A server's transaction memory is bounded (70% of a 1 GiB heap by default): 200 plans of a large
 * corpus in one transaction exceeded it, 25 did not. Writing about this many items per transaction
 * keeps any corpus loadable; each plan still lands whole or not at all.
 */
const MAX_ITEMS_PER_TRANSACTION = 20_000;

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
  private readonly bookmarks: BookmarkManager = neo4j.bookmarkManager();
  private writes: Promise<unknown> = Promise.resolve();
  private revisionRead: Promise<string> | null = null;

  constructor(
    private readonly config: Neo4jConfig,
    private readonly options: Neo4jStoreOptions = {},
  ) {
    this.location = locationOf(config.uri);
    this.driver = createDriver(config);
  }

  /** Fails fast (STORE_UNAVAILABLE) when the server cannot be reached; a failed store holds no sockets. */
  async init(): Promise<void> {
    try {
      await verifyReachable(this.driver, this.location, this.config.database);
      await ensureSchema(this.driver, this.config.database);
    } catch (error) {
      await this.driver.close().catch(() => undefined);
      throw translateError(error, { location: this.location, database: this.config.database, writing: false });
    }
  }

  async close(): Promise<void> {
    await this.writes;
    await this.driver.close();
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
      throw translateError(error, { location: this.location, database: this.config.database, writing });
    } finally {
      await session.close();
    }
  }

  /**
   * One write transaction; `attempt` counts the driver's retries of it (1, 2, …). Writes from one
   * store run one after another: concurrent replaces from the same process would only deadlock each
   * other on shared entities (a city, a department) and spend their time in back-off retries. Writes
   * from other processes are still isolated by Neo4j's locks, and retried on deadlock.
   */
  private write<T>(work: (tx: ManagedTransaction, attempt: number) => Promise<T>): Promise<T> {
    let attempt = 0;
    const run = () => this.withSession(true, (session) => session.executeWrite((tx) => work(tx, (attempt += 1)), { timeout: TIMEOUTS.writeMs }));
    // A revision read begun before this write must not answer callers that come after it.
    const forgetRevision = () => {
      this.revisionRead = null;
    };
    const result = this.writes.then(run, run).finally(forgetRevision);
    this.writes = result.catch(() => undefined);
    return result;
  }

  private read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.withSession(false, (session) => session.executeRead(work, { timeout: TIMEOUTS.readMs }));
  }

  async replacePlan(contribution: PlanContribution): Promise<ReplaceSummary> {
    const [summary] = await this.replacePlans([contribution]);
    return summary as ReplaceSummary;
  }

  /**
   * Each plan is replaced atomically; plans are written in transactions of a bounded size (see
   * MAX_ITEMS_PER_TRANSACTION), so a failure part-way through a large corpus keeps the plans of the
   * transactions already committed.
   */
  async replacePlans(contributions: PlanContribution[]): Promise<ReplaceSummary[]> {
    const valid = contributions.map(validate);
    const summaries: ReplaceSummary[] = [];
    for (const chunk of transactionChunks(valid, this.options.maxItemsPerTransaction ?? MAX_ITEMS_PER_TRANSACTION)) {
      summaries.push(...(await this.replaceInOneTransaction(chunk)));
    }
    return summaries;
  }

  private replaceInOneTransaction(contributions: PlanContribution[]): Promise<ReplaceSummary[]> {
    return this.write(async (tx, attempt) => {
      const touched: Touched = new Set();
      const summaries: ReplaceSummary[] = [];
      for (const contribution of contributions) {
        const planId = contribution.plan.id;
        const before = await totals(tx);
        const edits = await storedPlanEdits(tx, planId);
        await removeContribution(tx, planId, touched);
        await this.options.hooks?.midReplace?.(planId, attempt);
        await addContribution(tx, carryEdits(contribution, edits), touched);
        const after = await totals(tx);
        summaries.push({ plan: planId, nodesBefore: before.nodes, nodesAfter: after.nodes, edgesBefore: before.edges, edgesAfter: after.edges });
      }
      await refreshAliases(tx, touched);
      await bumpRevision(tx);
      return summaries;
    });
  }

  removePlan(planId: string): Promise<boolean> {
    return this.write(async (tx) => {
      if (!(await hasPlan(tx, planId))) return false;
      const touched: Touched = new Set();
      await removeContribution(tx, planId, touched);
      await refreshAliases(tx, touched);
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
