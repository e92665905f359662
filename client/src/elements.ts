/**
 * API responses → Cytoscape elements, the graph style (colour and shape per label, exact vs related
 * edges), legend data, and exports of the current elements (JSON, CSV). Pure: no DOM, no Cytoscape
 * runtime, so the mapping is unit-tested in Node.
 */
import type { StylesheetJson } from 'cytoscape';
import { seededRandom } from '../../core/seeded-random.ts';
import { edgeTypeName, formatTarget, LABEL_NAMES, LABELS, MATCH_NAMES, roleName, truncate } from './format.ts';
import type { Elements, Label, MatchKind, Neighborhood, Overlap } from './types.ts';

export interface NodeData {
  id: string;
  label: Label;
  name: string;
  city: string | null;
  kind: string | null;
  plans: number;
  /** The text drawn under the node (shortened name). */
  caption: string;
  /** Diameter in model pixels. */
  size: number;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  role: string | null;
  plan: string | null;
  /** How many citations the edge has (ask /api/graph/edge for them). */
  evidence: number;
  caption: string;
  match?: MatchKind;
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

export interface LabelStyle {
  color: string;
  shape: string;
  /** Base diameter. */
  size: number;
}

/** Colour-blind-friendly (Tableau 10) colours, one shape per label. */
export const LABEL_STYLES: Record<Label, LabelStyle> = {
  City: { color: '#e15759', shape: 'star', size: 46 },
  Region: { color: '#f28e2b', shape: 'hexagon', size: 30 },
  Plan: { color: '#4e79a7', shape: 'round-rectangle', size: 36 },
  Section: { color: '#bab0ac', shape: 'rectangle', size: 20 },
  Task: { color: '#76b7b2', shape: 'round-tag', size: 22 },
  Department: { color: '#59a14f', shape: 'diamond', size: 30 },
  Industry: { color: '#edc948', shape: 'ellipse', size: 30 },
  Enterprise: { color: '#b07aa1', shape: 'round-pentagon', size: 26 },
  Platform: { color: '#ff9da7', shape: 'barrel', size: 26 },
  Target: { color: '#9c755f', shape: 'vee', size: 20 },
  Instrument: { color: '#79706e', shape: 'octagon', size: 26 },
};

export const MATCH_LINE: Record<MatchKind, 'solid' | 'dashed' | 'dotted'> = { exact: 'solid', synonym: 'dashed', narrower: 'dotted' };

export function nodeSize(label: Label, plans: number): number {
  return Math.round(LABEL_STYLES[label].size + Math.min(16, Math.max(0, plans - 1) * 4));
}

/** The caption under a node: names shortened so the graph stays readable. */
export function captionOf(label: Label, name: string): string {
  switch (label) {
    case 'Plan':
      return truncate(name, 16);
    case 'Task':
    case 'Target':
    case 'Section':
      return truncate(name, 14);
    default:
      return truncate(name, 12);
  }
}

function node(data: Omit<NodeData, 'caption' | 'size'> & { caption?: string; size?: number }, classes?: string): NodeElement {
  const full: NodeData = { ...data, caption: data.caption ?? captionOf(data.label, data.name), size: data.size ?? nodeSize(data.label, data.plans) };
  return classes ? { group: 'nodes', data: full, classes } : { group: 'nodes', data: full };
}

function edge(data: Omit<EdgeData, 'caption'> & { caption?: string }, classes?: string): EdgeElement {
  const full: EdgeData = { ...data, caption: data.caption ?? (data.role ? `${edgeTypeName(data.type)}（${roleName(data.role)}）` : edgeTypeName(data.type)) };
  return classes ? { group: 'edges', data: full, classes } : { group: 'edges', data: full };
}

/** /api/graph/neighborhood (or /api/graph/path) elements → Cytoscape elements. */
export function fromElements(elements: Elements, centre?: string): ElementSet {
  return {
    nodes: elements.nodes.map(({ data }) => node({ ...data }, data.id === centre ? 'centre' : undefined)),
    edges: elements.edges.map(({ data }) => edge({ ...data }, data.role ? `role-${data.role}` : undefined)),
  };
}

export function fromNeighborhood(response: Neighborhood): ElementSet {
  return fromElements(response.elements, response.centre);
}

/** The elements of `add` that `existing` does not have yet (edges only when both ends will exist). */
export function newElements(existing: { hasNode(id: string): boolean; hasEdge(id: string): boolean }, add: ElementSet): ElementSet {
  const nodes = add.nodes.filter((n) => !existing.hasNode(n.data.id));
  const ids = new Set(nodes.map((n) => n.data.id));
  const seen = new Set<string>();
  const edges = add.edges.filter((e) => {
    if (existing.hasEdge(e.data.id) || seen.has(e.data.id)) return false;
    seen.add(e.data.id);
    return (existing.hasNode(e.data.source) || ids.has(e.data.source)) && (existing.hasNode(e.data.target) || ids.has(e.data.target));
  });
  return { nodes, edges };
}

/** Union of several element sets (first occurrence wins). */
export function mergeElements(...sets: ElementSet[]): ElementSet {
  const nodes = new Map<string, NodeElement>();
  const edges = new Map<string, EdgeElement>();
  for (const set of sets) {
    for (const n of set.nodes) if (!nodes.has(n.data.id)) nodes.set(n.data.id, n);
    for (const e of set.edges) if (!edges.has(e.data.id)) edges.set(e.data.id, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()].filter((e) => nodes.has(e.data.source) && nodes.has(e.data.target)) };
}

/** Nodes per label, in legend order, only labels present. */
export function labelCounts(nodes: { data: { label: Label } }[]): { label: Label; name: string; count: number; style: LabelStyle }[] {
  const counts = new Map<Label, number>();
  for (const n of nodes) counts.set(n.data.label, (counts.get(n.data.label) ?? 0) + 1);
  return LABELS.filter((l) => counts.has(l)).map((label) => ({ label, name: LABEL_NAMES[label], count: counts.get(label) ?? 0, style: LABEL_STYLES[label] }));
}

export interface OverlapElements extends ElementSet {
  /** Items left out of the graph to keep it readable (they are all in the side panel). */
  omitted: number;
}

/**
 * /api/overlap → a graph: the concept in the middle; the narrower industries matched (dotted link to
 * the concept); each city with its plans; an edge from the concept (or narrower industry) to each plan
 * that uses it, solid for the exact name, dashed for a synonym, dotted for a narrower industry; the
 * plan's tasks and targets on the concept; the city's departments, enterprises and platforms.
 */
export function fromOverlap(overlap: Overlap, maxPerKind = 12): OverlapElements {
  const nodes = new Map<string, NodeElement>();
  const edges = new Map<string, EdgeElement>();
  let omitted = 0;
  const addNode = (n: NodeElement) => {
    if (!nodes.has(n.data.id)) nodes.set(n.data.id, n);
  };
  const addEdge = (e: EdgeElement) => {
    if (!edges.has(e.data.id)) edges.set(e.data.id, e);
  };
  const concept = overlap.concept;
  addNode(node({ id: concept.id, label: 'Industry', name: concept.name, city: null, kind: 'lexicon', plans: 0, size: 64 }, 'concept'));

  for (const entry of overlap.cities) {
    const cityId = `city:${entry.city}`;
    addNode(node({ id: cityId, label: 'City', name: entry.city, city: entry.city, kind: null, plans: entry.plans.length }));
    for (const plan of entry.plans) {
      addNode(node({ id: plan.id, label: 'Plan', name: plan.title, city: entry.city, kind: null, plans: 1 }));
      addEdge(edge({ id: `ov|ISSUED_BY|${plan.id}|${cityId}`, source: plan.id, target: cityId, type: 'ISSUED_BY', role: null, plan: plan.id, evidence: 0 }));
    }
    // Which industry each wording belongs to (the concept itself or a narrower one).
    const industryByName = new Map(entry.matches.map((m) => [m.industry.name, m.industry]));
    const groups = new Map<string, { industry: string; plan: string; match: MatchKind; terms: Map<string, number> }>();
    for (const evidence of entry.evidence) {
      const industry = industryByName.get(evidence.industry)?.id ?? concept.id;
      const key = `${industry}|${evidence.plan}|${evidence.match}`;
      const group = groups.get(key) ?? { industry, plan: evidence.plan, match: evidence.match, terms: new Map<string, number>() };
      const term = evidence.term ?? evidence.industry;
      group.terms.set(term, (group.terms.get(term) ?? 0) + 1);
      groups.set(key, group);
    }
    for (const match of entry.matches) {
      if (match.industry.id === concept.id) continue;
      addNode(node({ id: match.industry.id, label: 'Industry', name: match.industry.name, city: null, kind: null, plans: 1 }, 'narrower'));
      addEdge(edge({ id: `ov|BROADER|${match.industry.id}|${concept.id}`, source: match.industry.id, target: concept.id, type: 'BROADER', role: null, plan: null, evidence: 0, match: 'narrower' }, 'broader'));
    }
    for (const group of groups.values()) {
      if (!nodes.has(group.plan)) continue;
      const count = [...group.terms.values()].reduce((a, b) => a + b, 0);
      const words = [...group.terms.keys()].join('、');
      addEdge(
        edge(
          { id: `ov|MENTIONS|${group.plan}|${group.industry}|${group.match}`, source: group.industry, target: group.plan, type: 'MENTIONS', role: null, plan: group.plan, evidence: count, match: group.match, caption: `${MATCH_NAMES[group.match]}：${truncate(words, 12)} ×${count}` },
          `match match-${group.match}`,
        ),
      );
    }
    const capped = <T>(items: T[]): T[] => {
      omitted += Math.max(0, items.length - maxPerKind);
      return items.slice(0, maxPerKind);
    };
    for (const task of capped(entry.tasks)) {
      addNode(node({ id: task.id, label: 'Task', name: `${task.number} ${task.title}`.trim(), city: entry.city, kind: 'task', plans: 1 }));
      // A task on the concept in a plan that never names it outright hangs off the city.
      const parent = nodes.has(task.plan) ? task.plan : cityId;
      addEdge(edge({ id: `ov|HAS_TASK|${parent}|${task.id}`, source: parent, target: task.id, type: 'HAS_TASK', role: null, plan: task.plan, evidence: 0 }));
    }
    for (const target of capped(entry.targets)) {
      if (!nodes.has(target.plan)) continue;
      const name = `${target.subject}${target.metric} ${formatTarget(target)}`;
      addNode(node({ id: target.id, label: 'Target', name, city: entry.city, kind: null, plans: 1 }));
      addEdge(edge({ id: `ov|SET_IN|${target.id}|${target.plan}`, source: target.id, target: target.plan, type: 'SET_IN', role: null, plan: target.plan, evidence: target.evidence.length }));
    }
    for (const row of capped(entry.departments)) {
      addNode(node({ id: row.department.id, label: 'Department', name: row.department.name, city: entry.city, kind: null, plans: 1 }));
      const caption = row.led > 0 ? `牵头 ${row.led} · 参与 ${row.assigned}` : row.assigned > 0 ? `参与 ${row.assigned}` : '承接';
      addEdge(
        edge(
          { id: `ov|ASSIGNED_TO|${row.department.id}|${cityId}`, source: row.department.id, target: cityId, type: 'ASSIGNED_TO', role: row.led > 0 ? 'lead' : 'responsible', plan: null, evidence: 0, caption },
          row.led > 0 ? 'role-lead' : 'role-responsible',
        ),
      );
    }
    for (const organisation of [...capped(entry.enterprises), ...capped(entry.platforms)]) {
      addNode(node({ id: organisation.id, label: organisation.label, name: organisation.name, city: organisation.city, kind: null, plans: 1 }));
      addEdge(edge({ id: `ov|INVOLVES|${cityId}|${organisation.id}`, source: cityId, target: organisation.id, type: 'INVOLVES', role: null, plan: null, evidence: 0 }));
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()].filter((e) => nodes.has(e.data.source) && nodes.has(e.data.target)), omitted };
}

export interface GraphStyleOptions {
  /** Large graphs: straight "haystack" edges without arrows, smaller fonts, captions only when zoomed in. */
  large?: boolean;
}

/** The Cytoscape stylesheet: colour and shape per label, exact vs related edges, selection, path, fading. */
export function graphStyle(options: GraphStyleOptions = {}): StylesheetJson {
  const large = options.large ?? false;
  // Caption properties: every node of a normal graph; in a large graph only the captioned few, since
  // each property set on 2,000 nodes is parsed and applied 2,000 times before the first frame.
  const caption = {
    label: 'data(caption)',
    'font-size': large ? 9 : 11,
    'font-family': '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif',
    color: '#1f2937',
    'text-valign': 'bottom' as const,
    'text-halign': 'center' as const,
    'text-margin-y': 3,
    'text-outline-color': '#ffffff',
    'text-outline-width': 2,
    'text-outline-opacity': 0.9,
    // Captions are drawn only once they would be readable: above a zoom level.
    'min-zoomed-font-size': large ? 8 : 6,
  };
  const style: StylesheetJson = [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        ...(large ? { label: '' } : { ...caption, 'text-max-width': '120px', 'text-wrap': 'ellipsis' as const }),
        // Borders cost a stroke per node: large graphs go without.
        'border-width': large ? 0 : 1,
        'border-color': '#ffffff',
        'background-opacity': 1,
      },
    },
    // One selector with per-element values: ten [label = …] selectors cost a match each for every node.
    {
      selector: 'node',
      style: {
        'background-color': ((node: { data(key: string): unknown }) => LABEL_STYLES[node.data('label') as Label]?.color ?? '#9ca3af') as unknown as string,
        shape: ((node: { data(key: string): unknown }) => LABEL_STYLES[node.data('label') as Label]?.shape ?? 'ellipse') as unknown as 'ellipse',
      },
    },
    { selector: 'node.concept', style: { 'border-width': 4, 'border-color': '#b45309', 'font-size': 15, 'font-weight': 'bold', 'z-index': 20 } },
    { selector: 'node.narrower', style: { 'border-width': 2, 'border-style': 'dashed', 'border-color': '#b45309' } },
    { selector: 'node.centre', style: { 'border-width': 4, 'border-color': '#111827', 'font-weight': 'bold', 'z-index': 20 } },
    { selector: 'node.synthetic', style: { 'background-opacity': 0.6 } },
    ...(large ? [{ selector: 'node.captioned, node.centre, node:selected, node.path', style: caption }] : []),
    {
      selector: 'edge',
      style: large
        ? { width: 0.8, 'line-color': '#d3d9e1', 'curve-style': 'haystack', 'haystack-radius': 0 }
        : {
            width: 1.4,
            'line-color': '#b6c0cc',
            'curve-style': 'bezier',
            'target-arrow-shape': 'triangle',
            'target-arrow-color': '#b6c0cc',
            'arrow-scale': 0.8,
            'font-size': 9,
            color: '#475569',
            'text-rotation': 'autorotate',
            'text-outline-color': '#ffffff',
            'text-outline-width': 2,
            'min-zoomed-font-size': 8,
          },
    },
    { selector: 'edge.match', style: { width: 2.6, 'line-color': '#b45309', 'target-arrow-color': '#b45309', label: 'data(caption)' } },
    { selector: 'edge.match-synonym', style: { 'line-style': 'dashed', 'line-dash-pattern': [8, 4] } },
    { selector: 'edge.match-narrower', style: { 'line-style': 'dotted', 'line-color': '#d97706', 'target-arrow-color': '#d97706' } },
    { selector: 'edge.broader', style: { 'line-style': 'dotted', width: 1.6, 'line-color': '#d97706', 'target-arrow-color': '#d97706' } },
    { selector: 'edge.role-lead', style: { width: 2.4, 'line-color': '#3f7d3a', 'target-arrow-color': '#3f7d3a' } },
    { selector: 'edge:selected', style: { width: 3.5, 'line-color': '#2563eb', 'target-arrow-color': '#2563eb', label: 'data(caption)', 'z-index': 30 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#2563eb', 'z-index': 30 } },
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: 'node.path', style: { 'border-width': 5, 'border-color': '#dc2626', opacity: 1, 'z-index': 40 } },
    { selector: 'edge.path', style: { width: 4, 'line-color': '#dc2626', 'target-arrow-color': '#dc2626', opacity: 1, label: 'data(caption)', 'z-index': 40 } },
    { selector: '.hidden', style: { display: 'none' } },
  ];
  return style;
}

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  // A leading =, +, - or @ would be run as a formula by spreadsheets.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV with a BOM (so Excel reads UTF-8 Chinese correctly). */
export function toCsv(rows: unknown[][]): string {
  return `\ufeff${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function elementsCsv(set: ElementSet, part: 'nodes' | 'edges'): string {
  if (part === 'nodes') {
    return toCsv([
      ['id', 'label', '类型', 'name', 'city', 'kind', 'plans'],
      ...set.nodes.map(({ data: d }) => [d.id, d.label, LABEL_NAMES[d.label], d.name, d.city ?? '', d.kind ?? '', d.plans]),
    ]);
  }
  return toCsv([
    ['id', 'source', 'target', 'type', '关系', 'role', 'plan', 'evidence'],
    ...set.edges.map(({ data: d }) => [d.id, d.source, d.target, d.type, edgeTypeName(d.type), d.role ?? '', d.plan ?? '', d.evidence]),
  ]);
}

export function elementsJson(set: ElementSet): string {
  return `${JSON.stringify({ nodes: set.nodes.map((n) => ({ data: n.data })), edges: set.edges.map((e) => ({ data: e.data })) }, null, 2)}\n`;
}

const SYNTHETIC_LABELS: Label[] = ['Task', 'Industry', 'Enterprise', 'Platform', 'Target', 'Department'];

/**
 * Pads a real graph with synthetic nodes up to `total` (the seed graph has ~1,100 nodes; the stress
 * test needs 2,000). Each synthetic node links to one or two earlier nodes (preferential attachment),
 * so the result looks like a policy graph: hubs and long tails.
 */
export function padWithSynthetic(base: ElementSet, total: number, seed = 42): ElementSet & { synthetic: number } {
  const random = seededRandom(seed);
  const nodes = [...base.nodes];
  const edges = [...base.edges];
  const ids = nodes.map((n) => n.data.id);
  const endpoints: string[] = edges.flatMap((e) => [e.data.source, e.data.target]);
  const cities = [...new Set(nodes.map((n) => n.data.city).filter((c): c is string => !!c))];
  let synthetic = 0;
  for (let i = 0; nodes.length < total; i += 1) {
    const id = `synthetic:${i}`;
    const label = SYNTHETIC_LABELS[i % SYNTHETIC_LABELS.length] as Label;
    nodes.push(node({ id, label, name: `合成节点 ${i + 1}`, city: cities.length > 0 ? (cities[Math.floor(random() * cities.length)] as string) : null, kind: null, plans: 1 }, 'synthetic'));
    const links = random() < 0.35 ? 2 : 1;
    for (let k = 0; k < links; k += 1) {
      const pool = endpoints.length > 0 && random() < 0.7 ? endpoints : ids;
      const target = pool[Math.floor(random() * pool.length)] ?? ids[0];
      if (!target || target === id) continue;
      edges.push(edge({ id: `synthetic|${i}|${k}`, source: id, target, type: 'MENTIONS', role: null, plan: null, evidence: 0 }));
      endpoints.push(id, target);
    }
    ids.push(id);
    synthetic += 1;
  }
  return { nodes, edges, synthetic };
}
