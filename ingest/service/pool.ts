/**
 * The ingest pool: documents are processed in child processes (child.ts), as many at once as there are
 * workers, never on the caller's thread. Each document has a time cap (from when a process starts on
 * it, not while it waits) and a memory cap (the process's heap limit, and its resident size watched
 * from here, which also counts native and buffer memory); a process that overruns either is killed
 * and replaced. Documents waiting for a process are bounded, and the processes run at a lower
 * priority than their parent.
 *
 * Processes, not worker threads: nodejieba's addon loads in a worker, but terminating a worker while
 * it is inside nodejieba (a timeout, a heap limit) aborts the whole process.
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { IngestConfig } from '../../core/config.ts';
import { errors, reviveError } from '../../core/errors.ts';
import { PackedContribution, type ContributionSummary } from '../../graph/packed.ts';
import { STAGES, type Stage } from '../pipeline.ts';
import type { RawFile } from '../read/index.ts';
import type { IngestOutcome, IngestTask, StageMessage } from './task.ts';

export interface IngestProgress {
  stage: Stage;
  /** Share of the pipeline's stages finished, 0…1. */
  fraction: number;
}

export interface IngestPoolOptions extends IngestConfig {
  lexiconDir: string;
  maxFileBytes: number;
}

/** The outcome as sent: a contribution's bytes come before it, in pieces (see child.ts). */
type SentOutcome = Exclude<IngestOutcome, { ok: true }> | { ok: true; summary: ContributionSummary };
export type ChildMessage =
  | ({ type: 'progress' } & StageMessage)
  | { type: 'piece'; offset: number; total: number; bytes: Uint8Array }
  | { type: 'outcome'; outcome: SentOutcome }
  | { type: 'crash'; message: string };

interface PendingDocument {
  file: RawFile;
  onProgress: ((progress: IngestProgress) => void) | undefined;
  resolve: (contribution: PackedContribution) => void;
  reject: (error: unknown) => void;
  /**
   * The contribution's pieces, gathered in shared memory: the store's writer thread is handed it
   * without a copy (a 63 MB copy is another ~50 ms of the server's event loop).
   */
  packed?: Uint8Array;
}

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));
// An absolute URL, so the child finds tsx whatever the working directory.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
// A process keeps its loaded dictionary this long after its last document.
const IDLE_MS = 30_000;
const MEMORY_POLL_MS = 100;
const WORKER_NICENESS = 10;

/** Resident memory of a process in bytes, where /proc tells it (Linux); null elsewhere. */
function residentBytes(pid: number): number | null {
  try {
    const kilobytes = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kilobytes ? Number(kilobytes) * 1024 : null;
  } catch {
    return null;
  }
}

