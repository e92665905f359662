/**
 * The embedded SQLite store: the whole GraphStore contract (on a file and in memory), and what is its
 * own — the file on disk, other connections (as other processes have), the earlier JSON store's
 * migration, backup and restore.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sortGraph } from '../../graph/canonical.ts';
import type { GraphNode, PlanContribution } from '../../graph/schema.ts';
import { SqliteStore } from '../../graph/sqlite/index.ts';
import { describeGraphStoreContract } from '../contract/graph-store.contract.ts';
import { seedContributions } from '../helpers/seeds.ts';
import { openEmbeddedStore } from '../helpers/stores.ts';
import { tempDir } from '../helpers/temp.ts';

const temp = tempDir();
let counter = 0;
const nextFile = (name = 'graph.db') => {
  const dir = path.join(temp.dir, `store-${(counter += 1)}`);
  fs.mkdirSync(dir);
  return path.join(dir, name);
};
afterAll(() => temp.cleanup());

const transientError = () => Object.assign(new Error('transient write conflict'), { retriable: true });

describeGraphStoreContract('SQLite store (file)', { create: (hooks) => openEmbeddedStore(nextFile(), hooks ? { hooks } : {}), transientError });
describeGraphStoreContract('SQLite store (in memory)', { create: (hooks) => openEmbeddedStore(undefined, hooks ? { hooks } : {}), transientError });

/** The JSON store's file for these contributions: every node once, with every plan supporting it. */
function legacyFile(contributions: PlanContribution[]): string {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, PlanContribution['edges'][number]>();
  for (const c of contributions) {
    for (const node of c.nodes) nodes.set(node.id, { ...node, plans: [...new Set([...(nodes.get(node.id)?.plans ?? []), c.plan.id])] } as GraphNode);
    for (const edge of c.edges) if (edge.plan || !edges.has(edge.id)) edges.set(edge.id, edge);
  }
  const sources = contributions.map((c) => ({ plan: c.plan.id, file: c.plan.file, text: c.sourceText }));
  return JSON.stringify({ format: 'policy-kg.graph', version: 1, nodes: [...nodes.values()], edges: [...edges.values()], sources });
}

