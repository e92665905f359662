/**
 * The embedded store (the default): the graph in one SQLite file (data/graph.db), through
 * better-sqlite3. Each replacePlans call is one transaction — it lands whole or not at all, also on a
 * full disk, an I/O error or a crash — and several processes (the server and CLIs) write the same file
 * safely under SQLite's own locking. Reads run as SQL over indexes, so memory follows the answer, not
 * the store.
 */
import { errors } from '../../core/errors.ts';
import { carryEdits, type PlanEdits } from '../plan-edits.ts';
import { PlanContributionSchema, type Graph, type GraphEdge, type GraphNode, type NodeOfLabel, type PlanContribution, type SourceText } from '../schema.ts';
import type { Counts, EdgeQuery, GraphPath, GraphStore, NeighborhoodOptions, NodeQuery, PathOptions, ReplaceSummary, StoreHooks, Subgraph } from '../store.ts';
import { backupTo, renewIncarnation, restoreInto } from './backup.ts';
import { storedContributions } from './contributions.ts';
import { acquireWriteLock, IN_MEMORY, openDatabase, rollbackQuietly, translateError, type Db } from './database.ts';
import { migrateLegacyGraph } from './legacy-json.ts';
import { StoreReader } from './read.ts';
import { neighborhood, shortestPaths } from './traverse.ts';
import { PlanWriter, type Touched } from './write.ts';

export interface SqliteStoreOptions {
  /** The database file, or ':memory:' for a private store that lives as long as the object. */
  file: string;
  hooks?: StoreHooks;
  /** How long a write waits for another process's write to finish (default 30 s). */
  busyTimeoutMs?: number;
  /** A graph.json of the earlier JSON store, migrated into an empty store on first open. */
  legacyJsonFile?: string;
}

const MAX_ATTEMPTS = 3;
const DEFAULT_BUSY_TIMEOUT_MS = 30_000;

/** Errors a caller marks as worth retrying (the contract suite injects one). */
function isTransient(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { retriable?: unknown }).retriable === true;
}

