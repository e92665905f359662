import fs from 'node:fs';
import { MemoryStore } from '../graph/memory/index.ts';
import { GraphReader } from '../server/services/graph-reader.ts';
import { overlap } from '../server/services/overlap.ts';
const cs = JSON.parse(fs.readFileSync('/tmp/contrib-100.json', 'utf8'));
const store = new MemoryStore(); await store.init(); await store.replacePlans(cs);
for (const related of [false, true]) {
  const t = performance.now();
  const o = await overlap(new GraphReader(store), '氢能', related);
  const ms = performance.now() - t;
  const body = JSON.stringify(o);
  const fields: Record<string, number> = {};
  for (const c of o.cities) for (const [k, v] of Object.entries(c)) fields[k] = (fields[k] ?? 0) + JSON.stringify(v).length;
  console.log({ related, ms: Math.round(ms), cities: o.cities.length, bytes: Buffer.byteLength(body), fields, evidence: o.cities.reduce((s, c) => s + c.evidence.length, 0), maxEv: Math.max(...o.cities.map(c=>c.evidence.length)) });
}
