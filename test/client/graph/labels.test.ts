import { describe, expect, it } from 'vitest';
import { overlappingPairs, placeLabels, type Box, type LabelCandidate } from '../../../client/src/graph/labels.ts';

const box = (x: number, y: number, w = 40, h = 20): Box => ({ x1: x, y1: y, x2: x + w, y2: y + h });
const candidate = (id: string, b: Box, priority: number): LabelCandidate => ({ id, box: b, priority });

describe('label placement', () => {
  it.each([
    ['apart, all kept', [candidate('a', box(0, 0), 1), candidate('b', box(100, 0), 1)], ['a', 'b']],
    ['overlapping, the more important kept', [candidate('low', box(0, 0), 1), candidate('high', box(20, 10), 5)], ['high']],
    ['a chain: the middle one loses to both ends', [candidate('l', box(0, 0), 3), candidate('m', box(30, 0), 2), candidate('r', box(60, 0), 3)], ['l', 'r']],
    ['touching edges do not overlap', [candidate('a', box(0, 0), 1), candidate('b', box(40, 0), 1)], ['a', 'b']],
    ['equal priority: the first id wins, the same every time', [candidate('b', box(0, 0), 1), candidate('a', box(5, 5), 1)], ['a']],
  ])('%s', (_, candidates, kept) => {
    expect([...placeLabels(candidates)].sort()).toEqual([...kept].sort());
  });

  it('leaves no two kept boxes overlapping in a crowded picture, across grid cells', () => {
    const crowd = Array.from({ length: 400 }, (_, i) => candidate(`n${i}`, box((i * 37) % 500, (i * 53) % 400, 30 + (i % 50), 18), i % 7));
    const kept = placeLabels(crowd, 64);
    expect(kept.size).toBeGreaterThan(20);
    expect(overlappingPairs(crowd.filter((c) => kept.has(c.id)).map((c) => c.box))).toBe(0);
    expect(overlappingPairs(crowd.map((c) => c.box))).toBeGreaterThan(100);
  });
});
