/**
 * Many plans replaced in one pass (graph/neo4j/batch.ts, replace.ts, remove.ts) against a real Neo4j,
 * held to the embedded store's result of replacing them one after another: the same export, byte for
 * byte, and the same per-plan summaries. Each case stores some plans, then replaces a batch whose
 * plans interact the ways a naive "remove all, then add all" gets wrong. Runs when NEO4J_URI is set.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { PlanContribution } from '../../../graph/schema.ts';
import type { GraphStore } from '../../../graph/store.ts';
import { closeAdmin, openClean, uri } from '../../helpers/neo4j.ts';
import { industryId, planId, smallPlan as plan } from '../../helpers/small-plans.ts';
import { embeddedStoreWith } from '../../helpers/stores.ts';

interface Case {
  name: string;
  stored: PlanContribution[];
  batch: PlanContribution[];
}

const cases: Case[] = [
  {
    name: 'a node the batch orphans but an earlier plan of it re-adds keeps its structural edges',
    stored: [plan({ key: 'a', industries: ['氢能', '新能源'], broader: ['氢能>新能源'] }), plan({ key: 'b', industries: ['新能源'] })],
    batch: [plan({ key: 'b', industries: ['氢能', '新能源'] }), plan({ key: 'a', industries: ['新能源'] })],
  },
  {
    name: 'a node orphaned before a later plan re-adds it comes back without its old edges',
    stored: [plan({ key: 'a', industries: ['氢能', '新能源'], broader: ['氢能>新能源'] }), plan({ key: 'b', industries: ['新能源'] })],
    batch: [plan({ key: 'a', industries: ['新能源'] }), plan({ key: 'b', industries: ['氢能', '新能源'] })],
  },
  {
    name: 'a structural edge keeps the version first stored, a node the last plan’s properties',
    stored: [plan({ key: 'c', industries: ['光伏'] })],
    batch: [
      plan({ key: 'a', industries: ['氢能~氢', '新能源'], broader: ['氢能>新能源'], origin: 'wording' }),
      plan({ key: 'b', industries: ['氢能~氢气', '新能源'], broader: ['氢能>新能源'], origin: 'lexicon' }),
    ],
  },
  {
    name: 'wordings a plan drops leave the derived aliases, those it adds join them',
    stored: [plan({ key: 'a', industries: ['氢能=氢能源', '光伏=太阳能光伏'] }), plan({ key: 'b', industries: ['氢能=氢能产业'] })],
    batch: [plan({ key: 'a', industries: ['氢能=氢经济', '光伏'] }), plan({ key: 'c', industries: ['光伏=光伏发电', '氢能'] })],
  },
  {
    name: 'a node another plan writes with new lexicon aliases loses the old ones',
    stored: [plan({ key: 'a', industries: ['氢能~氢气'] }), plan({ key: 'b', industries: ['光伏'] })],
    batch: [plan({ key: 'b', industries: ['光伏', '氢能~氢'] })],
  },
  {
    name: 'the same plan twice in one batch ends as its last version',
    stored: [plan({ key: 'a', enterprises: ['甲公司'] })],
    batch: [plan({ key: 'a', enterprises: ['乙公司'], industries: ['氢能'] }), plan({ key: 'b', industries: ['氢能'] }), plan({ key: 'a', enterprises: ['丙公司'] })],
  },
  {
    name: 'a plan linking to another plan’s node is replaced alone, in order',
    stored: [plan({ key: 'a', enterprises: ['甲公司'] })],
    batch: [plan({ key: 'b', industries: ['氢能'] }), plan({ key: 'c', borrowed: ['enterprise:甲公司'] }), plan({ key: 'a', enterprises: ['乙公司'] }), plan({ key: 'd', industries: ['氢能'] })],
  },
  {
    name: 'a link to a node a later plan of the batch orphans and re-creates is lost, as one by one',
    stored: [plan({ key: 'a', enterprises: ['甲公司'] })],
    batch: [plan({ key: 'c', borrowed: ['enterprise:甲公司'] }), plan({ key: 'a', enterprises: ['甲公司'] })],
  },
  {
    name: 'a plan whose stored version linked to another plan’s node is removed exactly',
    stored: [plan({ key: 'a', enterprises: ['甲公司'] }), plan({ key: 'c', borrowed: ['enterprise:甲公司'] })],
    batch: [plan({ key: 'a', industries: ['氢能'] }), plan({ key: 'c', industries: ['氢能'] })],
  },
];

describe.runIf(Boolean(uri))('Neo4j: many plans replaced in one pass', () => {
  const opened: GraphStore[] = [];
  afterAll(async () => {
    await Promise.all(opened.map((s) => s.close()));
    await closeAdmin();
  });
  const neo4jWith = async (contributions: PlanContribution[]) => {
    const store = await openClean();
    opened.push(store);
    await store.replacePlans(contributions);
    return store;
  };

  it.each(cases)('$name', async ({ stored, batch }) => {
    const neo4j = await neo4jWith(stored);
    const memory = await embeddedStoreWith(stored);
    expect(await neo4j.replacePlans(batch)).toEqual(await memory.replacePlans(batch));
    expect(JSON.stringify(await neo4j.exportGraph())).toBe(JSON.stringify(await memory.exportGraph()));
  });

  it('stores every other plan when one in the batch is refused, and names it', async () => {
    const stored = [plan({ key: 'a', industries: ['氢能'] })];
    const clashing = plan({ key: 'c', industries: ['光伏'] });
    clashing.nodes.push({ id: industryId('氢能'), label: 'Enterprise', name: '氢能', plans: [planId('c')], city: null, known: false });
    const batch = [plan({ key: 'b', industries: ['氢能', '光伏'] }), clashing, plan({ key: 'd', enterprises: ['甲公司'] })];
    const neo4j = await neo4jWith(stored);
    const failure = await neo4j.replacePlans(batch).then(
      () => null,
      (error: Error & { code?: string }) => error,
    );
    expect(failure?.code).toBe('VALIDATION_FAILED');
    expect(failure?.message).toMatch(/2 of 3 plans were stored.*industry:氢能: is a Industry in the graph but a Enterprise in plan:c/);
    const others = await embeddedStoreWith([...stored, ...batch.filter((c) => c !== clashing)]);
    expect(JSON.stringify(await neo4j.exportGraph())).toBe(JSON.stringify(await others.exportGraph()));
  });
});
