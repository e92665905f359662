/**
 * A canvas too large to read, summarised the way Gephi groups a partition: the nodes that matter (the
 * root, what the user added or expanded, the best-connected hubs) stay themselves; every other node
 * joins a group of its label — or of its city and label, or of the concept it hangs off and its label —
 * drawn as one node sized by its members; the
 * edges between groups and kept nodes are bundled, captioned with how many they stand for. Pure.
 */
import type { Label } from '../../../server/contract.ts';
import { LABEL_NAMES } from '../format.ts';
import { makeEdge, makeNode, type EdgeElement, type ElementSet, type NodeData, type NodeElement } from './elements.ts';

export type GroupBy = 'label' | 'city' | 'concept';

export interface AggregateOptions {
  by: GroupBy;
  /** Nodes never grouped. */
  keep: ReadonlySet<string>;
  /** How many of the best-connected other nodes also stay themselves. */
  hubs: number;
}

export interface Aggregated extends ElementSet {
  /** Each group's node id → its members. */
  groups: Map<string, string[]>;
}

export const GROUP_PREFIX = 'group|';

function degrees(set: ElementSet): Map<string, number> {
  const degree = new Map<string, number>(set.nodes.map((n) => [n.data.id, 0]));
  for (const e of set.edges) {
    degree.set(e.data.source, (degree.get(e.data.source) ?? 0) + 1);
    degree.set(e.data.target, (degree.get(e.data.target) ?? 0) + 1);
  }
  return degree;
}

/** What a node is grouped under besides its label: its city, or the concept (industry) it hangs off. */
type Anchor = (data: NodeData) => string | null;

/** Each node's best-connected industry neighbour, for grouping by concept. */
function conceptAnchors(set: ElementSet, degree: Map<string, number>): Anchor {
  const industry = new Map(set.nodes.filter((n) => n.data.label === 'Industry').map((n) => [n.data.id, n.data.name]));
  const best = new Map<string, string>();
  for (const e of set.edges) {
    for (const [node, other] of [[e.data.source, e.data.target], [e.data.target, e.data.source]] as const) {
      if (!industry.has(other)) continue;
      const current = best.get(node);
      if (current === undefined || (degree.get(other) ?? 0) > (degree.get(current) ?? 0)) best.set(node, other);
    }
  }
  return (data) => {
    const concept = best.get(data.id);
    return concept ? (industry.get(concept) ?? null) : null;
  };
}

function anchorOf(set: ElementSet, by: GroupBy, degree: Map<string, number>): Anchor {
  if (by === 'city') return (data) => data.city ?? '无城市';
  if (by === 'concept') return conceptAnchors(set, degree);
  return () => null;
}

function groupNode(id: string, members: NodeElement[], anchor: string | null, by: GroupBy): NodeElement {
  const first = (members[0] as NodeElement).data;
  const label: Label = first.label;
  const name = `${anchor ? `${anchor} · ` : ''}${LABEL_NAMES[label]} ×${members.length}`;
  const size = Math.round(28 + 10 * Math.log2(members.length));
  return makeNode({ id, label, name, caption: name, city: by === 'city' ? first.city : null, kind: 'group', plans: 0, size, members: members.length }, 'aggregate');
}

/** The ids that stay themselves: `keep`, then the `hubs` best connected. */
function keptIds(set: ElementSet, options: AggregateOptions, degree: Map<string, number>): Set<string> {
  const ranked = set.nodes.map((n) => n.data.id).filter((id) => !options.keep.has(id));
  ranked.sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : 1));
  return new Set([...options.keep, ...ranked.slice(0, options.hubs)]);
}

function bundleEdges(set: ElementSet, representative: (id: string) => string): EdgeElement[] {
  const kept: EdgeElement[] = [];
  const bundles = new Map<string, { source: string; target: string; types: Set<string>; count: number }>();
  for (const e of set.edges) {
    const source = representative(e.data.source);
    const target = representative(e.data.target);
    if (source === target) continue;
    if (source === e.data.source && target === e.data.target) {
      kept.push(e);
      continue;
    }
    const key = `${source}\u0000${target}`;
    const bundle = bundles.get(key) ?? { source, target, types: new Set<string>(), count: 0 };
    bundle.types.add(e.data.type);
    bundle.count += 1;
    bundles.set(key, bundle);
  }
  const bundled = [...bundles.values()].map((b) => {
    const type = b.types.size === 1 ? [...b.types][0]! : 'GROUPED';
    const weight = Math.min(8, 1 + Math.log2(b.count));
    return makeEdge({ id: `${GROUP_PREFIX}${b.source}|${b.target}`, source: b.source, target: b.target, type, role: null, plan: null, evidence: 0, caption: `×${b.count}`, weight }, 'aggregate');
  });
  return [...kept, ...bundled];
}

export function aggregate(set: ElementSet, options: AggregateOptions): Aggregated {
  const degree = degrees(set);
  const kept = keptIds(set, options, degree);
  const anchor = anchorOf(set, options.by, degree);
  const members = new Map<string, NodeElement[]>();
  const anchors = new Map<string, string | null>();
  for (const n of set.nodes) {
    if (kept.has(n.data.id)) continue;
    const where = anchor(n.data);
    const key = where === null ? `${GROUP_PREFIX}${n.data.label}` : `${GROUP_PREFIX}${where}|${n.data.label}`;
    members.set(key, [...(members.get(key) ?? []), n]);
    anchors.set(key, where);
  }
  // A group of one is just that node.
  for (const [key, list] of members) if (list.length < 2) members.delete(key);
  const groupOf = new Map<string, string>();
  for (const [key, list] of members) for (const n of list) groupOf.set(n.data.id, key);
  const nodes = [...set.nodes.filter((n) => !groupOf.has(n.data.id)), ...[...members].map(([key, list]) => groupNode(key, list, anchors.get(key) ?? null, options.by))];
  const edges = bundleEdges(set, (id) => groupOf.get(id) ?? id);
  return { nodes, edges, groups: new Map([...members].map(([key, list]) => [key, list.map((n) => n.data.id)])) };
}
