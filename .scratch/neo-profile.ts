import fs from 'node:fs';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { addContribution, refreshAliases, removeContribution, bumpRevision, type Touched } from '../graph/neo4j/replace.ts';
const contributions = JSON.parse(fs.readFileSync('/tmp/contrib-100.json', 'utf8'));
const from = Number(process.argv[2] ?? 0), count = Number(process.argv[3] ?? 25), mode = process.argv[4] ?? 'replace';
const driver = neo4j.driver(process.env.NEO4J_URI as string);
if (!process.env.NOSCHEMA) await (await import('../graph/neo4j/constraints.ts')).ensureSchema(driver, undefined);
const session = driver.session();
const timing = new Map<string, { ms: number; n: number }>();
const wrap = (tx: ManagedTransaction) => ({
  run: async (q: string, p?: object) => {
    const t = performance.now();
    const r = await tx.run(q, p);
    const key = q.replace(/\s+/g, ' ').slice(0, 110);
    const e = timing.get(key) ?? { ms: 0, n: 0 };
    e.ms += performance.now() - t; e.n += 1; timing.set(key, e);
    return r;
  },
}) as unknown as ManagedTransaction;
const t0 = performance.now();
await session.executeWrite(async (raw) => {
  const tx = wrap(raw);
  const touched: Touched = new Set();
  for (const c of contributions.slice(from, from + count)) {
    await removeContribution(tx, c.plan.id, touched);
    if (mode === 'replace') await addContribution(tx, c, touched);
  }
  await refreshAliases(tx, touched);
  await bumpRevision(tx);
});
console.log('total', Math.round(performance.now() - t0));
for (const [k, v] of [...timing].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15)) console.log(Math.round(v.ms), v.n, k);
await session.close(); await driver.close();
