/**
 * Fault injection for tests that run the real CLI: builds test/helpers/fail-io.c with the machine's
 * gcc (CI installs build-essential) and gives the environment that makes a child process's writes to
 * one folder fail, or kills it at one of them.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../core/config.ts';

export type FaultMode = 'count' | 'enospc' | 'eio' | 'kill';

/** Compiles the shim into `dir` and returns the library's path. */
export function buildFailIo(dir: string): string {
  const library = path.join(dir, 'fail-io.so');
  execFileSync('gcc', ['-shared', '-fPIC', '-O1', '-o', library, path.join(PROJECT_ROOT, 'test/helpers/fail-io.c'), '-ldl']);
  return library;
}

export interface Fault {
  mode: FaultMode;
  /** For enospc: bytes that may still be written. */
  afterBytes?: number;
  /** For eio and kill: the write or sync call (1-based) that fails or kills. */
  afterCalls?: number;
  /** For count: where the shim writes "calls bytes" at exit. */
  report?: string;
}

/** Environment variables that apply `fault` to files under `folder`. */
export function faultEnv(library: string, folder: string, fault: Fault): Record<string, string> {
  return {
    LD_PRELOAD: library,
    FAIL_IO_PATH: folder,
    FAIL_IO_MODE: fault.mode,
    ...(fault.afterBytes !== undefined ? { FAIL_IO_AFTER_BYTES: String(fault.afterBytes) } : {}),
    ...(fault.afterCalls !== undefined ? { FAIL_IO_AFTER_CALLS: String(fault.afterCalls) } : {}),
    ...(fault.report ? { FAIL_IO_REPORT: fault.report } : {}),
  };
}

export function readCount(report: string): { calls: number; bytes: number } {
  const [calls, bytes] = fs.readFileSync(report, 'utf8').trim().split(' ').map(Number);
  return { calls: calls as number, bytes: bytes as number };
}
