import fs from 'node:fs';
const cs = JSON.parse(fs.readFileSync('/tmp/contrib-100.json', 'utf8'));
const n = new Set(), e = new Set(), cities = new Set();
for (const c of cs) { for (const x of c.nodes) { n.add(x.id); if (x.label === 'City') cities.add(x.id); } for (const x of c.edges) e.add(x.id); }
console.log(n.size, e.size, cities.size, cs.length);
