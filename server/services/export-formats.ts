/** The whole graph for other tools: GraphML for Gephi / Cytoscape desktop, CSV for spreadsheets. */
import { csvTable, graphMl } from '../../core/text-formats.ts';
import type { Graph, GraphEdge, GraphNode } from '../../graph/schema.ts';
import { cityOf } from './refs.ts';

const NODE_KEYS = ['label', 'name', 'city', 'aliases', 'plans'] as const;
const EDGE_KEYS = ['type', 'plan', 'role', 'evidence'] as const;

function nodeValues(node: GraphNode): Record<(typeof NODE_KEYS)[number], string> {
  return { label: node.label, name: node.name, city: cityOf(node) ?? '', aliases: (node.aliases ?? []).join('|'), plans: node.plans.join('|') };
}

function edgeValues(edge: GraphEdge): Record<(typeof EDGE_KEYS)[number], string> {
  return { type: edge.type, plan: edge.plan ?? '', role: edge.type === 'ASSIGNED_TO' ? edge.role : '', evidence: edge.evidence?.[0]?.text ?? '' };
}

export function toGraphML(graph: Graph): string {
  return graphMl(
    { node: NODE_KEYS, edge: EDGE_KEYS },
    graph.nodes.map((n) => ({ id: n.id, values: nodeValues(n) })),
    graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, values: edgeValues(e) })),
  );
}

export function nodesCsv(graph: Graph): string {
  return csvTable([['id', ...NODE_KEYS], ...graph.nodes.map((n) => [n.id, ...Object.values(nodeValues(n))])]);
}

export function edgesCsv(graph: Graph): string {
  return csvTable([['id', 'source', 'target', ...EDGE_KEYS], ...graph.edges.map((e) => [e.id, e.source, e.target, ...Object.values(edgeValues(e))])]);
}
