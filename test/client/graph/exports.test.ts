import { describe, expect, it } from 'vitest';
import { fromNeighborhood } from '../../../client/src/graph/elements.ts';
import { elementsCsv, elementsGraphMl, elementsJson } from '../../../client/src/graph/exports.ts';
import { neighborhood } from '../../helpers/client-fixtures.ts';

describe('exports of the elements on screen', () => {
  const set = fromNeighborhood(neighborhood);
  set.nodes[0]!.data.name = '=HYPERLINK("x")<&>';

  it('writes CSV with a BOM, Chinese headers and a guard against spreadsheet formulas', () => {
    const csv = elementsCsv(set, 'nodes');
    expect(csv.startsWith('\ufeffid,label,类型,name')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"")<&>"`);
    expect(csv.split('\r\n')).toHaveLength(5);
    expect(elementsCsv(set, 'edges')).toContain('ASSIGNED_TO,责任分工,lead');
  });

  it('writes JSON of element data', () => {
    const json = JSON.parse(elementsJson(set)) as { nodes: { data: { id: string } }[]; edges: unknown[] };
    expect(json.nodes.map((n) => n.data.id)).toContain('industry:氢能');
    expect(json.edges).toHaveLength(2);
  });

  it('writes GraphML that an XML parser reads back: every node and edge, names escaped', () => {
    const xml = elementsGraphMl(set, '探索：氢能');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml.match(/<node /g)).toHaveLength(3);
    expect(xml.match(/<edge /g)).toHaveLength(2);
    expect(xml).toContain('<data key="n_name">=HYPERLINK(&quot;x&quot;)&lt;&amp;&gt;</data>');
    expect(xml).toContain('<graph id="探索：氢能" edgedefault="directed">');
    expect(xml).not.toMatch(/<[^>]*<&>/);
  });
});
