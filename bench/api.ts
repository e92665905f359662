/**
 * API throughput and latency with autocannon (a separate process, 50 connections, 10 s) against
 * /api/overlap, /api/graph/neighborhood and /api/search on each store; the baseline is a bare Express
 * JSON endpoint served by the same process. Also the cost of computing each answer uncached; the
 * load runs start with the answer computed once, so they measure serving, not that first computation.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../core/config.ts';
import type { GraphStore } from '../graph/store.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { createApp } from '../server/app.ts';
import { createLogger } from '../server/http/logger.ts';
import { GraphReader } from '../server/services/graph-reader.ts';
import { neighborhood } from '../server/services/graph-view.ts';
import { overlap } from '../server/services/overlap.ts';
import { search } from '../server/services/search.ts';
import { now, percentile, ratio, round } from './measure.ts';

export interface EndpointResult {
  endpoint: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  shareOfBare: number;
  /** Computing the answer without the response cache, per request. */
  uncachedP50Ms: number;
  uncachedP99Ms: number;
}

export interface ApiResult {
  store: string;
  bare: { requestsPerSecond: number; p50Ms: number; p99Ms: number };
  endpoints: EndpointResult[];
}

interface Cannon {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}

/** autocannon in its own process, so it does not share this process's event loop with the server. */
async function cannon(url: string, seconds: number): Promise<Cannon> {
  const bin = path.join(PROJECT_ROOT, 'node_modules/.bin/autocannon');
  // As a browser asks: the server may answer gzipped.
  const { stdout } = await promisify(execFile)(bin, ['-c', '50', '-d', String(seconds), '-H', 'accept-encoding=gzip, deflate, br', '-j', url], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as Cannon;
}

async function timeUncached(run: () => Promise<unknown>, times = 30): Promise<{ p50: number; p99: number }> {
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const started = now();
    await run();
    samples.push(now() - started);
  }
  return { p50: round(percentile(samples, 0.5)), p99: round(percentile(samples, 0.99)) };
}

export async function benchApi(store: GraphStore, lexicon: Lexicon, seconds = 10): Promise<ApiResult> {
  const config = { ...loadConfig({ LOG_LEVEL: 'silent' }), rateLimitPerMinute: 10_000_000, validateResponses: false };
  // The baseline: Express answering a small JSON object, through the same middleware stack.
  const bareBody = { ok: true, items: [1, 2, 3] };
  const app = createApp({
    store,
    config,
    lexicon,
    logger: createLogger('silent'),
    extraRoutes: (express) => express.get('/api/bench-bare', (_req, res) => void res.json(bareBody)),
  });
  const server = await new Promise<import('node:http').Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const bare = await cannon(`${base}/api/bench-bare`, seconds);
    const bareRps = bare.requests.average;
    const reader = () => new GraphReader(store);
    const endpoints: [string, string, () => Promise<unknown>][] = [
      ['/api/overlap?concept=氢能', `/api/overlap?concept=${encodeURIComponent('氢能')}`, () => overlap(reader(), '氢能', false)],
      ['/api/graph/neighborhood?id=industry:氢能', `/api/graph/neighborhood?id=${encodeURIComponent('industry:氢能')}`, () => neighborhood(reader(), 'industry:氢能', 1, undefined, 150)],
      ['/api/search?q=工信局', `/api/search?q=${encodeURIComponent('工信局')}`, () => search(reader(), { q: '工信局', limit: 20 })],
    ];
    const results: EndpointResult[] = [];
    for (const [label, url, compute] of endpoints) {
      const uncached = await timeUncached(compute);
      // Steady state: the first request computes the answer (its cost is the uncached figure above).
      await fetch(`${base}${url}`);
      const run = await cannon(`${base}${url}`, seconds);
      results.push({
        endpoint: label,
        requestsPerSecond: Math.round(run.requests.average),
        p50Ms: run.latency.p50,
        p99Ms: run.latency.p99,
        non2xx: run.non2xx,
        errors: run.errors,
        shareOfBare: ratio(run.requests.average, bareRps),
        uncachedP50Ms: uncached.p50,
        uncachedP99Ms: uncached.p99,
      });
    }
    return { store: store.kind, bare: { requestsPerSecond: Math.round(bareRps), p50Ms: bare.latency.p50, p99Ms: bare.latency.p99 }, endpoints: results };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}
