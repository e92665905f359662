/**
 * The one ingest service: the CLI, the server's start-up and HTTP uploads all send documents through
 * it, so every document is read, capped and processed the same way — in the worker pool, never on the
 * caller's thread. Storing the results is the caller's business: they come packed (graph/packed.ts),
 * ready to hand to a store without being unpacked on the caller's thread.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../core/config.ts';
import { errors, isPolicyKgError } from '../../core/errors.ts';
import type { PackedContribution } from '../../graph/packed.ts';
import { collectFiles } from './collect-files.ts';
import type { RawFile } from '../read/index.ts';
import { IngestPool, type IngestProgress } from './pool.ts';

export type { IngestProgress } from './pool.ts';

export interface FileFailure {
  file: string;
  message: string;
}

export interface IngestReport {
  /** In the order the files were named, however many workers processed them. */
  contributions: PackedContribution[];
  failures: FileFailure[];
}

export class IngestService {
  private readonly pool: IngestPool;

  constructor(private readonly config: Pick<Config, 'ingest' | 'lexiconDir' | 'maxFileBytes'>) {
    this.pool = new IngestPool({ ...config.ingest, lexiconDir: config.lexiconDir, maxFileBytes: config.maxFileBytes });
  }

  /** Documents waiting for a worker. */
  get waiting(): number {
    return this.pool.waiting;
  }

  /** One document, e.g. an upload. */
  ingest(file: RawFile, onProgress?: (progress: IngestProgress) => void): Promise<PackedContribution> {
    return this.pool.ingest(file, onProgress);
  }

  /**
   * Files and folders (searched for .txt, .docx, .pdf), every worker busy until all are done. A file
   * that cannot be ingested is reported, not thrown; errors that are not about a file are thrown.
   */
  async ingestPaths(paths: string[], onFileDone?: (done: number, total: number, file: string) => void): Promise<IngestReport> {
    const files = collectFiles(paths);
    const outcomes: ({ contribution: PackedContribution } | { failure: FileFailure })[] = new Array(files.length);
    let next = 0;
    let done = 0;
    const runWorker = async () => {
      for (let index = next++; index < files.length; index = next++) {
        const file = files[index] as string;
        outcomes[index] = await this.ingestFileAt(file);
        onFileDone?.(++done, files.length, path.basename(file));
      }
    };
    // Only as many files in flight (and in memory) as there are workers.
    await Promise.all(Array.from({ length: Math.min(this.config.ingest.workers, files.length) }, runWorker));
    return {
      contributions: outcomes.flatMap((o) => ('contribution' in o ? [o.contribution] : [])),
      failures: outcomes.flatMap((o) => ('failure' in o ? [o.failure] : [])),
    };
  }

  private async ingestFileAt(file: string): Promise<{ contribution: PackedContribution } | { failure: FileFailure }> {
    try {
      const size = fs.statSync(file).size;
      if (size > this.config.maxFileBytes) throw errors.inputTooLarge(path.basename(file), size, this.config.maxFileBytes);
      return { contribution: await this.pool.ingest({ name: path.basename(file), bytes: fs.readFileSync(file) }) };
    } catch (error) {
      if (!isPolicyKgError(error)) throw error;
      return { failure: { file, message: error.message } };
    }
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
