import fs from 'node:fs';
const cs = JSON.parse(fs.readFileSync('/tmp/contrib-100.json', 'utf8')).slice(0, 25);
let n = 0, e = 0, pe = 0, bytes = 0;
for (const c of cs) { n += c.nodes.length; e += c.edges.length; pe += c.edges.filter((x: any) => x.plan).length; bytes += JSON.stringify(c.edges).length; }
console.log({ n, e, pe, edgeJsonMB: bytes / 1e6, sample: JSON.stringify(cs[0].edges.find((x: any) => x.type === 'MENTIONS')).slice(0, 600) });
