/**
 * API answers → Cytoscape elements, and the set operations the graph views need (merge, what is new,
 * what a canvas gains and loses). Pure: no DOM, no Cytoscape runtime, unit-tested in Node.
 */
import type { Elements, Label, Neighborhood } from '../../../server/contract.ts';
import { edgeTypeName, LABEL_NAMES, LABELS, roleName, truncate, type MatchKind } from '../format.ts';
import { LABEL_STYLES } from './style.ts';

export interface NodeData {
  id: string;
  label: Label;
  name: string;
  city: string | null;
  kind: string | null;
  plans: number;
  /** The plan of a task, section or target. */
  plan: string | null;
  /** The text drawn under the node (shortened name). */
  caption: string;
  /** Diameter in model pixels. */
  size: number;
  /** An aggregate's member count. */
  members?: number;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  role: string | null;
  plan: string | null;
  /** How many citations the edge has (/api/graph/edge gives them). */
  evidence: number;
  caption: string;
  match?: MatchKind;
  /** An aggregate edge's line width. */
  weight?: number;
}

export interface NodeElement {
  group: 'nodes';
  data: NodeData;
  classes?: string;
  position?: { x: number; y: number };
}
export interface EdgeElement {
  group: 'edges';
  data: EdgeData;
  classes?: string;
}
export interface ElementSet {
  nodes: NodeElement[];
  edges: EdgeElement[];
}

export const EMPTY_SET: ElementSet = { nodes: [], edges: [] };

export function nodeSize(label: Label, plans: number): number {
  return Math.round(LABEL_STYLES[label].size + Math.min(16, Math.max(0, plans - 1) * 4));
}

/** The caption under a node: names shortened so the graph stays readable. */
export function captionOf(label: Label, name: string): string {
  if (label === 'Plan') return truncate(name, 16);
  if (label === 'Task' || label === 'Target' || label === 'Section') return truncate(name, 14);
  return truncate(name, 12);
}

type NodeInput = Omit<NodeData, 'caption' | 'size' | 'plan'> & { caption?: string; size?: number; plan?: string | null };

export function makeNode(data: NodeInput, classes?: string): NodeElement {
  const full: NodeData = { ...data, plan: data.plan ?? null, caption: data.caption ?? captionOf(data.label, data.name), size: data.size ?? nodeSize(data.label, data.plans) };
  return classes ? { group: 'nodes', data: full, classes } : { group: 'nodes', data: full };
}

export function makeEdge(data: Omit<EdgeData, 'caption'> & { caption?: string }, classes?: string): EdgeElement {
  const full: EdgeData = { ...data, caption: data.caption ?? (data.role ? `${edgeTypeName(data.type)}（${roleName(data.role)}）` : edgeTypeName(data.type)) };
  return classes ? { group: 'edges', data: full, classes } : { group: 'edges', data: full };
}

/** /api/graph/neighborhood (or /api/graph/path) elements → Cytoscape elements. */
export function fromElements(elements: Elements, centre?: string): ElementSet {
  return {
    nodes: elements.nodes.map(({ data }) => makeNode({ ...data }, data.id === centre ? 'centre' : undefined)),
    edges: elements.edges.map(({ data }) => makeEdge({ ...data }, data.role ? `role-${data.role}` : undefined)),
  };
}

export function fromNeighborhood(response: Neighborhood): ElementSet {
  return fromElements(response.elements, response.centre);
}

/** Union of several element sets (first occurrence wins); edges only between nodes of the union. */
export function mergeElements(...sets: ElementSet[]): ElementSet {
  const nodes = new Map<string, NodeElement>();
  const edges = new Map<string, EdgeElement>();
  for (const set of sets) {
    for (const n of set.nodes) if (!nodes.has(n.data.id)) nodes.set(n.data.id, n);
    for (const e of set.edges) if (!edges.has(e.data.id)) edges.set(e.data.id, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()].filter((e) => nodes.has(e.data.source) && nodes.has(e.data.target)) };
}

export interface ElementDiff {
  added: ElementSet;
  /** Ids of nodes and edges to take away. */
  removed: string[];
  /** Elements present in both whose look (classes, caption, size) changed. */
  changed: (NodeElement | EdgeElement)[];
}

/** What an element looks like on screen: a change of it means the drawn element must be updated. */
export function signature(element: NodeElement | EdgeElement): string {
  const data = element.data as Partial<NodeData & EdgeData>;
  return `${element.classes ?? ''}|${data.caption ?? ''}|${data.size ?? ''}|${data.weight ?? ''}`;
}

/** What turns a canvas (each element's id → signature) into `next`. */
export function diffElements(current: ReadonlyMap<string, string>, next: ElementSet): ElementDiff {
  const wanted = new Set<string>();
  const changed: (NodeElement | EdgeElement)[] = [];
  for (const element of [...next.nodes, ...next.edges]) {
    wanted.add(element.data.id);
    const before = current.get(element.data.id);
    if (before !== undefined && before !== signature(element)) changed.push(element);
  }
  return {
    added: { nodes: next.nodes.filter((n) => !current.has(n.data.id)), edges: next.edges.filter((e) => !current.has(e.data.id)) },
    removed: [...current.keys()].filter((id) => !wanted.has(id)),
    changed,
  };
}

/** Nodes per label, in legend order, only labels present. */
export function labelCounts(nodes: readonly { data: { label: Label } }[]): { label: Label; name: string; count: number }[] {
  const counts = new Map<Label, number>();
  for (const n of nodes) counts.set(n.data.label, (counts.get(n.data.label) ?? 0) + 1);
  return LABELS.filter((l) => counts.has(l)).map((label) => ({ label, name: LABEL_NAMES[label], count: counts.get(label) ?? 0 }));
}
