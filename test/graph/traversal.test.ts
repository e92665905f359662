import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../graph/store.ts';
import { neighborhoodOf, shortestPathsOf } from '../../graph/traversal.ts';
import { seedContributions } from '../helpers/seeds.ts';
import { embeddedStoreWith } from '../helpers/stores.ts';

// The generic walk serves views of a store (the graph as of a date); on the store itself it must answer as the store does.
describe('neighbourhoods and paths over getNodes and findEdges', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await embeddedStoreWith(await seedContributions());
  });
  afterAll(() => store.close());

  it.each([
    ['department:泰州市工业和信息化局', { depth: 1 as const, limit: 500 }],
    ['department:泰州市工业和信息化局', { depth: 2 as const, limit: 40 }],
    ['industry:氢能', { depth: 2 as const, limit: 150, labels: ['Plan' as const, 'Task' as const] }],
    ['industry:no such thing', { depth: 1 as const, limit: 10 }],
  ])('the neighbourhood of %s (%j) is the store’s', async (centre, options) => {
    expect(await neighborhoodOf(store, centre, options)).toEqual(await store.neighborhood(centre, options));
  });

  it.each([
    ['industry:氢能', 'city:泰州市', { maxLength: 4, limit: 10 }],
    ['department:盐城市工业和信息化局', 'industry:海上风电', { maxLength: 3, limit: 20 }],
    ['industry:氢能', 'industry:氢能', { maxLength: 4, limit: 10 }],
    ['industry:氢能', 'no such node', { maxLength: 4, limit: 10 }],
  ])('the shortest paths from %s to %s are the store’s', async (from, to, options) => {
    expect(await shortestPathsOf(store, from, to, options)).toEqual(await store.shortestPaths(from, to, options));
  });
});
