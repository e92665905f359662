/**
 * The GraphStore contract, written once as a function of a store factory and run against every store
 * (test/graph/sqlite-store.test.ts, test/graph/neo4j-store.test.ts). Expected contents come from an
 * oracle — the union of the contributions' node and edge ids — not from the store under test.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PackedContribution } from '../../graph/packed.ts';
import { edgeId, type GraphNode, type PlanContribution } from '../../graph/schema.ts';
import type { GraphStore, StoreHooks } from '../../graph/store.ts';
import { contributionOf, expectedIds, idsOf, seedBytes, seedContributions } from '../helpers/seeds.ts';
import { describePlanEditsContract } from './plan-edits.contract.ts';

export interface StoreFactory {
  /** A fresh, empty store with these hooks. */
  create(hooks?: StoreHooks): Promise<GraphStore>;
  /** An error the store's write path treats as transient (retried). */
  transientError(): Error;
  /** Called once after the suite. */
  dispose?(): Promise<void>;
}

const TAIZHOU = 'taizhou-key-industry-chains-action-plan.txt';

function hostileContribution(): PlanContribution {
  const planId = 'plan:hostile-names';
  const names = [
    `O'Brien "quoted" \`tick\` \u0060x // comment`,
    `' WITH 1 AS x MATCH (n) DETACH DELETE n //`,
    'line one\nline two\r\nline three',
    '}) RETURN 1; MATCH (m) DELETE m //',
    '$param {map: 1} \\u0027 \\',
  ];
  const sourceText = names.join('。');
  const plan = {
    id: planId, label: 'Plan' as const, name: "Plan with 'hostile' names", plans: [planId], city: null, title: 'hostile', file: 'hostile.txt',
    sha256: '0'.repeat(64), encoding: 'utf-8', genre: null, status: null, period: null, issuers: [], characters: sourceText.length,
    cityCue: null, periodBasis: null, issuer: null, issued: null, documentNumber: null, provenance: {},
  };
  let offset = 0;
  const nodes: GraphNode[] = [plan];
  const edges: PlanContribution['edges'] = [];
  for (const name of names) {
    const id = `enterprise:${name}`;
    nodes.push({ id, label: 'Enterprise', name, plans: [planId], city: null, known: false });
    const evidence = [{ plan: planId, start: offset, end: offset + name.length, text: name }];
    edges.push({ id: edgeId('MENTIONS', planId, id, planId), type: 'MENTIONS', source: planId, target: id, plan: planId, count: 1, terms: [name], evidence });
    offset += name.length + 1;
  }
  return { plan, nodes, edges, sourceText, warnings: [] };
}

