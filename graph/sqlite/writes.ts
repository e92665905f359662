/**
 * One write to the store on one connection: the write lock taken across processes (waiting without
 * blocking), retried on transient errors, all or nothing. A private in-memory store runs its writes
 * here on its only connection; a store on a file runs them in its writer thread (writer-thread.ts), on
 * that thread's own connection, so that a large plan never holds the server's event loop.
 */
import { errors } from '../../core/errors.ts';
import { carryEdits } from '../plan-edits.ts';
import { PlanContributionSchema, type PlanContribution } from '../schema.ts';
import type { ReplaceSummary, StoreHooks } from '../store.ts';
import { acquireWriteLock, rollbackQuietly, translateError, type Db } from './database.ts';
import type { PlanWriter, Touched } from './write.ts';

const MAX_ATTEMPTS = 3;

export function parseContribution(contribution: PlanContribution): PlanContribution {
  const parsed = PlanContributionSchema.safeParse(contribution);
  if (!parsed.success) {
    throw errors.validationFailed('plan contribution', parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  }
  return parsed.data;
}

export interface WriteConnection {
  db: Db;
  writer: PlanWriter;
}

/** Where a write goes: a connection opened on demand, and dropped when SQLite leaves it unsure. */
export interface WriteTarget {
  location: string;
  busyTimeoutMs: number;
  open(): WriteConnection;
  discard(): void;
}

export type WriteUnit<T> = (writer: PlanWriter, attempt: number) => T | Promise<T>;

/** Errors a caller marks as worth retrying (the contract suite injects one). */
export function isTransient(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { retriable?: unknown }).retriable === true;
}

export async function runWrite<T>(target: WriteTarget, apply: WriteUnit<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const { db, writer } = target.open();
    await acquireWriteLock(db, target.location, target.busyTimeoutMs);
    try {
      const result = await apply(writer, attempt);
      writer.bumpRevision();
      db.exec('COMMIT');
      return result;
    } catch (error) {
      // SQLite recovers a connection from a failed write by itself (its pager resets on the next
      // read); only a rollback that failed too leaves it unsure, and then it is opened afresh.
      if (!rollbackQuietly(db)) target.discard();
      if (attempt < MAX_ATTEMPTS && isTransient(error)) continue;
      throw translateError(error, target.location, true);
    }
  }
}

/** Replaces each plan's contribution in turn (validated contributions: see parseContribution). */
export function replacing(contributions: PlanContribution[], midReplace?: StoreHooks['midReplace']): WriteUnit<ReplaceSummary[]> {
  return async (writer, attempt) => {
    const touched: Touched = new Set();
    const summaries: ReplaceSummary[] = [];
    for (const contribution of contributions) {
      const planId = contribution.plan.id;
      const before = writer.totals();
      // A plan read afresh from its file keeps the hand edits of the version it replaces.
      const edits = writer.planEdits(planId);
      writer.removeContribution(planId, touched);
      await midReplace?.(planId, attempt);
      writer.addContribution(carryEdits(contribution, edits), touched);
      const after = writer.totals();
      summaries.push({ plan: planId, nodesBefore: before.nodes, nodesAfter: after.nodes, edgesBefore: before.edges, edgesAfter: after.edges });
    }
    writer.refreshSearch(touched);
    return summaries;
  };
}

export function removing(planId: string): WriteUnit<boolean> {
  return (writer) => {
    if (!writer.hasPlan(planId)) return false;
    const touched: Touched = new Set();
    writer.removeContribution(planId, touched);
    writer.refreshSearch(touched);
    return true;
  };
}
