/**
 * The embedded store's file: one JSON document under data/, replaced by write-to-temporary-then-
 * rename so a crash or a failed write never leaves a half-written graph. A lock file serialises
 * writers from different processes (the CLI while the server runs).
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { errors } from '../../core/errors.ts';
import { GraphEdgeSchema, GraphNodeSchema, SourceTextSchema } from '../schema.ts';

export const STORE_FORMAT = 'policy-kg.graph';
export const STORE_VERSION = 1;

export const StoreFileSchema = z.object({
  format: z.literal(STORE_FORMAT),
  version: z.literal(STORE_VERSION),
  nodes: z.array(GraphNodeSchema),
  edges: z.array(GraphEdgeSchema),
  sources: z.array(SourceTextSchema),
});
export type StoreFile = z.infer<typeof StoreFileSchema>;

export interface FileStamp {
  mtimeMs: number;
  size: number;
}

export function stampOf(file: string): FileStamp | null {
  try {
    const stat = fs.statSync(file);
    return { mtimeMs: stat.mtimeMs, size: stat.size };
  } catch {
    return null;
  }
}

export function readStoreFile(file: string): StoreFile | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw errors.storeUnavailable(file, (error as Error).message, error);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw errors.storeCorrupt(file, `not JSON: ${(error as Error).message}`);
  }
  const parsed = StoreFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw errors.storeCorrupt(file, `${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`.trim());
  }
  return parsed.data;
}

export type FileWriter = (file: string, contents: string) => void;

export const defaultWriter: FileWriter = (file, contents) => {
  const handle = fs.openSync(file, 'w');
  try {
    fs.writeSync(handle, contents);
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
};

/** Writes `contents` beside `file` and renames it into place. */
export function writeStoreFile(file: string, data: StoreFile, writer: FileWriter = defaultWriter): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    writer(temporary, JSON.stringify(data));
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw errors.storeWriteFailed(file, error);
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Holds `${file}.lock` while `work` runs; a lock left by a dead process is taken over. */
export async function withFileLock<T>(file: string, work: () => Promise<T>, timeoutMs = 15000): Promise<T> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const lock = `${file}.lock`;
  const started = Date.now();
  for (;;) {
    try {
      const handle = fs.openSync(lock, 'wx');
      fs.writeSync(handle, String(process.pid));
      fs.closeSync(handle);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw errors.storeUnavailable(file, (error as Error).message, error);
      let owner = Number.NaN;
      try {
        owner = Number(fs.readFileSync(lock, 'utf8').trim());
      } catch {
        continue; // released between our attempt and this read
      }
      if (Number.isInteger(owner) && owner > 0 && !processAlive(owner)) {
        fs.rmSync(lock, { force: true });
        continue;
      }
      if (Date.now() - started > timeoutMs) throw errors.storeUnavailable(file, `another process holds ${lock}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
  try {
    return await work();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}
