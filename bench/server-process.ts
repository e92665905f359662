/** The real server (server/main.ts, as `npm start` runs it) in a child process on a free port. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../core/config.ts';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
}

/** Starts it with these variables (on top of this process's, without NEO4J_URI) and waits until it serves. */
export async function startServerProcess(env: Record<string, string>, nodeOptions: string[] = []): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...nodeOptions, '--import', 'tsx', path.join(PROJECT_ROOT, 'server/main.ts')], {
    env: { ...process.env, NEO4J_URI: '', PORT: '0', LOG_LEVEL: 'silent', ...env },
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /serving on (http:\/\/[\d.:]+)\//.exec(out);
      if (found) resolve(found[1] as string);
    });
    child.on('exit', (code) => reject(new Error(`the server exited (${code}) before serving`)));
  });
  return { url, child };
}

/** Stops it as an operator would (SIGINT: the server closes its store), and waits for it to exit. */
export async function stopServerProcess(server: ServerProcess): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.on('exit', resolve));
  server.child.kill('SIGINT');
  await exited;
}
