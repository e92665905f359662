import fs from 'node:fs';
import neo4j from 'neo4j-driver';
import { edgeProperties } from '../graph/neo4j/serialize.ts';
const cs = JSON.parse(fs.readFileSync('/tmp/contrib-100.json', 'utf8')).slice(0, 25);
const driver = neo4j.driver(process.env.NEO4J_URI as string);
const s = driver.session();
const nodes = new Map(); const edges = new Map();
for (const c of cs) { for (const n of c.nodes) nodes.set(n.id, n); for (const e of c.edges) edges.set(e.id, e); }
const nodeRows = [...nodes.values()].map((n: any) => ({ id: n.id, name: n.name }));
await s.executeWrite((tx) => tx.run('CREATE CONSTRAINT exp_id IF NOT EXISTS FOR (n:Exp) REQUIRE n.id IS UNIQUE'));
await s.executeWrite((tx) => tx.run('UNWIND $rows AS r CREATE (n:Exp) SET n = r', { rows: nodeRows }));
const rowsOf = (list: any[], full: boolean) => list.map((e) => ({ source: e.source, target: e.target, properties: full ? edgeProperties(e) : { type: e.type, evidence: JSON.stringify(e.evidence ?? []) } }));
const all = [...edges.values()];
async function trial(name: string, size: number, full: boolean) {
  const t = performance.now();
  await s.executeWrite(async (tx) => {
    for (let i = 0; i < all.length; i += size) await tx.run('UNWIND $rows AS row MATCH (a:Exp {id: row.source}) MATCH (b:Exp {id: row.target}) CREATE (a)-[r:EXP_REL]->(b) SET r = row.properties', { rows: rowsOf(all.slice(i, i + size), full) });
  });
  console.log(name, size, full, Math.round(performance.now() - t), 'ms for', all.length);
  await s.executeWrite((tx) => tx.run('MATCH ()-[r:EXP_REL]->() DELETE r'));
}
await trial('a', 42, true); await trial('b', 1000, true); await trial('c', 5000, true); await trial('d', 5000, false); await trial('e', 42, false);
await s.executeWrite((tx) => tx.run('MATCH (n:Exp) DETACH DELETE n'));
await s.executeWrite((tx) => tx.run('DROP CONSTRAINT exp_id'));
await s.close(); await driver.close();
