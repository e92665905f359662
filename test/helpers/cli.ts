import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../core/config.ts';

export interface CliResult {
  status: number | null;
  /** The signal that ended the process, if one did. */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `policy-kg` binary with its own data folder. */
export function runCli(args: string[], env: Record<string, string> = {}, cwd = PROJECT_ROOT): CliResult {
  const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'bin/policy-kg.js'), ...args], {
    cwd,
    env: { ...process.env, NEO4J_URI: '', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}
