import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MemoryStore } from '../graph/memory/index.ts';
const contributions = JSON.parse(fs.readFileSync('/tmp/contrib-100.json', 'utf8'));
const batch = Number(process.argv[2] ?? 25);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lm-'));
const store = new MemoryStore({ file: path.join(dir, 'graph.json') });
await store.init();
const t0 = performance.now();
for (let i = 0; i < contributions.length; i += batch) {
  const t = performance.now();
  await store.replacePlans(contributions.slice(i, i + batch));
  if (i % 100 === 0) console.log(i, Math.round(performance.now() - t), 'ms', fs.statSync(path.join(dir, 'graph.json')).size);
}
console.log('total', Math.round(performance.now() - t0));
const t1 = performance.now();
await store.replacePlans(contributions.slice(0, batch));
console.log('replace existing batch', Math.round(performance.now() - t1));
fs.rmSync(dir, { recursive: true });
