/**
 * The embedded store's writer thread (started by writer-client.ts, through writer-entry.js): its own
 * connection to the store's file, on which it runs the store's writes one at a time. Validating and
 * writing a large plan takes seconds of CPU — a 5 MB plan is tens of thousands of nodes and edges —
 * and here that keeps the server's event loop free, while WAL lets the server's connection go on
 * reading the last commit until this one's commit lands.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { isPolicyKgError, serializeError, type SerializedError } from '../../core/errors.ts';
import { unpackBytes } from '../packed.ts';
import type { PlanContribution } from '../schema.ts';
import type { StoreHooks } from '../store.ts';
import { openDatabase } from './database.ts';
import { PlanWriter } from './write.ts';
import { parseContribution, removing, replacing, runWrite, type WriteConnection, type WriteTarget } from './writes.ts';

export interface WriterOptions {
  file: string;
  location: string;
  busyTimeoutMs: number;
  /** The store has a midReplace hook: the thread asks the store to run it at that point of each replace. */
  hooked: boolean;
}

/** A failure of the store's hook, as the thread is told it (the error itself stays with the store). */
export interface HookFailure {
  retriable: boolean;
}

export type WriterRequest =
  /** A contribution, or a packed one's bytes. */
  | { op: 'replace'; id: number; contributions: (PlanContribution | Uint8Array)[] }
  | { op: 'remove'; id: number; planId: string }
  | { op: 'hook-done'; id: number; failure: HookFailure | null }
  | { op: 'close' };

/** An error as it crosses back: policy-kg's own by code, the hook's as a mark, anything else as text. */
export type ThreadError = { kind: 'policy-kg'; error: SerializedError } | { kind: 'hook' } | { kind: 'other'; message: string; stack?: string };

export type WriterReply =
  | { id: number; type: 'done'; value: unknown }
  | { id: number; type: 'failed'; error: ThreadError }
  | { id: number; type: 'hook'; planId: string; attempt: number };

/** Thrown in this thread where the store's hook failed: `retriable` is what the write loop retries on. */
class HookError extends Error {
  constructor(readonly retriable: boolean) {
    super('the store’s midReplace hook failed');
  }
}

function threadError(error: unknown): ThreadError {
  if (error instanceof HookError) return { kind: 'hook' };
  if (isPolicyKgError(error)) return { kind: 'policy-kg', error: serializeError(error) };
  const failure = error instanceof Error ? error : new Error(String(error));
  return { kind: 'other', message: failure.message, ...(failure.stack ? { stack: failure.stack } : {}) };
}

/** As much lower a priority as the ingest processes get (pool.ts), out of the same reasoning. */
const NICENESS = 10;

/**
 * Storing a plan is background work, as ingest is: on a busy machine the thread answering requests
 * goes first. Linux gives each thread its own nice value; /proc/thread-self names this one.
 */
function lowerPriority(): void {
  try {
    const thread = Number(path.basename(fs.readlinkSync('/proc/thread-self')));
    os.setPriority(thread, Math.min(19, os.getPriority(thread) + NICENESS));
  } catch {
    // Not Linux, or not allowed: the thread runs at the process's priority.
  }
}

lowerPriority();
const port = parentPort;
const options = workerData as WriterOptions;
let connection: WriteConnection | null = null;
let hookAnswered: ((failure: HookFailure | null) => void) | null = null;

const target: WriteTarget = {
  location: options.location,
  busyTimeoutMs: options.busyTimeoutMs,
  open() {
    if (!connection) {
      const db = openDatabase(options.file, options.location);
      connection = { db, writer: new PlanWriter(db) };
    }
    return connection;
  },
  discard() {
    connection?.db.close();
    connection = null;
  },
};

/** The store's hook, run where the store is: asked for by message, its outcome awaited. */
function midReplaceOf(id: number): StoreHooks['midReplace'] {
  if (!options.hooked) return undefined;
  return (planId, attempt) =>
    new Promise<void>((resolve, reject) => {
      hookAnswered = (failure) => (failure ? reject(new HookError(failure.retriable)) : resolve());
      port?.postMessage({ id, type: 'hook', planId, attempt } satisfies WriterReply);
    });
}

async function perform(request: Extract<WriterRequest, { op: 'replace' | 'remove' }>): Promise<unknown> {
  if (request.op === 'remove') return runWrite(target, removing(request.planId));
  const valid = request.contributions.map((c) => parseContribution(c instanceof Uint8Array ? unpackBytes(c) : c));
  return runWrite(target, replacing(valid, midReplaceOf(request.id)));
}

port?.on('message', (request: WriterRequest) => {
  if (request.op === 'hook-done') hookAnswered?.(request.failure);
  else if (request.op === 'close') {
    target.discard();
    port.close();
  } else {
    perform(request).then(
      (value) => port.postMessage({ id: request.id, type: 'done', value } satisfies WriterReply),
      (error: unknown) => port.postMessage({ id: request.id, type: 'failed', error: threadError(error) } satisfies WriterReply),
    );
  }
});
