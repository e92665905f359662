/**
 * The Neo4j store against a real server: the whole GraphStore contract, plus differential tests that
 * hold it to the embedded store's exact output. Runs only when NEO4J_URI is set
 * (`eval "$(scripts/neo4j-local start)"`); without it the file has nothing to run.
 */
import net from 'node:net';
import { Neo4jError } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Neo4jStore } from '../../graph/neo4j/index.ts';
import type { PlanContribution } from '../../graph/schema.ts';
import type { GraphStore } from '../../graph/store.ts';
import { describeGraphStoreContract } from '../contract/graph-store.contract.ts';
import { contributionOf, seedBytes, seedContributions } from '../helpers/seeds.ts';
import { embeddedStoreWith } from '../helpers/stores.ts';

import { adminQuery, closeAdmin, config, openClean, uri } from '../helpers/neo4j.ts';

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe.runIf(Boolean(uri))('Neo4j store', () => {
  beforeAll(async () => {
    const [component] = await adminQuery<{ versions: string[]; edition: string }>('CALL dbms.components() YIELD versions, edition RETURN versions, edition');
    console.log(`Neo4j under test: ${component?.versions[0]} ${component?.edition}`);
  });
  afterAll(async () => {
    await closeAdmin();
  });

  describeGraphStoreContract('Neo4j', {
    create: (hooks) => openClean(hooks),
    transientError: () => new Neo4jError('injected deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', '50N00', 'injected'),
  });

  describe('against the embedded store', () => {
    let seeds: PlanContribution[];
    let store: GraphStore;
    beforeAll(async () => {
      seeds = await seedContributions();
    });
    afterAll(async () => {
      await store?.close();
    });

    it('exports the seed graph byte for byte as the embedded store does, with the same summaries', async () => {
      store = await openClean();
      const embedded = await embeddedStoreWith([]);
      expect(await store.replacePlans(seeds)).toEqual(await embedded.replacePlans(seeds));
      const exported = await store.exportGraph();
      expect(exported).toEqual(await embedded.exportGraph());
      expect(JSON.stringify(exported)).toBe(JSON.stringify(await embedded.exportGraph()));
    });

    it('stays identical through a changed file, a removal and a re-ingest', async () => {
      const embedded = await embeddedStoreWith(seeds);
      const taizhou = seeds.find((c) => c.plan.file.startsWith('taizhou')) as PlanContribution;
      const changed = await contributionOf(taizhou.plan.file, new TextDecoder().decode(seedBytes(taizhou.plan.file)).replaceAll('亚星锚链', ''));
      for (const target of [store, embedded]) {
        await target.replacePlan(changed);
        await target.removePlan(seeds[0]?.plan.id as string);
      }
      expect(JSON.stringify(await store.exportGraph())).toBe(JSON.stringify(await embedded.exportGraph()));
      for (const target of [store, embedded]) await target.replacePlans(seeds);
      expect(JSON.stringify(await store.exportGraph())).toBe(JSON.stringify(await embedded.exportGraph()));
    });

    it('answers node, edge, neighbourhood and path queries exactly as the embedded store', async () => {
      const embedded = await embeddedStoreWith(seeds);
      const department = 'department:泰州市工业和信息化局';
      const ask = (s: GraphStore) =>
        Promise.all([
          s.findNodes({ text: '工信' }),
          s.findNodes({ labels: ['Target'], limit: 7 }),
          s.findNodes({ city: '盐城市', labels: ['Department', 'Platform'] }),
          s.findNodes({ plan: seeds[1]?.plan.id as string, text: 'LNG' }),
          s.getNodes(['industry:氢能', 'city:泰州市', 'industry:氢能', 'nothing']),
          s.findEdges({ to: ['industry:氢能'], from: [department] }),
          s.findEdges({ types: ['BROADER', 'PART_OF'], limit: 25 }),
          s.neighborhood(department, { depth: 2, limit: 40 }),
          s.neighborhood('industry:氢能', { depth: 2, labels: ['Plan', 'Task', 'Department'], limit: 500 }),
          s.shortestPaths('industry:氢能', 'city:泰州市', { maxLength: 4, limit: 10 }),
          s.shortestPaths(department, 'industry:氢能', { maxLength: 3, limit: 50 }),
        ]);
      expect(await ask(store)).toEqual(await ask(embedded));
    });

    it('counts what a raw Cypher count sees, without the internal SourceText and PolicyKgMeta nodes', async () => {
      const counts = await store.counts();
      const labelled = await adminQuery<{ label: string; count: number }>("MATCH (n) RETURN [l IN labels(n) WHERE l <> 'PolicyKgNode'][0] AS label, count(*) AS count");
      const raw = Object.fromEntries(labelled.filter((r) => r.label !== 'SourceText' && r.label !== 'PolicyKgMeta').map((r) => [r.label, r.count]));
      expect(raw).toEqual(counts.nodes);
      expect(labelled.find((r) => r.label === 'SourceText')?.count).toBe(seeds.length);
      const [anyNode] = await adminQuery<{ count: number }>('MATCH (n:PolicyKgNode) RETURN count(n) AS count');
      expect(anyNode?.count).toBe(Object.values(counts.nodes).reduce((a, b) => a + b, 0));
      const typed = await adminQuery<{ type: string; count: number }>('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count');
      expect(Object.fromEntries(typed.map((r) => [r.type, r.count]))).toEqual(counts.edges);
    });

    // One store serialises its own writes, so race separate stores (as separate processes would):
    // their transactions on shared entities must not lose a plan's support or wording.
    it('ends where the embedded store does when separate writers replace plans concurrently', async () => {
      await openClean().then((s) => s.close());
      const writers = await Promise.all(seeds.map(() => new Neo4jStore(config())).map(async (s) => (await s.init(), s)));
      try {
        await Promise.all(seeds.map((c, i) => writers[i]?.replacePlan(c)));
        await Promise.all(seeds.map((c, i) => writers[(i + 1) % writers.length]?.replacePlan(c)));
        const embedded = await embeddedStoreWith(seeds);
        expect(JSON.stringify(await writers[0]?.exportGraph())).toBe(JSON.stringify(await embedded.exportGraph()));
      } finally {
        await Promise.all(writers.map((s) => s.close()));
      }
    });

    it('writes a large batch in bounded transactions: a failure keeps the plans already committed', async () => {
      await openClean().then((s) => s.close());
      const failOn = seeds[2]?.plan.id;
      const bounded = new Neo4jStore(config(), {
        maxItemsPerTransaction: 1,
        hooks: {
          midReplace: (planId) => {
            if (planId === failOn) throw new Error('disk on fire');
          },
        },
      });
      try {
        await bounded.init();
        await expect(bounded.replacePlans(seeds)).rejects.toThrow(/disk on fire/);
        expect(JSON.stringify(await bounded.exportGraph())).toBe(JSON.stringify(await (await embeddedStoreWith(seeds.slice(0, 2))).exportGraph()));
      } finally {
        await bounded.close();
      }
    });

    it('upgrades a graph stored before every node carried PolicyKgNode, then removes plans exactly', async () => {
      await openClean().then(async (s) => (await s.replacePlans(seeds), s.close()));
      for (const cypher of [
        'DROP CONSTRAINT policykg_node_id',
        'MATCH (n:PolicyKgNode) REMOVE n:PolicyKgNode',
        'MATCH (s:SourceText) REMOVE s.nodes',
        'CREATE CONSTRAINT policykg_Plan_id FOR (n:Plan) REQUIRE n.id IS UNIQUE',
      ]) {
        await adminQuery(cypher, true);
      }
      const upgraded = new Neo4jStore(config());
      try {
        await upgraded.init();
        const unlabelled = await adminQuery<{ count: number }>('MATCH (n) WHERE NOT n:PolicyKgNode AND NOT n:SourceText AND NOT n:PolicyKgMeta RETURN count(n) AS count');
        expect(unlabelled[0]?.count).toBe(0);
        const constraints = (await adminQuery<{ name: string }>('SHOW CONSTRAINTS YIELD name')).map((r) => r.name);
        expect(constraints).toContain('policykg_node_id');
        expect(constraints).not.toContain('policykg_Plan_id');
        const embedded = await embeddedStoreWith(seeds);
        const removed = seeds[0]?.plan.id as string;
        expect(await upgraded.removePlan(removed)).toBe(await embedded.removePlan(removed));
        expect(JSON.stringify(await upgraded.exportGraph())).toBe(JSON.stringify(await embedded.exportGraph()));
      } finally {
        await upgraded.close();
      }
    });
  });

  describe('connection', () => {
    it('fails fast with a clear message naming the URI when nothing listens', async () => {
      const closed = `bolt://127.0.0.1:${await freePort()}`;
      const started = Date.now();
      const store = new Neo4jStore({ uri: closed, user: undefined, password: undefined, database: undefined });
      const failure = await store.init().then(
        () => null,
        (error: unknown) => error as Error & { code?: string },
      );
      expect(failure?.code).toBe('STORE_UNAVAILABLE');
      expect(failure?.message).toContain(closed);
      expect(failure?.message).toMatch(/cannot connect .*scripts\/neo4j-local start/);
      expect(Date.now() - started).toBeLessThan(7_000);
    });

    it('never shows the password in its location', () => {
      const store = new Neo4jStore({ uri: 'bolt://neo4j:s3cret@db.example:7687', user: 'neo4j', password: 's3cret', database: undefined });
      expect(store.location).toBe('bolt://db.example:7687');
      return store.close();
    });
  });
});