export function describeGraphStoreContract(name: string, factory: StoreFactory): void {
  describe(`GraphStore contract: ${name}`, () => {
    let seeds: PlanContribution[];
    let store: GraphStore;

    beforeAll(async () => {
      seeds = await seedContributions();
    });
    beforeEach(async () => {
      store = await factory.create();
    });
    afterEach(async () => {
      await store?.close();
    });
    afterAll(async () => {
      await factory.dispose?.();
    });

    describe('the seed graph', () => {
      beforeEach(async () => {
        await store.replacePlans(seeds);
      });

      it('holds exactly the union of the contributions, one node per id', async () => {
        const oracle = expectedIds(seeds);
        const stored = idsOf(await store.exportGraph());
        expect(stored.nodes).toEqual(oracle.nodes);
        expect(stored.edges).toEqual(oracle.edges);
      });

      it('counts nodes by label and edges by type as the oracle does', async () => {
        const graph = await store.exportGraph();
        const counts = await store.counts();
        const byLabel: Record<string, number> = {};
        for (const n of graph.nodes) byLabel[n.label] = (byLabel[n.label] ?? 0) + 1;
        const byType: Record<string, number> = {};
        for (const e of graph.edges) byType[e.type] = (byType[e.type] ?? 0) + 1;
        expect(counts.nodes).toEqual(byLabel);
        expect(counts.edges).toEqual(byType);
        expect(counts.nodes.Plan).toBe(5);
        expect(counts.nodes.City).toBeGreaterThanOrEqual(3);
      });

      it('keeps one Department node per city and body across plans', async () => {
        const departments = await store.findNodes({ labels: ['Department'], city: '盐城市' });
        const names = departments.map((d) => d.name);
        expect(new Set(names).size).toBe(names.length);
        const industry = departments.find((d) => d.name === '盐城市工业和信息化局');
        expect(industry?.plans.length).toBeGreaterThanOrEqual(2);
        expect(industry?.aliases).toContain('市工信局');
      });

      it('finds nodes by label, city, plan and text (case-insensitive, name or alias)', async () => {
        const byAlias = await store.findNodes({ text: '市工信局', labels: ['Department'] });
        expect(byAlias.map((n) => n.name)).toEqual(expect.arrayContaining(['盐城市工业和信息化局', '连云港市工业和信息化局']));
        const latin = await store.findNodes({ text: 'lng' });
        expect(latin.some((n) => n.name.includes('LNG'))).toBe(true);
        const taizhouPlatforms = await store.findNodes({ labels: ['Platform'], city: '泰州市' });
        expect(taizhouPlatforms.every((n) => n.label === 'Platform' && n.city === '泰州市')).toBe(true);
        const planId = seeds.find((c) => c.plan.file === TAIZHOU)?.plan.id as string;
        const inPlan = await store.findNodes({ plan: planId, labels: ['Task'] });
        expect(inPlan.length).toBe(seeds.find((c) => c.plan.id === planId)?.nodes.filter((n) => n.label === 'Task').length);
        expect(await store.findNodes({ labels: ['Target'], limit: 3 })).toHaveLength(3);
      });

      it('returns nodes by id and edges by endpoint, type and plan', async () => {
        const [hydrogen] = await store.getNodes(['industry:氢能', 'no such id']);
        expect(hydrogen?.name).toBe('氢能');
        const mentions = await store.findEdges({ to: ['industry:氢能'], types: ['MENTIONS'] });
        const plans = await store.getNodes(mentions.map((e) => e.source));
        const cities = new Set(plans.map((p) => (p.label === 'Plan' ? p.city : null)));
        expect(cities).toEqual(new Set(['盐城市', '连云港市', '泰州市']));
        for (const edge of mentions) expect(edge.evidence?.length).toBeGreaterThan(0);
        const planId = plans[0]?.id as string;
        expect((await store.findEdges({ from: [planId], plan: planId })).every((e) => e.plan === planId)).toBe(true);
      });

      it('filters edges by the label of their target', async () => {
        const planIds = (await store.findNodes({ labels: ['Plan'] })).map((p) => p.id);
        const all = await store.findEdges({ from: planIds, types: ['MENTIONS'] });
        const labelOf = new Map((await store.getNodes([...new Set(all.map((e) => e.target))])).map((n) => [n.id, n.label]));
        const organisations = await store.findEdges({ from: planIds, types: ['MENTIONS'], targetLabels: ['Enterprise', 'Platform'] });
        expect(organisations.length).toBeGreaterThan(0);
        expect(organisations).toEqual(all.filter((e) => ['Enterprise', 'Platform'].includes(labelOf.get(e.target) as string)));
        const everywhere = await store.findEdges({ types: ['ASSIGNED_TO'], targetLabels: ['Department'] });
        expect(everywhere).toEqual(await store.findEdges({ types: ['ASSIGNED_TO'] }));
        expect(await store.findEdges({ types: ['ASSIGNED_TO'], targetLabels: ['Industry'] })).toEqual([]);
      });

      it("answers a department's tasks: led and assigned", async () => {
        const assigned = await store.findEdges({ to: ['department:盐城市工业和信息化局'], types: ['ASSIGNED_TO', 'LED_BY'] });
        const led = assigned.filter((e) => e.type === 'LED_BY');
        expect(led.length).toBeGreaterThanOrEqual(2);
        const tasks = await store.getNodes([...new Set(assigned.map((e) => e.source))]);
        expect(tasks.every((t) => t.label === 'Task')).toBe(true);
      });

      it('returns a bounded neighbourhood, nearest first, with the edges among it', async () => {
        const one = await store.neighborhood('department:泰州市工业和信息化局', { depth: 1, limit: 500 });
        expect(one.truncated).toBe(false);
        const ids = new Set(one.nodes.map((n) => n.id));
        expect(ids.has('department:泰州市工业和信息化局')).toBe(true);
        for (const e of one.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
        const two = await store.neighborhood('department:泰州市工业和信息化局', { depth: 2, limit: 40 });
        expect(two.nodes).toHaveLength(40);
        expect(two.truncated).toBe(true);
        for (const n of one.nodes) if (one.nodes.length <= 40) expect(two.nodes.map((x) => x.id)).toContain(n.id);
        const onlyTasks = await store.neighborhood('department:泰州市工业和信息化局', { depth: 1, labels: ['Task'], limit: 500 });
        expect(onlyTasks.nodes.filter((n) => n.id !== 'department:泰州市工业和信息化局').every((n) => n.label === 'Task')).toBe(true);
        expect((await store.neighborhood('no such node', { depth: 1, limit: 10 })).nodes).toEqual([]);
      });

      it('finds shortest paths as node sequences, sorted', async () => {
        const paths = await store.shortestPaths('industry:氢能', 'city:泰州市', { maxLength: 4, limit: 10 });
        expect(paths.length).toBeGreaterThan(0);
        const length = (paths[0]?.nodes.length ?? 0) - 1;
        for (const path of paths) {
          expect(path.nodes[0]).toBe('industry:氢能');
          expect(path.nodes[path.nodes.length - 1]).toBe('city:泰州市');
          expect(path.edges).toHaveLength(path.nodes.length - 1);
          expect(path.nodes.length - 1).toBe(length);
        }
        const keys = paths.map((p) => p.nodes.join('|'));
        expect(keys).toEqual([...keys].sort());
        expect(new Set(keys).size).toBe(keys.length);
        expect(await store.shortestPaths('industry:氢能', 'no such node', { maxLength: 4, limit: 10 })).toEqual([]);
      });

      it('keeps the decoded source text of every plan', async () => {
        const taizhou = seeds.find((c) => c.plan.file === TAIZHOU) as PlanContribution;
        const source = await store.getSourceText(taizhou.plan.id);
        expect(source?.text).toBe(new TextDecoder().decode(seedBytes(TAIZHOU)));
        expect(await store.getSourceText('plan:nothing')).toBeNull();
      });

      it('re-ingesting the same files changes nothing', async () => {
        const before = await store.exportGraph();
        await store.replacePlans(seeds);
        expect(await store.exportGraph()).toEqual(before);
      });

      it('replacing a changed file removes what only the old version supported and keeps shared entities', async () => {
        const original = new TextDecoder().decode(seedBytes(TAIZHOU));
        const changed = await contributionOf(TAIZHOU, original.replaceAll('亚星锚链', ''));
        await store.replacePlan(changed);
        const graph = await store.exportGraph();
        const oracle = expectedIds([...seeds.filter((c) => c.plan.file !== TAIZHOU), changed]);
        expect(idsOf(graph).nodes).toEqual(oracle.nodes);
        expect(idsOf(graph).edges).toEqual(oracle.edges);
        expect(graph.nodes.some((n) => n.name === '江苏亚星锚链股份有限公司')).toBe(false);
        const hydrogen = graph.nodes.find((n) => n.id === 'industry:氢能');
        expect(hydrogen?.plans).toContain(changed.plan.id);
      });

      it('removes a plan and only what it alone supported', async () => {
        const taizhou = seeds.find((c) => c.plan.file === TAIZHOU) as PlanContribution;
        expect(await store.removePlan(taizhou.plan.id)).toBe(true);
        expect(await store.removePlan(taizhou.plan.id)).toBe(false);
        const oracle = expectedIds(seeds.filter((c) => c !== taizhou));
        expect(idsOf(await store.exportGraph()).nodes).toEqual(oracle.nodes);
        expect(await store.getSourceText(taizhou.plan.id)).toBeNull();
      });
    });

    describePlanEditsContract(() => store, () => seeds);

    it('stores packed contributions, as ingest processes send them, exactly as the contributions themselves', async () => {
      await store.replacePlans(seeds.map((contribution, i) => (i % 2 === 0 ? PackedContribution.pack(contribution) : contribution)));
      const graph = await store.exportGraph();
      expect(idsOf(graph).nodes).toEqual(expectedIds(seeds).nodes);
      expect(idsOf(graph).edges).toEqual(expectedIds(seeds).edges);
      await store.replacePlans(seeds);
      expect(await store.exportGraph()).toEqual(graph);
    });

    it('changes its revision with every write, and only then', async () => {
      const empty = await store.revision();
      expect(await store.revision()).toBe(empty);
      await store.replacePlans(seeds.slice(0, 1));
      const loaded = await store.revision();
      expect(loaded).not.toBe(empty);
      expect(await store.revision()).toBe(loaded);
      await store.removePlan((seeds[0] as PlanContribution).plan.id);
      expect(await store.revision()).not.toBe(loaded);
    });

    it('retries a transient failure inside the write and ends as a clean run would', async () => {
      let failures = 0;
      const faulty = await factory.create({
        midReplace: () => {
          if (failures === 0) {
            failures += 1;
            throw factory.transientError();
          }
        },
      });
      try {
        await faulty.replacePlans(seeds.slice(0, 2));
        await store.replacePlans(seeds.slice(0, 2));
        expect(failures).toBe(1);
        expect(await faulty.counts()).toEqual(await store.counts());
      } finally {
        await faulty.close();
      }
    });

    it('surfaces a non-transient failure without retrying and keeps the previous graph', async () => {
      let calls = 0;
      let armed = false;
      const faulty = await factory.create({
        midReplace: () => {
          if (!armed) return;
          calls += 1;
          throw new Error('disk on fire');
        },
      });
      try {
        await faulty.replacePlans(seeds.slice(0, 2));
        const before = await faulty.exportGraph();
        armed = true;
        const changed = await contributionOf(TAIZHOU, '泰州市测试行动方案\n（征求意见稿）\n一、重点任务\n1．发展氢能。（市工信局牵头负责）\n');
        await expect(faulty.replacePlans([seeds[0] as PlanContribution, changed])).rejects.toThrow(/disk on fire/);
        expect(calls).toBe(1);
        expect(await faulty.exportGraph()).toEqual(before);
      } finally {
        await faulty.close();
      }
    });

    it('stores documents ingested concurrently with exactly one node per shared entity', async () => {
      await Promise.all(seeds.map((c) => store.replacePlan(c)));
      const graph = await store.exportGraph();
      const ids = graph.nodes.map((n) => n.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(idsOf(graph).nodes).toEqual(expectedIds(seeds).nodes);
      expect(idsOf(graph).edges).toEqual(expectedIds(seeds).edges);
    });

    it('stores names with quotes, backticks, comments, newlines and Cypher fragments literally', async () => {
      await store.replacePlans(seeds.slice(0, 1));
      const before = await store.counts();
      const hostile = hostileContribution();
      await store.replacePlan(hostile);
      const stored = await store.getNodes(hostile.nodes.map((n) => n.id));
      expect(stored.map((n) => n.name).sort()).toEqual(hostile.nodes.map((n) => n.name).sort());
      const after = await store.counts();
      expect(after.nodes.Enterprise).toBe((before.nodes.Enterprise ?? 0) + 5);
      expect(after.nodes.Plan).toBe((before.nodes.Plan ?? 0) + 1);
      expect(await store.findNodes({ text: 'DETACH DELETE' })).toHaveLength(1);
      expect((await store.getSourceText(hostile.plan.id))?.text).toBe(hostile.sourceText);
    });

    it('refuses a contribution whose edges point at unknown nodes, changing nothing', async () => {
      await store.replacePlans(seeds.slice(0, 1));
      const before = await store.exportGraph();
      const broken = hostileContribution();
      broken.edges.push({ ...(broken.edges[0] as PlanContribution['edges'][number]), id: 'dangling', target: 'enterprise:not stored' });
      await expect(store.replacePlan(broken)).rejects.toThrow();
      expect(await store.exportGraph()).toEqual(before);
    });
  });
}
