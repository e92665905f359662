/**
 * The elements a view shows, as files for other tools: JSON (Cytoscape.js elements), CSV of nodes or
 * edges (Excel), GraphML (Gephi, Cytoscape desktop, yEd). Pure, unit-tested.
 */
import { csvTable, graphMl } from '../../../core/text-formats.ts';
import { edgeTypeName, LABEL_NAMES } from '../format.ts';
import type { ElementSet } from './elements.ts';

export function elementsCsv(set: ElementSet, part: 'nodes' | 'edges'): string {
  if (part === 'nodes') {
    return csvTable([
      ['id', 'label', '类型', 'name', 'city', 'kind', 'plans', 'plan'],
      ...set.nodes.map(({ data: d }) => [d.id, d.label, LABEL_NAMES[d.label], d.name, d.city ?? '', d.kind ?? '', d.plans, d.plan ?? '']),
    ]);
  }
  return csvTable([
    ['id', 'source', 'target', 'type', '关系', 'role', 'plan', 'evidence'],
    ...set.edges.map(({ data: d }) => [d.id, d.source, d.target, d.type, edgeTypeName(d.type), d.role ?? '', d.plan ?? '', d.evidence]),
  ]);
}

export function elementsJson(set: ElementSet): string {
  return `${JSON.stringify({ nodes: set.nodes.map((n) => ({ data: n.data })), edges: set.edges.map((e) => ({ data: e.data })) }, null, 2)}\n`;
}

const NODE_KEYS = ['label', 'name', 'city', 'kind', 'plans', 'plan'] as const;
const EDGE_KEYS = ['type', 'relation', 'role', 'plan', 'evidence'] as const;

export function elementsGraphMl(set: ElementSet, title: string): string {
  return graphMl(
    { node: NODE_KEYS, edge: EDGE_KEYS },
    set.nodes.map(({ data: d }) => ({ id: d.id, values: { label: d.label, name: d.name, city: d.city ?? '', kind: d.kind ?? '', plans: String(d.plans), plan: d.plan ?? '' } })),
    set.edges.map(({ data: d }) => ({
      id: d.id,
      source: d.source,
      target: d.target,
      values: { type: d.type, relation: edgeTypeName(d.type), role: d.role ?? '', plan: d.plan ?? '', evidence: String(d.evidence) },
    })),
    title,
  );
}
