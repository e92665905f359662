import fs from 'node:fs';
import neo4j from 'neo4j-driver';
import { ANY_NODE } from '../graph/neo4j/cypher.ts';
const contributions = JSON.parse(fs.readFileSync('/tmp/contrib-100.json', 'utf8'));
const driver = neo4j.driver(process.env.NEO4J_URI as string);
const session = driver.session();
const c = contributions[300];
const ids = c.nodes.map((n: { id: string }) => n.id);
const edgeRows = c.edges.filter((e: { type: string }) => e.type === 'SET_IN');
for (let i = 0; i < 3; i++) {
  let t = performance.now();
  const r = await session.executeRead((tx) => tx.run(`PROFILE MATCH (n:${ANY_NODE}) WHERE n.id IN $ids RETURN n.id AS id, labels(n) AS labels`, { ids }));
  console.log('labelsOf', ids.length, Math.round(performance.now() - t), 'ms', 'dbHits', r.summary.profile?.dbHits, r.records.length);
  t = performance.now();
  const r2 = await session.executeRead((tx) => tx.run(`PROFILE UNWIND $rows AS row MATCH (a:Target {id: row.source}) MATCH (b:Plan {id: row.target}) OPTIONAL MATCH (a)-[r:SET_IN {id: row.id}]->(b) RETURN count(r)`, { rows: edgeRows.map((e: any) => ({ id: e.id, source: e.source, target: e.target })) }));
  console.log('setin read', edgeRows.length, Math.round(performance.now() - t), 'ms');
}
await session.close(); await driver.close();