export function parseContribution(contribution: PlanContribution): PlanContribution {
  const parsed = PlanContributionSchema.safeParse(contribution);
  if (!parsed.success) {
    throw errors.validationFailed('plan contribution', parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  }
  return parsed.data;
}

interface Connection {
  db: Db;
  reader: StoreReader;
  writer: PlanWriter;
}

export class SqliteStore implements GraphStore {
  readonly kind = 'sqlite' as const;
  readonly location: string;
  private connection: Connection | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: SqliteStoreOptions) {
    this.location = options.file === IN_MEMORY ? '(in memory)' : options.file;
  }

  async init(): Promise<void> {
    const { db, writer } = this.open();
    if (!this.options.legacyJsonFile) return;
    try {
      migrateLegacyGraph(db, writer, this.options.legacyJsonFile, this.location);
    } catch (error) {
      rollbackQuietly(db);
      throw translateError(error, this.location, true);
    }
  }

  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
    this.connection?.db.close();
    this.connection = null;
  }

  private open(): Connection {
    if (!this.connection) {
      const db = openDatabase(this.options.file, this.location);
      this.connection = { db, reader: new StoreReader(db), writer: new PlanWriter(db) };
    }
    return this.connection;
  }

  /** The next use opens the file afresh (a private in-memory store has nothing to reopen, and keeps its connection). */
  private discardConnection(): void {
    if (this.options.file === IN_MEMORY) return;
    this.connection?.db.close();
    this.connection = null;
  }

  /** One write: serialised in this process, locked across processes, retried on transient errors, all or nothing. */
  private write<T>(apply: (writer: PlanWriter, attempt: number) => T | Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      for (let attempt = 1; ; attempt += 1) {
        const { db, writer } = this.open();
        await acquireWriteLock(db, this.location, this.options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS);
        try {
          const result = await apply(writer, attempt);
          writer.bumpRevision();
          db.exec('COMMIT');
          return result;
        } catch (error) {
          // SQLite recovers a connection from a failed write by itself (its pager resets on the next
          // read); only a rollback that failed too leaves it unsure, and then it is opened afresh.
          if (!rollbackQuietly(db)) this.discardConnection();
          if (attempt < MAX_ATTEMPTS && isTransient(error)) continue;
          throw translateError(error, this.location, true);
        }
      }
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  replacePlan(contribution: PlanContribution): Promise<ReplaceSummary> {
    return this.replacePlans([contribution]).then((summaries) => summaries[0] as ReplaceSummary);
  }

  replacePlans(contributions: PlanContribution[]): Promise<ReplaceSummary[]> {
    const valid = contributions.map(parseContribution);
    return this.write(async (writer, attempt) => {
      const touched: Touched = new Set();
      const summaries: ReplaceSummary[] = [];
      for (const contribution of valid) {
        const planId = contribution.plan.id;
        const before = writer.totals();
        const edits = writer.planEdits(planId);
        writer.removeContribution(planId, touched);
        await this.options.hooks?.midReplace?.(planId, attempt);
        writer.addContribution(carryEdits(contribution, edits), touched);
        const after = writer.totals();
        summaries.push({ plan: planId, nodesBefore: before.nodes, nodesAfter: after.nodes, edgesBefore: before.edges, edgesAfter: after.edges });
      }
      writer.refreshSearch(touched);
      return summaries;
    });
  }

  removePlan(planId: string): Promise<boolean> {
    return this.write((writer) => {
      if (!writer.hasPlan(planId)) return false;
      const touched: Touched = new Set();
      writer.removeContribution(planId, touched);
      writer.refreshSearch(touched);
      return true;
    });
  }

  async editPlan(planId: string, change: (edits: PlanEdits) => PlanEdits): Promise<NodeOfLabel<'Plan'> | null> {
    const found = await this.write((writer) => writer.hasPlan(planId) && writer.setPlanEdits(planId, change(writer.planEdits(planId) ?? {})));
    if (!found) return null;
    const [plan] = await this.getNodes([planId]);
    return plan?.label === 'Plan' ? plan : null;
  }

  /** Runs a query in one read transaction, so a query of several statements sees one state of the file. */
  private read<T>(query: (reader: StoreReader) => T): Promise<T> {
    try {
      const { db, reader } = this.open();
      return Promise.resolve(db.inTransaction ? query(reader) : db.transaction(() => query(reader))());
    } catch (error) {
      return Promise.reject(translateError(error, this.location, false));
    }
  }

  exportGraph(): Promise<Graph> {
    return this.read((reader) => reader.exportGraph());
  }

  counts(): Promise<Counts> {
    return this.read((reader) => reader.counts());
  }

  getNodes(ids: string[]): Promise<GraphNode[]> {
    return this.read((reader) => reader.findNodes({ ids }));
  }

  findNodes(query: NodeQuery): Promise<GraphNode[]> {
    return this.read((reader) => reader.findNodes(query));
  }

  findEdges(query: EdgeQuery): Promise<GraphEdge[]> {
    return this.read((reader) => reader.findEdges(query));
  }

  neighborhood(id: string, options: NeighborhoodOptions): Promise<Subgraph> {
    return this.read((reader) => neighborhood(reader, id, options));
  }

  shortestPaths(from: string, to: string, options: PathOptions): Promise<GraphPath[]> {
    return this.read((reader) => shortestPaths(reader, from, to, options));
  }

  getSourceText(planId: string): Promise<SourceText | null> {
    return this.read((reader) => reader.sourceText(planId));
  }

  revision(): Promise<string> {
    return this.read((reader) => reader.revision());
  }

  /**
   * Every stored plan as the contribution that rebuilds it (see contributions.ts), read from one
   * snapshot: writes by other processes meanwhile are not seen half.
   */
  async *contributions(): AsyncGenerator<PlanContribution> {
    await this.queue.catch(() => undefined);
    const { db } = this.open();
    db.exec('BEGIN');
    try {
      yield* storedContributions(db);
    } finally {
      rollbackQuietly(db);
    }
  }

  /** A consistent copy of the store in `target`, taken while others keep reading and writing (see backup.ts). */
  backup(target: string): Promise<{ bytes: number }> {
    return backupTo(this.open().db, target);
  }

  /**
   * Replaces the stored graph with a backup's, in place (other processes see it on their next read);
   * the incarnation changes, so answers cached from the graph before are not served again.
   */
  async restore(source: string): Promise<void> {
    await this.queue.catch(() => undefined);
    const { db } = this.open();
    await restoreInto(source, db, this.location);
    this.discardConnection();
    renewIncarnation(this.open().db);
  }
}
