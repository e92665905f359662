/**
 * Behaviour of the HTTP layer itself: rate limiting per client address, an unavailable store, and
 * errors that never leak internals.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../graph/store.ts';
import { startServer } from '../helpers/http.ts';
import { seedContributions } from '../helpers/seeds.ts';
import { openEmbeddedStore } from '../helpers/stores.ts';
import { tempDir } from '../helpers/temp.ts';

const temp = tempDir();
afterAll(() => temp.cleanup());

async function seededStore(name: string): Promise<{ store: GraphStore; file: string }> {
  const file = path.join(temp.dir, `${name}.db`);
  const store = await openEmbeddedStore(file);
  await store.replacePlans((await seedContributions()).slice(0, 1));
  return { store, file };
}

describe('rate limiting', () => {
  it('answers 429 past the limit, and a spoofed X-Forwarded-For does not reset it', async () => {
    const { store } = await seededStore('limited');
    const api = await startServer(store, { rateLimitPerMinute: 5 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 8; i += 1) statuses.push((await api.get('/api/health', { headers: { 'x-forwarded-for': `10.0.0.${i}` } })).status);
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(statuses.slice(5)).toEqual([429, 429, 429]);
      const body = (await (await api.get('/api/health')).json()) as { error: { code: string } };
      expect(body.error.code).toBe('RATE_LIMITED');
    } finally {
      await api.close();
    }
  });

  it('trusts X-Forwarded-For only when configured', async () => {
    const { store } = await seededStore('proxied');
    const api = await startServer(store, { rateLimitPerMinute: 2, trustProxy: 'loopback' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await api.get('/api/health', { headers: { 'x-forwarded-for': `10.0.0.${i}` } })).status);
      expect(statuses).toEqual([200, 200, 200, 200]);
    } finally {
      await api.close();
    }
  });
});

describe('store failures', () => {
  it('answers 503 with a clear message when the store cannot be read, and reveals nothing else', async () => {
    const { store, file } = await seededStore('broken');
    const api = await startServer(store);
    try {
      expect((await api.get('/api/health')).status).toBe(200);
      // Another process commits (so the server's cached pages are stale), then the files are overwritten.
      const other = await openEmbeddedStore(file);
      await other.removePlan('plan:not-stored');
      await other.close();
      for (const part of [file, `${file}-wal`]) fs.writeFileSync(part, Buffer.alloc(fs.statSync(part).size, 'SECRET-INTERNAL-TEXT '));
      const response = await api.get('/api/overview');
      expect(response.status).toBe(503);
      const text = await response.text();
      expect(JSON.parse(text).error.code).toBe('STORE_CORRUPT');
      expect(text).not.toContain('SECRET');
      expect(text).not.toMatch(/\.ts:\d+|at async/);
    } finally {
      await api.close();
    }
  });
});

describe('the web client', () => {
  it('is served at / with a single-page fallback for its routes, or a plain notice when not built', async () => {
    const { store } = await seededStore('client');
    const api = await startServer(store, { clientDir: path.join(temp.dir, 'no-client') });
    try {
      const response = await api.get('/overlap?concept=%E6%B0%A2%E8%83%BD');
      expect(response.status).toBe(404);
      expect(await (await api.get('/')).text()).toContain('web client is not built');
    } finally {
      await api.close();
    }
  });
});
