import { describe, expect, it } from 'vitest';
import { SpanIndex, type Span } from '../../core/span-index.ts';
import { seededRandom } from '../../core/seeded-random.ts';

const overlap = (a: Span, b: Span) => a.start < Math.max(b.end, b.start + 1) && b.start < Math.max(a.end, a.start + 1);

describe('SpanIndex', () => {
  const spans: [string, Span][] = [
    ['short', { start: 3, end: 7 }],
    ['long, across buckets', { start: 50, end: 400 }],
    ['empty', { start: 130, end: 130 }],
    ['at a bucket edge', { start: 63, end: 65 }],
  ];
  const index = new SpanIndex<string>();
  for (const [name, span] of spans) index.add(span, name);

  it.each([
    [{ start: 0, end: 3 }, []],
    [{ start: 6, end: 8 }, ['short']],
    [{ start: 64, end: 64 }, ['long, across buckets', 'at a bucket edge']],
    [{ start: 130, end: 131 }, ['long, across buckets', 'empty']],
    [{ start: 399, end: 500 }, ['long, across buckets']],
    [{ start: 400, end: 500 }, []],
    [{ start: 0, end: 1000 }, ['short', 'long, across buckets', 'empty', 'at a bucket edge']],
  ])('finds what overlaps %o, in the order added', (query, expected) => {
    expect(index.overlapping(query)).toEqual(expected);
  });

  it('answers exactly as a scan of every span does, for random spans and queries', () => {
    const random = seededRandom(7);
    const all: Span[] = [];
    const indexed = new SpanIndex<number>();
    for (let i = 0; i < 2000; i += 1) {
      const start = Math.floor(random() * 10_000);
      const span = { start, end: start + Math.floor(random() * (random() < 0.05 ? 2000 : 40)) };
      all.push(span);
      indexed.add(span, i);
    }
    for (let q = 0; q < 300; q += 1) {
      const start = Math.floor(random() * 10_000);
      const query = { start, end: start + Math.floor(random() * 100) };
      const scanned = all.flatMap((span, i) => (overlap(span, query) ? [i] : []));
      expect(indexed.overlapping(query)).toEqual(scanned);
    }
  });
});
