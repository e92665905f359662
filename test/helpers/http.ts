/** Starts the real Express app on 127.0.0.1 with a free port, for HTTP tests. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { loadConfig, type Config } from '../../core/config.ts';
import type { GraphStore } from '../../graph/store.ts';
import { createApp } from '../../server/app.ts';
import { createLogger, type Logger } from '../../server/http/logger.ts';
import type { Job } from '../../server/services/uploads.ts';
import { lexicon } from './seeds.ts';

export interface RunningServer {
  url: string;
  get(path: string, init?: RequestInit): Promise<Response>;
  /** A write as the web client sends it: with the X-Requested-With header (and whatever else `init` adds). */
  write(path: string, init: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/** The header every write must carry. */
export const WRITE_HEADERS = { 'x-requested-with': 'policy-kg' } as const;

export async function startServer(store: GraphStore, overrides: Partial<Config> = {}, logger: Logger = createLogger('silent')): Promise<RunningServer> {
  const config = { ...loadConfig({ LOG_LEVEL: 'silent' }), ...overrides };
  const app = createApp({ store, config, lexicon: lexicon(), logger });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return serverAt(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, () => new Promise((resolve) => server.close(() => resolve())));
}

/** Requests to a server already running at `url` (e.g. in a child process), reads and writes alike. */
export function serverAt(url: string, close: () => Promise<void> = async () => {}): RunningServer {
  return {
    url,
    get: (path, init) => fetch(`${url}${path}`, init),
    write: (path, init) => fetch(`${url}${path}`, { ...init, headers: { ...WRITE_HEADERS, ...(init.headers as Record<string, string> | undefined) } }),
    close,
  };
}

/** Encodes query values (Chinese, colons) the way a browser would. */
export function query(params: Record<string, string | number | boolean>): string {
  return new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
}

/** Polls an upload job until it is done or failed. */
export async function finishedJob(api: RunningServer, id: string, timeoutMs = 60_000): Promise<Job> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { job } = (await (await api.get(`/api/jobs/${id}`)).json()) as { job: Job };
    if (job.status === 'done' || job.status === 'failed') return job;
    if (Date.now() > deadline) throw new Error(`job ${id} still ${job.status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Uploads and, when the upload was accepted (202), follows its job to the end. */
export async function upload(api: RunningServer, path: string, init: RequestInit): Promise<{ response: Response; job: Job | null }> {
  const response = await api.write(path, { method: 'POST', ...init });
  if (response.status !== 202) return { response, job: null };
  const { job } = (await response.json()) as { job: Job };
  return { response, job: await finishedJob(api, job.id) };
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request exactly as given — any Host, no Origin, a body that lies about itself — which fetch would not send. */
export function rawRequest(url: string, request: { method: string; path: string; headers?: Record<string, string>; body?: string | Uint8Array }): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  const body = typeof request.body === 'string' ? Buffer.from(request.body) : Buffer.from(request.body ?? new Uint8Array());
  return new Promise((resolve, reject) => {
    const req = http.request({ host: hostname, port, method: request.method, path: request.path, headers: { 'content-length': String(body.length), ...request.headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
