/**
 * The embedded store (the default): the graph in one SQLite file (data/graph.db), through
 * better-sqlite3. Each replacePlans call is one transaction — it lands whole or not at all, also on a
 * full disk, an I/O error or a crash — and several processes (the server and CLIs) write the same file
 * safely under SQLite's own locking. Reads run as SQL over indexes, so memory follows the answer, not
 * the store. Writes to a file run in a writer thread on a connection of its own (writer-thread.ts):
 * better-sqlite3 is synchronous, and a large plan's transaction would otherwise hold the event loop for
 * seconds; reads meanwhile see the last commit.
 */
import { unpacked, type ContributionInput } from '../packed.ts';
import type { PlanEdits } from '../plan-edits.ts';
import type { Graph, GraphEdge, GraphNode, NodeOfLabel, PlanContribution, SourceText } from '../schema.ts';
import type { Counts, EdgeQuery, GraphPath, GraphStore, NeighborhoodOptions, NodeQuery, PathOptions, ReplaceSummary, StoreHooks, Subgraph } from '../store.ts';
import { backupTo, renewIncarnation, restoreInto } from './backup.ts';
import { storedContributions } from './contributions.ts';
import { IN_MEMORY, openDatabase, rollbackQuietly, translateError, type Db } from './database.ts';
import { migrateLegacyGraph } from './legacy-json.ts';
import { StoreReader } from './read.ts';
import { neighborhood, shortestPaths } from './traverse.ts';
import { PlanWriter } from './write.ts';
import { WriterThread } from './writer-client.ts';
import { parseContribution, removing, replacing, runWrite, type WriteTarget } from './writes.ts';

export interface SqliteStoreOptions {
  /** The database file, or ':memory:' for a private store that lives as long as the object. */
  file: string;
  hooks?: StoreHooks;
  /** How long a write waits for another process's write to finish (default 30 s). */
  busyTimeoutMs?: number;
  /** A graph.json of the earlier JSON store, migrated into an empty store on first open. */
  legacyJsonFile?: string;
}

const DEFAULT_BUSY_TIMEOUT_MS = 30_000;

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
  /** Where a file's writes run; a private in-memory store has one connection, and writes on it. */
  private readonly writerThread: WriterThread | null;
  /** This store's own connection as writes.ts sees it: the in-memory store's writes. */
  private readonly ownTarget: WriteTarget;

  constructor(private readonly options: SqliteStoreOptions) {
    this.location = options.file === IN_MEMORY ? '(in memory)' : options.file;
    const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
    this.writerThread = options.file === IN_MEMORY ? null : new WriterThread({ file: options.file, location: this.location, busyTimeoutMs }, options.hooks);
    this.ownTarget = { location: this.location, busyTimeoutMs, open: () => this.open(), discard: () => this.discardConnection() };
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
    await this.writerThread?.close();
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

  /** One write at a time in this process (others' writes wait on SQLite's lock: see writes.ts). */
  private serialised<T>(run: () => Promise<T>): Promise<T> {
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  replacePlan(contribution: ContributionInput): Promise<ReplaceSummary> {
    return this.replacePlans([contribution]).then((summaries) => summaries[0] as ReplaceSummary);
  }

  replacePlans(contributions: ContributionInput[]): Promise<ReplaceSummary[]> {
    const thread = this.writerThread;
    // The writer thread unpacks and validates what it writes: for a large plan each is half a second of CPU or more.
    if (thread) return this.serialised(() => thread.replacePlans(contributions));
    return this.serialised(() => runWrite(this.ownTarget, replacing(contributions.map((c) => parseContribution(unpacked(c))), this.options.hooks?.midReplace)));
  }

  removePlan(planId: string): Promise<boolean> {
    const thread = this.writerThread;
    return this.serialised(() => (thread ? thread.removePlan(planId) : runWrite(this.ownTarget, removing(planId))));
  }

  async editPlan(planId: string, change: (edits: PlanEdits) => PlanEdits): Promise<NodeOfLabel<'Plan'> | null> {
    // A few bytes on the Plan node: written on this store's own connection, not worth the writer thread.
    const found = await this.serialised(() => runWrite(this.ownTarget, (writer) => writer.hasPlan(planId) && writer.setPlanEdits(planId, change(writer.planEdits(planId) ?? {}))));
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
