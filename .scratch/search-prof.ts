import fs from 'node:fs';
import { MemoryStore } from '../graph/memory/index.ts';
import { GraphReader } from '../server/services/graph-reader.ts';
import { search } from '../server/services/search.ts';
const cs = JSON.parse(fs.readFileSync('/tmp/contrib-100.json', 'utf8'));
const store = new MemoryStore(); await store.init(); await store.replacePlans(cs);
for (const q of ['工信局', '氢', '无锡高新', 'zzz']) {
  for (let i = 0; i < 3; i++) {
    let t = performance.now();
    const found = await store.findNodes({ text: q, limit: 2000 });
    const f = performance.now() - t; t = performance.now();
    await search(new GraphReader(store), { q, limit: 20 });
    console.log(q, 'findNodes', Math.round(f), 'n', found.length, 'search', Math.round(performance.now() - t));
  }
}
