/**
 * The store's side of its writer thread (writer-thread.ts): started on the first write, sent one write
 * at a time (the store queues them), asked to run the store's hook in the middle of a replace, and its
 * errors turned back into policy-kg's. The thread keeps the process alive only while a write is under
 * way, as a connection the store holds would not either.
 */
import { Worker } from 'node:worker_threads';
import { errors, reviveError } from '../../core/errors.ts';
import { PackedContribution, type ContributionInput } from '../packed.ts';
import type { ReplaceSummary, StoreHooks } from '../store.ts';
import type { HookFailure, ThreadError, WriterOptions, WriterReply, WriterRequest } from './writer-thread.ts';
import { isTransient } from './writes.ts';

const ENTRY = new URL('./writer-entry.js', import.meta.url);

interface InFlight {
  id: number;
  resolve(value: unknown): void;
  reject(error: unknown): void;
  /** The hook's last error: what the write fails with when the thread gives up because of it. */
  hookError?: unknown;
}

export class WriterThread {
  private worker: Worker | null = null;
  private current: InFlight | null = null;
  private nextId = 1;

  constructor(
    private readonly options: Omit<WriterOptions, 'hooked'>,
    private readonly hooks: StoreHooks | undefined,
  ) {}

  /**
   * A packed contribution goes as its bytes: shared memory from the ingest pool is not copied at all,
   * other bytes once — where its objects would take a structured clone each.
   */
  replacePlans(contributions: ContributionInput[]): Promise<ReplaceSummary[]> {
    const sent = contributions.map((c) => (c instanceof PackedContribution ? c.bytes : c));
    return this.request((id) => ({ op: 'replace', id, contributions: sent })) as Promise<ReplaceSummary[]>;
  }

  removePlan(planId: string): Promise<boolean> {
    return this.request((id) => ({ op: 'remove', id, planId })) as Promise<boolean>;
  }

  /** Ends the thread once it has closed its connection; the store lets writes under way finish first. */
  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.worker = null;
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.ref();
    worker.postMessage({ op: 'close' } satisfies WriterRequest);
    await exited;
  }

  private request(build: (id: number) => WriterRequest): Promise<unknown> {
    return new Promise((resolve, reject) => {
      if (this.current) throw new Error('the writer thread takes one write at a time (the store queues them)');
      const worker = this.worker ?? this.start();
      const id = this.nextId++;
      this.current = { id, resolve, reject };
      worker.ref();
      worker.postMessage(build(id));
    });
  }

  private start(): Worker {
    const workerData: WriterOptions = { ...this.options, hooked: this.hooks?.midReplace !== undefined };
    const worker = new Worker(ENTRY, { workerData });
    const gone = (error: unknown) => {
      if (this.worker === worker) this.worker = null;
      // A thread that dies leaves its transaction uncommitted: SQLite drops it with the connection.
      this.settle((write) => write.reject(errors.storeWriteFailed(this.options.location, error)));
    };
    worker.on('message', (reply: WriterReply) => this.receive(reply));
    worker.on('error', gone);
    worker.on('exit', (code) => gone(new Error(`the store’s writer thread stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private receive(reply: WriterReply): void {
    const write = this.current;
    if (write?.id !== reply.id) return;
    if (reply.type === 'hook') void this.runHook(write, reply.planId, reply.attempt);
    else if (reply.type === 'done') this.settle(() => write.resolve(reply.value));
    else this.settle(() => write.reject(revive(reply.error, write)));
  }

  /** The hook runs here, with the store's objects; the thread is told only whether to retry. */
  private async runHook(write: InFlight, planId: string, attempt: number): Promise<void> {
    let failure: HookFailure | null = null;
    try {
      await this.hooks?.midReplace?.(planId, attempt);
    } catch (error) {
      write.hookError = error;
      failure = { retriable: isTransient(error) };
    }
    this.worker?.postMessage({ op: 'hook-done', id: write.id, failure } satisfies WriterRequest);
  }

  private settle(outcome: (write: InFlight) => void): void {
    const write = this.current;
    if (!write) return;
    this.current = null;
    this.worker?.unref();
    outcome(write);
  }
}

function revive(error: ThreadError, write: InFlight): unknown {
  if (error.kind === 'policy-kg') return reviveError(error.error);
  if (error.kind === 'hook') return write.hookError;
  return Object.assign(new Error(error.message), error.stack ? { stack: error.stack } : {});
}
