import { describe, expect, it } from 'vitest';
import { radialLayout, spiralPosition } from '../../../client/src/graph/layout.ts';

function star(hub: string, leaves: number, prefix = hub): { ids: string[]; edges: [string, string][] } {
  const ids = [hub, ...Array.from({ length: leaves }, (_, i) => `${prefix}-${i}`)];
  return { ids, edges: ids.slice(1).map((id) => [hub, id] as [string, string]) };
}

function minDistance(points: { x: number; y: number }[]): number {
  let min = Infinity;
  for (let i = 0; i < points.length; i += 1) {
    for (let j = i + 1; j < points.length; j += 1) {
      const a = points[i]!;
      const b = points[j]!;
      min = Math.min(min, Math.hypot(a.x - b.x, a.y - b.y));
    }
  }
  return min;
}

describe('radial layout for large graphs', () => {
  it('places every node, the root at the centre, leaves apart', () => {
    const a = star('a', 300);
    const b = star('b', 40);
    const ids = ['root', ...a.ids, ...b.ids];
    const edges: [string, string][] = [['root', 'a'], ['root', 'b'], ...a.edges, ...b.edges, ['a-1', 'b-1']];
    const positions = radialLayout(ids, edges, 'root', { spacing: 30 });
    expect(positions.size).toBe(ids.length);
    expect(positions.get('root')).toEqual({ x: 0, y: 0 });
    for (const p of positions.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(minDistance([...positions.values()])).toBeGreaterThan(10);
  });

  it('packs disconnected components side by side without overlap', () => {
    const a = star('a', 50);
    const b = star('b', 20);
    const lonely = ['x', 'y'];
    const positions = radialLayout([...a.ids, ...b.ids, ...lonely], [...a.edges, ...b.edges], null, { spacing: 30 });
    expect(positions.size).toBe(a.ids.length + b.ids.length + 2);
    expect(minDistance([...positions.values()])).toBeGreaterThan(10);
    // The biggest hub is laid out first, at the origin.
    expect(positions.get('a')).toEqual({ x: 0, y: 0 });
  });

  it('lays out 2,000 nodes quickly', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `n${i}`);
    const edges: [string, string][] = ids.slice(1).map((id, i) => [id, `n${Math.floor(Math.sqrt(i))}`]);
    const started = performance.now();
    const positions = radialLayout(ids, edges, 'n0');
    expect(positions.size).toBe(2000);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('spreads the initial spiral', () => {
    const points = Array.from({ length: 200 }, (_, i) => spiralPosition(i, 40));
    expect(points[0]).toEqual({ x: 0, y: 0 });
    expect(minDistance(points)).toBeGreaterThan(20);
  });
});
