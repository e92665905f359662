import neo4j from 'neo4j-driver';
const d = neo4j.driver(process.env.NEO4J_URI);
const s = d.session();
for (const q of process.argv.slice(2)) { const r = await s.run(q); console.log(q, '→', r.records.map(x=>JSON.stringify(x.toObject())).slice(0,20).join('\n')); }
await s.close(); await d.close();
