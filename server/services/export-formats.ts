/** The whole graph for other tools: GraphML for Gephi / Cytoscape desktop, CSV for spreadsheets. */
import type { Graph, GraphEdge, GraphNode } from '../../graph/schema.ts';
import { cityOf } from './refs.ts';

function xml(text: string): string {
  // Characters XML 1.0 cannot carry at all are dropped; the rest are escaped.
  return text
    .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const NODE_KEYS = ['label', 'name', 'city', 'aliases', 'plans'] as const;
const EDGE_KEYS = ['type', 'plan', 'role', 'evidence'] as const;

function nodeValues(node: GraphNode): Record<(typeof NODE_KEYS)[number], string> {
  return { label: node.label, name: node.name, city: cityOf(node) ?? '', aliases: (node.aliases ?? []).join('|'), plans: node.plans.join('|') };
}

function edgeValues(edge: GraphEdge): Record<(typeof EDGE_KEYS)[number], string> {
  return { type: edge.type, plan: edge.plan ?? '', role: edge.type === 'ASSIGNED_TO' ? edge.role : '', evidence: edge.evidence?.[0]?.text ?? '' };
}

export function toGraphML(graph: Graph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...NODE_KEYS.map((k) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="string"/>`),
    ...EDGE_KEYS.map((k) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
    '  <graph id="policy-kg" edgedefault="directed">',
  ];
  for (const node of graph.nodes) {
    const values = nodeValues(node);
    lines.push(`    <node id="${xml(node.id)}">${NODE_KEYS.map((k) => `<data key="n_${k}">${xml(values[k])}</data>`).join('')}</node>`);
  }
  for (const edge of graph.edges) {
    const values = edgeValues(edge);
    lines.push(`    <edge id="${xml(edge.id)}" source="${xml(edge.source)}" target="${xml(edge.target)}">${EDGE_KEYS.map((k) => `<data key="e_${k}">${xml(values[k])}</data>`).join('')}</edge>`);
  }
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}

function csvCell(value: string): string {
  // A leading =, +, - or @ would be run as a formula by spreadsheets.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csv(rows: string[][]): string {
  // The BOM makes Excel read the file as UTF-8, so Chinese shows correctly.
  return `\ufeff${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function nodesCsv(graph: Graph): string {
  return csv([['id', ...NODE_KEYS], ...graph.nodes.map((n) => [n.id, ...Object.values(nodeValues(n))])]);
}

export function edgesCsv(graph: Graph): string {
  return csv([['id', 'source', 'target', ...EDGE_KEYS], ...graph.edges.map((e) => [e.id, e.source, e.target, ...Object.values(edgeValues(e))])]);
}
