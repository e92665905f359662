/**
 * Backups through SQLite's online backup API (as better-sqlite3 exposes it): a page-by-page copy that
 * is consistent even while other connections write, and the same API run the other way to restore.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { errors } from '../../core/errors.ts';
import { translateError, type Db } from './database.ts';
import { STORE_FORMAT } from './tables.ts';

const removeWithCompanions = (file: string) => {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
};

/** Whether `file` holds an intact policy-kg store; throws a clear error when not. */
function checkStoreFile(db: Db, file: string): void {
  const format = db.prepare("SELECT value FROM meta WHERE key = 'format'").get() as { value: string } | undefined;
  if (format?.value !== STORE_FORMAT) throw errors.storeCorrupt(file, 'not a policy-kg store');
  const check = db.pragma('quick_check', { simple: true });
  if (check !== 'ok') throw errors.storeCorrupt(file, `it fails SQLite's check: ${String(check)}`);
}

/**
 * Copies the store into `target` as one self-contained file (rollback journal, not WAL), checks the
 * copy, and only then renames it into place — `target` is never half a copy.
 */
export async function backupTo(db: Db, target: string): Promise<{ bytes: number }> {
  const temporary = path.join(path.dirname(path.resolve(target)), `.${path.basename(target)}.${process.pid}.partial`);
  try {
    await db.backup(temporary);
    const copy = new Database(temporary);
    try {
      copy.pragma('journal_mode = DELETE');
      checkStoreFile(copy, temporary);
    } finally {
      copy.close();
    }
    fs.renameSync(temporary, target);
    return { bytes: fs.statSync(target).size };
  } catch (error) {
    removeWithCompanions(temporary);
    throw errors.storeWriteFailed(target, error);
  }
}

/** Copies the backup `source` over the store `db` has open, after checking that it is an intact store. */
export async function restoreInto(source: string, db: Db, location: string): Promise<void> {
  if (!fs.existsSync(source)) throw errors.fileNotFound(source);
  let backup: Db;
  try {
    backup = new Database(source, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw errors.storeCorrupt(source, (error as Error).message);
  }
  try {
    try {
      checkStoreFile(backup, source);
    } catch (error) {
      throw translateError(error, source, false);
    }
    await backup.backup(db.name).catch((error: unknown) => {
      throw errors.storeWriteFailed(location, error);
    });
  } finally {
    backup.close();
  }
}

/** A new incarnation and revision: every cached answer of the graph before is stale. */
export function renewIncarnation(db: Db): void {
  db.transaction(() => {
    db.prepare("UPDATE meta SET value = ? WHERE key = 'incarnation'").run(randomUUID());
    db.prepare("UPDATE meta SET value = value + 1 WHERE key = 'revision'").run();
  }).immediate();
}