/** One child process and the document it is working on. */
class IngestProcess {
  private readonly child: ChildProcess;
  private current: PendingDocument | null = null;
  private killedFor: 'time' | 'memory' | null = null;
  private timeCap: NodeJS.Timeout | undefined;
  private memoryWatch: NodeJS.Timeout | undefined;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly options: IngestPoolOptions,
    private readonly events: { idle(process: IngestProcess): void; exit(process: IngestProcess): void },
  ) {
    this.child = fork(CHILD, [], {
      execArgv: ['--import', TSX, `--max-old-space-size=${options.memoryMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.lowerPriority();
    this.child.on('message', (message: ChildMessage) => this.receive(message));
    this.child.on('exit', (code, signal) => this.exited(code, signal));
    this.child.on('error', (error) => this.finish(() => this.current?.reject(error)));
  }

  /** Ingest is background work: the server answering requests (or anything else) goes first. */
  private lowerPriority(): void {
    try {
      if (this.child.pid !== undefined) os.setPriority(this.child.pid, Math.min(19, os.getPriority() + WORKER_NICENESS));
    } catch {
      // Not allowed here (or the process already ended): it runs at its parent's priority.
    }
  }

  run(document: PendingDocument): void {
    clearTimeout(this.idleTimer);
    this.current = document;
    this.child.ref();
    this.child.channel?.ref();
    const task: IngestTask = { name: document.file.name, bytes: document.file.bytes, lexiconDir: this.options.lexiconDir, maxFileBytes: this.options.maxFileBytes };
    this.child.send(task);
  }

  kill(reason: 'time' | 'memory' | null = null): void {
    this.killedFor = reason;
    this.child.kill('SIGKILL');
  }

  /** Kills the process and waits until it is gone. */
  stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve();
    const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    // Referenced again, or a program awaiting this could end before the exit is reported.
    this.child.ref();
    this.kill();
    return gone;
  }

  private receive(message: ChildMessage): void {
    const document = this.current;
    if (!document) return;
    if (message.type === 'progress') {
      // The first stage message: the process has begun this document, so its caps start now.
      if (!this.timeCap) this.startCaps();
      document.onProgress?.({ stage: message.stage, fraction: message.done / STAGES.length });
    } else if (message.type === 'piece') {
      document.packed ??= new Uint8Array(new SharedArrayBuffer(message.total));
      document.packed.set(message.bytes, message.offset);
    } else if (message.type === 'outcome') {
      const { outcome } = message;
      const { packed } = document;
      if (!outcome.ok) this.finish(() => document.reject(reviveError(outcome.error)));
      else if (packed) this.finish(() => document.resolve(new PackedContribution(packed, outcome.summary)));
      else this.finish(() => document.reject(new Error(`ingest process sent no contribution for ${document.file.name}`)));
      this.rest();
    } else {
      this.finish(() => document.reject(new Error(`ingest process failed on ${document.file.name}: ${message.message}`)));
      this.rest();
    }
  }

  private startCaps(): void {
    this.timeCap = setTimeout(() => this.kill('time'), this.options.timeoutMs);
    const limit = this.options.memoryMb * 1024 * 1024;
    this.memoryWatch = setInterval(() => {
      const rss = this.child.pid === undefined ? null : residentBytes(this.child.pid);
      if (rss !== null && rss > limit) this.kill('memory');
    }, MEMORY_POLL_MS);
  }

  /** Waits for the next document, unreferenced so an idle pool never keeps the program running. */
  private rest(): void {
    this.child.unref();
    this.child.channel?.unref();
    this.idleTimer = setTimeout(() => this.kill(), IDLE_MS);
    this.idleTimer.unref();
    this.events.idle(this);
  }

  private exited(code: number | null, signal: NodeJS.Signals | null): void {
    clearTimeout(this.idleTimer);
    const document = this.current;
    if (document) {
      const name = path.basename(document.file.name);
      // V8 aborts (SIGABRT) when the heap limit is reached.
      const outOfMemory = this.killedFor === 'memory' || signal === 'SIGABRT' || code === 134;
      const error =
        this.killedFor === 'time' ? errors.ingestTimeout(name, this.options.timeoutMs / 1000)
        : outOfMemory ? errors.ingestOutOfMemory(name, this.options.memoryMb)
        : new Error(`ingest process stopped unexpectedly on ${name} (${signal ?? `exit code ${code}`})`);
      this.finish(() => document.reject(error));
    }
    this.events.exit(this);
  }

  private finish(settle: () => void): void {
    clearTimeout(this.timeCap);
    clearInterval(this.memoryWatch);
    this.timeCap = undefined;
    this.memoryWatch = undefined;
    this.current = null;
    settle();
  }
}

export class IngestPool {
  private readonly processes = new Set<IngestProcess>();
  private readonly idle: IngestProcess[] = [];
  private readonly queue: PendingDocument[] = [];

  constructor(private readonly options: IngestPoolOptions) {}

  /** Documents waiting for a process. */
  get waiting(): number {
    return this.queue.length;
  }

  /**
   * Ingests one document in a pool process. Rejects with the pipeline's own error, QUEUE_FULL when too
   * many documents wait, INGEST_TIMEOUT or INGEST_OUT_OF_MEMORY when the document overran its caps.
   * The contribution comes packed (graph/packed.ts): a store unpacks it where it writes it.
   */
  ingest(file: RawFile, onProgress?: (progress: IngestProgress) => void): Promise<PackedContribution> {
    return new Promise((resolve, reject) => {
      this.queue.push({ file, onProgress, resolve, reject });
      this.dispatch();
      // Still waiting after every free process took a document: refused if that makes too many waiting.
      if (this.queue.length > this.options.queueLimit) {
        this.queue.pop();
        reject(errors.queueFull(this.queue.length));
      }
    });
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const process = this.idle.pop() ?? (this.processes.size < this.options.workers ? this.spawn() : undefined);
      if (!process) return;
      process.run(this.queue.shift() as PendingDocument);
    }
  }

  private spawn(): IngestProcess {
    const process = new IngestProcess(this.options, {
      idle: (p) => {
        this.idle.push(p);
        this.dispatch();
      },
      exit: (p) => {
        this.processes.delete(p);
        const at = this.idle.indexOf(p);
        if (at >= 0) this.idle.splice(at, 1);
        this.dispatch();
      },
    });
    this.processes.add(process);
    return process;
  }

  /** Stops every process; documents still waiting are refused. */
  async close(): Promise<void> {
    for (const document of this.queue.splice(0)) document.reject(new Error('the ingest pool was closed'));
    await Promise.all([...this.processes].map((p) => p.stop()));
  }
}