describe('SQLite store on disk', () => {
  let seeds: PlanContribution[];
  beforeAll(async () => {
    seeds = await seedContributions();
  });

  it('keeps the graph in graph.db and its WAL, and a new connection reads the same graph', async () => {
    const file = nextFile();
    const store = await openEmbeddedStore(file);
    await store.replacePlans(seeds.slice(0, 2));
    const other = await openEmbeddedStore(file);
    expect(await other.exportGraph()).toEqual(await store.exportGraph());
    await Promise.all([store.close(), other.close()]);
    // Closed cleanly: one file, no lock files or temporary copies of ours.
    expect(fs.readdirSync(path.dirname(file))).toEqual(['graph.db']);
  });

  it('sees what another connection wrote, and its revision changes with it', async () => {
    const file = nextFile();
    const reader = await openEmbeddedStore(file);
    const writer = await openEmbeddedStore(file);
    const before = await reader.revision();
    await writer.replacePlans(seeds.slice(0, 1));
    expect(await reader.revision()).not.toBe(before);
    expect((await reader.counts()).nodes.Plan).toBe(1);
    await Promise.all([reader.close(), writer.close()]);
  });

  it('writes in its own thread: reads meanwhile see the last commit, never half a plan, and a read after the write sees it', async () => {
    let armed = false;
    let midWrite!: () => void;
    let release!: () => void;
    const paused = new Promise<void>((resolve) => (midWrite = resolve));
    const hooks = {
      // Holds the write open after it has removed the first plan's old contribution and before it adds the new.
      midReplace: () => {
        if (!armed) return;
        armed = false;
        midWrite();
        return new Promise<void>((resolve) => (release = resolve));
      },
    };
    const store = await openEmbeddedStore(nextFile(), { hooks });
    await store.replacePlans(seeds.slice(0, 2));
    const before = { graph: JSON.stringify(await store.exportGraph()), counts: await store.counts(), revision: await store.revision() };
    armed = true;
    const writing = store.replacePlans([{ ...(seeds[0] as PlanContribution), edges: [] }, seeds[2] as PlanContribution]);
    await paused;
    expect(JSON.stringify(await store.exportGraph())).toBe(before.graph);
    expect(await store.counts()).toEqual(before.counts);
    expect(await store.revision()).toBe(before.revision);
    release();
    await writing;
    expect(await store.revision()).not.toBe(before.revision);
    expect((await store.counts()).nodes.Plan).toBe(3);
    expect(await store.findEdges({ from: [(seeds[0] as PlanContribution).plan.id], plan: (seeds[0] as PlanContribution).plan.id })).toEqual([]);
    await store.close();
  });

  it('gives the writer thread’s refusals and failures as policy-kg errors with their codes', async () => {
    const store = await openEmbeddedStore(nextFile());
    const [first] = seeds as [PlanContribution];
    const dangling = { ...first, edges: [{ ...(first.edges[0] as PlanContribution['edges'][number]), id: 'dangling', target: 'enterprise:not stored' }] };
    await expect(store.replacePlan(dangling)).rejects.toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('dangling') });
    await expect(store.replacePlan({ ...first, plan: { ...first.plan, label: 'Nothing' } } as never)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await store.counts()).nodes).toEqual({});
    await store.close();
  });

  it.each([
    ['garbage', (file: string) => fs.writeFileSync(file, 'not a database at all, just text '.repeat(200)), /unreadable \(file is not a database\)/],
    ['another application’s SQLite file', (file: string) => new Database(file).exec('CREATE TABLE notes (x)').close(), /not a policy-kg store/],
  ])('refuses %s with a clear error and leaves it as it was', async (_name, make, message) => {
    const file = nextFile();
    make(file);
    const bytes = fs.readFileSync(file);
    await expect(openEmbeddedStore(file)).rejects.toThrow(message);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('migrates the JSON store’s graph.json on first open, identically, and keeps it as graph.json.migrated', async () => {
    const file = nextFile();
    const json = path.join(path.dirname(file), 'graph.json');
    fs.writeFileSync(json, legacyFile(seeds));
    const migrated = new SqliteStore({ file, legacyJsonFile: json });
    await migrated.init();
    const direct = await openEmbeddedStore();
    await direct.replacePlans(seeds);
    expect(JSON.stringify(await migrated.exportGraph())).toBe(JSON.stringify(await direct.exportGraph()));
    expect(fs.existsSync(json)).toBe(false);
    expect(fs.existsSync(`${json}.migrated`)).toBe(true);
    // Opened again, nothing is migrated twice.
    const again = new SqliteStore({ file, legacyJsonFile: json });
    await again.init();
    expect(await again.counts()).toEqual(await direct.counts());
    await Promise.all([migrated.close(), direct.close(), again.close()]);
  });

  it('leaves a graph.json it cannot migrate untouched, with a clear error, and stores nothing', async () => {
    const file = nextFile();
    const json = path.join(path.dirname(file), 'graph.json');
    fs.writeFileSync(json, legacyFile(seeds.slice(0, 1)).slice(0, 5000));
    const store = new SqliteStore({ file, legacyJsonFile: json });
    await expect(store.init()).rejects.toThrow(/graph\.json is unreadable \(cannot migrate it/);
    expect(fs.readFileSync(json, 'utf8')).toHaveLength(5000);
    await store.close();
    expect((await (await openEmbeddedStore(file)).counts()).nodes).toEqual({});
  });

  it('gives back its plans as contributions that rebuild exactly its graph, structural edges included', async () => {
    const store = await openEmbeddedStore(nextFile());
    await store.replacePlans(seeds);
    await store.removePlan(seeds[1]?.plan.id as string);
    const rebuilt = await openEmbeddedStore();
    let plans = 0;
    for await (const contribution of store.contributions()) {
      await rebuilt.replacePlan(contribution);
      plans += 1;
    }
    expect(plans).toBe(seeds.length - 1);
    expect(JSON.stringify(await rebuilt.exportGraph())).toBe(JSON.stringify(await store.exportGraph()));
    await Promise.all([store.close(), rebuilt.close()]);
  });

  it('backs up while in use and restores in place, and readers see the restored graph', async () => {
    const file = nextFile();
    const store = await openEmbeddedStore(file);
    const reader = await openEmbeddedStore(file);
    await store.replacePlans(seeds.slice(0, 2));
    const saved = await store.exportGraph();
    const backup = path.join(path.dirname(file), 'backup.db');
    expect((await store.backup(backup)).bytes).toBeGreaterThan(0);
    expect(fs.readdirSync(path.dirname(file)).filter((f) => f.includes('backup'))).toEqual(['backup.db']);
    await store.replacePlans(seeds.slice(2));
    const revision = await reader.revision();
    await store.restore(backup);
    expect(sortGraph(await reader.exportGraph())).toEqual(saved);
    expect(await reader.revision()).not.toBe(revision);
    await Promise.all([store.close(), reader.close()]);
  });

  it('refuses to restore what is not a policy-kg backup, changing nothing', async () => {
    const store = await openEmbeddedStore(nextFile());
    await store.replacePlans(seeds.slice(0, 1));
    const before = await store.exportGraph();
    const bogus = nextFile('bogus.db');
    fs.writeFileSync(bogus, 'no');
    await expect(store.restore(bogus)).rejects.toThrow(/bogus\.db is unreadable/);
    await expect(store.restore(nextFile('missing.db'))).rejects.toThrow(/no such file/);
    expect(await store.exportGraph()).toEqual(before);
    await store.close();
  });
});
