import { describe, expect, it } from 'vitest';
import { ResponseCache } from '../../../server/http/response-cache.ts';

const answer = (revision: string, body: string) => ({ revision, status: 200, contentType: 'application/json', body });

describe('ResponseCache', () => {
  it('computes an answer once for concurrent misses of the same URL and revision', async () => {
    const cache = new ResponseCache();
    let computations = 0;
    const compute = async () => {
      computations += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return answer('r1', '{"n":1}');
    };
    const responses = await Promise.all(Array.from({ length: 10 }, () => cache.getOrCompute('/api/x', 'r1', compute)));
    expect(computations).toBe(1);
    expect(new Set(responses.map((r) => r.etag)).size).toBe(1);
    await cache.getOrCompute('/api/x', 'r1', compute);
    expect(computations).toBe(1);
  });

  it('computes again for a new revision', async () => {
    const cache = new ResponseCache();
    const first = await cache.getOrCompute('/api/x', 'r1', async () => answer('r1', '{"n":1}'));
    const second = await cache.getOrCompute('/api/x', 'r2', async () => answer('r2', '{"n":2}'));
    expect(second.body.toString()).toBe('{"n":2}');
    expect(second.etag).not.toBe(first.etag);
  });

  it('does not keep a failed computation: the next request tries again', async () => {
    const cache = new ResponseCache();
    await expect(cache.getOrCompute('/api/x', 'r1', () => Promise.reject(new Error('store down')))).rejects.toThrow('store down');
    const retried = await cache.getOrCompute('/api/x', 'r1', async () => answer('r1', '{"ok":true}'));
    expect(retried.body.toString()).toBe('{"ok":true}');
  });
});
