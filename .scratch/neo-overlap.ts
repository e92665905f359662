import fs from 'node:fs';
import { Neo4jStore } from '../graph/neo4j/index.ts';
import { GraphReader } from '../server/services/graph-reader.ts';
import { overlap } from '../server/services/overlap.ts';
const store = new Neo4jStore({ uri: process.env.NEO4J_URI as string, user: undefined, password: undefined, database: undefined });
await store.init();
if (process.argv[2] === 'load') {
  const cs = JSON.parse(fs.readFileSync('/tmp/contrib-100.json', 'utf8'));
  const t = performance.now(); await store.replacePlans(cs); console.log('load ms', Math.round(performance.now() - t));
}
const timing: string[] = [];
for (const m of ['findEdges', 'getNodes', 'findNodes', 'neighborhood'] as const) {
  const orig = (store as any)[m].bind(store);
  (store as any)[m] = async (...args: any[]) => { const t = performance.now(); const r = await orig(...args); timing.push(`${m} ${Math.round(performance.now() - t)}ms n=${r.length} ${JSON.stringify(args[0]).slice(0, 120)}`); return r; };
}
for (let i = 0; i < 2; i++) { timing.length = 0; const t = performance.now(); await overlap(new GraphReader(store), '氢能', false); console.log('overlap ms', Math.round(performance.now() - t)); console.log(timing.join('\n')); }
await store.close();
