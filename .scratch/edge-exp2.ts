import fs from 'node:fs';
import neo4j from 'neo4j-driver';
import { edgeProperties } from '../graph/neo4j/serialize.ts';
import { dispatch, typeExpression } from '../graph/neo4j/cypher.ts';
import { EDGE_TYPES } from '../graph/schema.ts';
const cs = JSON.parse(fs.readFileSync('/tmp/contrib-100.json', 'utf8')).slice(0, 25);
const driver = neo4j.driver(process.env.NEO4J_URI as string);
const s = driver.session();
const nodes = new Map(); const edges = new Map();
for (const c of cs) { for (const n of c.nodes) nodes.set(n.id, n); for (const e of c.edges) if (e.plan) edges.set(e.id, e); }
await s.executeWrite((tx) => tx.run('CREATE CONSTRAINT exp_id IF NOT EXISTS FOR (n:Exp) REQUIRE n.id IS UNIQUE'));
await s.executeWrite((tx) => tx.run('UNWIND $rows AS r CREATE (n:Exp) SET n = r', { rows: [...nodes.values()].map((n: any) => ({ id: n.id, name: n.name })) }));
const all = [...edges.values()];
const rows = (list: any[]) => list.map((e) => ({ id: e.id, type: e.type, source: e.source, target: e.target, properties: { ...edgeProperties(e), id: e.id + '#exp' } }));
async function trial(name: string, cypher: string, size = 1000) {
  const t = performance.now();
  await s.executeWrite(async (tx) => { for (let i = 0; i < all.length; i += size) await tx.run(cypher, { rows: rows(all.slice(i, i + size)) }); });
  console.log(name, Math.round(performance.now() - t), 'ms for', all.length);
  await s.executeWrite((tx) => tx.run('MATCH (:Exp)-[r]->() DELETE r'));
}
const m = 'UNWIND $rows AS row MATCH (a:Exp {id: row.source}) MATCH (b:Exp {id: row.target}) ';
await trial('warm', m + 'CREATE (a)-[r:EXP_REL]->(b) SET r = row.properties');
await trial('plain one type', m + 'CREATE (a)-[r:EXP_REL]->(b) SET r = row.properties');
await trial('dispatch real types (with policykg indexes)', m + dispatch('row.type', EDGE_TYPES, typeExpression, (t) => `CREATE (a)-[r:${t}]->(b) SET r = row.properties`));
await trial('dispatch 42-row', m + dispatch('row.type', EDGE_TYPES, typeExpression, (t) => `CREATE (a)-[r:${t}]->(b) SET r = row.properties`), 42);
await trial('plain again', m + 'CREATE (a)-[r:EXP_REL]->(b) SET r = row.properties');
await s.executeWrite((tx) => tx.run('MATCH (n:Exp) DETACH DELETE n'));
await s.executeWrite((tx) => tx.run('DROP CONSTRAINT exp_id'));
await s.close(); await driver.close();
