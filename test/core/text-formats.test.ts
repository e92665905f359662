import { describe, expect, it } from 'vitest';
import { csvTable, graphMl, xmlText } from '../../core/text-formats.ts';

describe('text formats for other tools', () => {
  it.each([
    ['<a href="x">&\'</a>', '&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;'],
    ['氢能\u0001\u0008产业', '氢能产业'],
    ['tab\tand\nline', 'tab\tand\nline'],
  ])('escapes %j for XML', (text, escaped) => {
    expect(xmlText(text)).toBe(escaped);
  });

  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@x', "'@x"],
    ['a,"b"', '"a,""b"""'],
    ['两行\n文字', '"两行\n文字"'],
    ['盐城市', '盐城市'],
  ])('writes %j as a safe CSV cell', (value, cell) => {
    expect(csvTable([[value]])).toBe(`\ufeff${cell}\r\n`);
  });

  it('writes GraphML keys, nodes and edges in order, with escaped values', () => {
    const xml = graphMl({ node: ['name'], edge: ['type'] }, [{ id: 'a&b', values: { name: '<甲>' } }], [{ id: 'e', source: 'a&b', target: 'c', values: { type: 'X' } }], 'g');
    expect(xml.split('\n')).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
      '  <key id="n_name" for="node" attr.name="name" attr.type="string"/>',
      '  <key id="e_type" for="edge" attr.name="type" attr.type="string"/>',
      '  <graph id="g" edgedefault="directed">',
      '    <node id="a&amp;b"><data key="n_name">&lt;甲&gt;</data></node>',
      '    <edge id="e" source="a&amp;b" target="c"><data key="e_type">X</data></edge>',
      '  </graph>',
      '</graphml>',
      '',
    ]);
  });
});
