/** Starts the real Express app on 127.0.0.1 with a free port, for HTTP tests. */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { loadConfig, type Config } from '../../core/config.ts';
import type { GraphStore } from '../../graph/store.ts';
import { createApp } from '../../server/app.ts';
import { createLogger } from '../../server/http/logger.ts';
import { lexicon } from './seeds.ts';

export interface RunningServer {
  url: string;
  get(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export async function startServer(store: GraphStore, overrides: Partial<Config> = {}): Promise<RunningServer> {
  const config = { ...loadConfig({ LOG_LEVEL: 'silent' }), ...overrides };
  const app = createApp({ store, config, lexicon: lexicon(), logger: createLogger('silent') });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    get: (path, init) => fetch(`${url}${path}`, init),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Encodes query values (Chinese, colons) the way a browser would. */
export function query(params: Record<string, string | number | boolean>): string {
  return new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
}
