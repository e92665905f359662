import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../../graph/store.ts';
import { kShortestPaths } from '../../../server/services/graph-paths.ts';
import { GraphReader } from '../../../server/services/graph-reader.ts';
import { seedContributions } from '../../helpers/seeds.ts';
import { embeddedStoreWith } from '../../helpers/stores.ts';

const PAIRS: [from: string, to: string][] = [
  ['enterprise:东风悦达起亚汽车有限公司', 'city:泰州市'],
  ['industry:氢能', 'department:泰州市工业和信息化局'],
  ['industry:海工装备', 'city:连云港市'],
];

describe('k shortest paths and hub avoidance', () => {
  let store: GraphStore;
  const reader = () => new GraphReader(store);
  /** Distinct neighbours of a node, from the store directly. */
  const degree = async (id: string) => {
    const edges = [...(await store.findEdges({ from: [id] })), ...(await store.findEdges({ to: [id] }))];
    return new Set(edges.map((e) => (e.source === id ? e.target : e.source))).size;
  };

  beforeAll(async () => {
    store = await embeddedStoreWith(await seedContributions());
  });

  it.each(PAIRS)('%s → %s: loopless, distinct, shortest first, each hop an edge between its two nodes', async (from, to) => {
    const { paths } = await kShortestPaths(reader(), from, to, { maxLength: 6, k: 4, hubDegree: null });
    expect(paths).toHaveLength(4);
    const [shortest] = await store.shortestPaths(from, to, { maxLength: 6, limit: 1 });
    expect(paths[0]?.edges.length).toBe(shortest?.edges.length);
    expect(new Set(paths.map((p) => p.nodes.join('>'))).size).toBe(4);
    for (const [i, path] of paths.entries()) {
      if (i > 0) expect(path.edges.length).toBeGreaterThanOrEqual(paths[i - 1]!.edges.length);
      expect(path.nodes[0]).toBe(from);
      expect(path.nodes.at(-1)).toBe(to);
      expect(new Set(path.nodes).size).toBe(path.nodes.length);
      const edges = await store.findEdges({ from: path.nodes });
      path.edges.forEach((edgeId, hop) => {
        const edge = edges.find((e) => e.id === edgeId);
        expect([edge?.source, edge?.target].sort()).toEqual([path.nodes[hop], path.nodes[hop + 1]].sort());
      });
    }
  });

  it.each(PAIRS)('%s → %s avoiding hubs: no node in between has more neighbours than the limit', async (from, to) => {
    const hubDegree = 40;
    const { paths, avoided } = await kShortestPaths(reader(), from, to, { maxLength: 6, k: 3, hubDegree });
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) for (const id of path.nodes.slice(1, -1)) expect(await degree(id)).toBeLessThanOrEqual(hubDegree);
    expect(avoided.length).toBeGreaterThan(0);
    for (const id of avoided) expect(await degree(id)).toBeGreaterThan(hubDegree);
  });

  it('gives no path to itself, nor one longer than allowed', async () => {
    expect((await kShortestPaths(reader(), 'industry:氢能', 'industry:氢能', { maxLength: 6, k: 3, hubDegree: null })).paths).toEqual([]);
    const [shortest] = await store.shortestPaths(PAIRS[0]![0], PAIRS[0]![1], { maxLength: 6, limit: 1 });
    const tooShort = await kShortestPaths(reader(), PAIRS[0]![0], PAIRS[0]![1], { maxLength: shortest!.edges.length - 1, k: 3, hubDegree: null });
    expect(tooShort.paths).toEqual([]);
  });
});
