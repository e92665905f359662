/**
 * Opening the SQLite file: WAL (readers never wait for a writer, and a crash mid-write leaves only
 * uncommitted frames that the next open ignores), synchronous=FULL (a commit that returned is on
 * disk), foreign keys with cascades, the tables on first use, and SQLite's errors turned into ours.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { errors, isPolicyKgError } from '../../core/errors.ts';
import { CREATE_TABLES, MIGRATIONS, SCHEMA_VERSION, STORE_FORMAT } from './tables.ts';

export type Db = Database.Database;

export const IN_MEMORY = ':memory:';

/**
 * How long one statement may wait, blocking, on another process's lock. Short, because it blocks the
 * event loop; taking the write lock waits longer, asynchronously (see acquireWriteLock).
 */
const STATEMENT_BUSY_MS = 100;
/** Pages kept in memory per connection (negative: KiB): bounded whatever the store's size. */
const CACHE_KIB = 65_536;
/** After a checkpoint the WAL is cut back to this, so one large ingest does not leave a huge file. */
const WAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024;

type SqliteError = InstanceType<typeof Database.SqliteError>;
const isSqliteError = (error: unknown): error is SqliteError => error instanceof Database.SqliteError;

/** SQLite's error as policy-kg's: a damaged file is STORE_CORRUPT, a failed write STORE_WRITE_FAILED. */
export function translateError(error: unknown, location: string, writing: boolean): unknown {
  if (isPolicyKgError(error) || !isSqliteError(error)) return error;
  if (error.code.startsWith('SQLITE_CORRUPT') || error.code === 'SQLITE_NOTADB') return errors.storeCorrupt(location, error.message);
  if (writing) return errors.storeWriteFailed(location, error);
  return errors.storeUnavailable(location, error.message, error);
}

export function isBusy(error: unknown): boolean {
  return isSqliteError(error) && (error.code === 'SQLITE_BUSY' || error.code.startsWith('SQLITE_BUSY_'));
}

/** Refuses another application's database before anything (even the journal mode) is changed in it. */
function refuseForeignDatabase(db: Db, location: string): void {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[];
  if (tables.length > 0 && !tables.some((t) => t.name === 'meta')) throw errors.storeCorrupt(location, 'a SQLite database, but not a policy-kg store');
}

function ensureTables(db: Db, location: string): void {
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'meta'").get();
  if (!hasMeta) {
    // Two processes opening a new store at once: the second waits here and finds the tables made.
    db.transaction(() => {
      if (db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'meta'").get()) return;
      db.exec(CREATE_TABLES);
      const meta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
      meta.run('format', STORE_FORMAT);
      meta.run('schema', SCHEMA_VERSION);
      meta.run('revision', 0);
      meta.run('incarnation', randomUUID());
    }).immediate();
  }
  const meta = new Map((db.prepare('SELECT key, value FROM meta').all() as { key: string; value: unknown }[]).map((r) => [r.key, r.value]));
  if (meta.get('format') !== STORE_FORMAT) throw errors.storeCorrupt(location, 'a SQLite database, but not a policy-kg store');
  const version = Number(meta.get('schema'));
  if (version > SCHEMA_VERSION) throw errors.storeUnavailable(location, `it was written by a newer policy-kg (store schema ${version}, this version reads up to ${SCHEMA_VERSION}); upgrade policy-kg`);
  if (version < SCHEMA_VERSION) {
    db.transaction(() => {
      for (let v = Number((db.prepare("SELECT value FROM meta WHERE key = 'schema'").get() as { value: number }).value); v < SCHEMA_VERSION; v += 1) {
        db.exec(MIGRATIONS[v] ?? '');
        db.prepare("UPDATE meta SET value = ? WHERE key = 'schema'").run(v + 1);
      }
    }).immediate();
  }
}

/** Opens (creating when missing) the store at `file`, or a private in-memory store for ':memory:'. */
export function openDatabase(file: string, location: string): Db {
  let db: Db;
  try {
    if (file !== IN_MEMORY) fs.mkdirSync(path.dirname(file), { recursive: true });
    db = new Database(file, { timeout: STATEMENT_BUSY_MS });
  } catch (error) {
    throw errors.storeUnavailable(location, (error as Error).message, error);
  }
  try {
    refuseForeignDatabase(db, location);
    if (file !== IN_MEMORY) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`cache_size = -${CACHE_KIB}`);
    db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
    ensureTables(db, location);
    return db;
  } catch (error) {
    db.close();
    throw translateError(error, location, false);
  }
}

/**
 * BEGIN IMMEDIATE: takes the write lock now (so the transaction can never fail half-way for want of
 * it), waiting without blocking the event loop while another process holds it, up to `timeoutMs`.
 */
export async function acquireWriteLock(db: Db, location: string, timeoutMs: number): Promise<void> {
  const started = Date.now();
  for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
    try {
      db.exec('BEGIN IMMEDIATE');
      return;
    } catch (error) {
      if (!isBusy(error)) throw translateError(error, location, true);
      if (Date.now() - started >= timeoutMs) {
        throw errors.storeWriteFailed(location, new Error(`another process has been writing to the store for over ${Math.round(timeoutMs / 1000)} s (POLICY_KG_BUSY_TIMEOUT_MS)`));
      }
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

/** Undoes the open transaction, if SQLite has not already; false when even that failed. */
export function rollbackQuietly(db: Db): boolean {
  try {
    if (db.inTransaction) db.exec('ROLLBACK');
    return true;
  } catch {
    return false;
  }
}
