/**
 * Nodes, edges and citations to and from their rows. Properties other than the indexed columns stay
 * JSON, so fields other engineers add to graph/schema.ts are stored without a change of tables; and
 * objects are rebuilt with their keys in the schema's order, which is the order zod gives a parsed
 * contribution — so an export serialises byte for byte as the contribution did.
 */
import { edgeId, EvidenceSchema, GraphEdgeSchema, GraphNodeSchema, type EdgeType, type Evidence, type GraphEdge, type GraphNode } from '../schema.ts';

const NODE_KEYS = new Map<string, string[]>(GraphNodeSchema.options.map((option) => [option.shape.label.value, Object.keys(option.shape)]));
const EDGE_KEYS = new Map<string, string[]>(GraphEdgeSchema.options.map((option) => [option.shape.type.value, Object.keys(option.shape)]));
const EVIDENCE_KEYS = Object.keys(EvidenceSchema.shape);

/** `fields` with the schema's keys first, in its order, then any others (kept, not dropped). */
function inSchemaOrder(keys: readonly string[], fields: Record<string, unknown>): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  for (const key of keys) if (fields[key] !== undefined) ordered[key] = fields[key];
  for (const key of Object.keys(fields)) if (!(key in ordered) && fields[key] !== undefined) ordered[key] = fields[key];
  return ordered;
}

/** The city a node matches in a query by city: a City by its own name, others by their `city`. */
export function nodeCity(node: GraphNode): string | null {
  if (node.label === 'City') return node.name;
  return 'city' in node ? (node.city ?? null) : null;
}

export interface NodeRow {
  id: string;
  label: string;
  city: string | null;
  data: string;
}

export function nodeRow(node: GraphNode): NodeRow {
  const { id, label, plans: _plans, ...properties } = node;
  return { id, label, city: nodeCity(node), data: JSON.stringify(properties) };
}

/** The stored node (lexicon aliases only, plans as given): what canonical.presentNode presents. */
export function nodeFromRow(row: { id: string; label: string; data: string }, plans: string[]): GraphNode {
  const fields = { ...(JSON.parse(row.data) as Record<string, unknown>), id: row.id, label: row.label, plans };
  return inSchemaOrder(NODE_KEYS.get(row.label) ?? [], fields) as GraphNode;
}

/** The edge's own properties; `evidence: []` marks an edge that carries citations (its rows hold them). */
export function edgeData(edge: GraphEdge): string {
  const { id: _id, type: _type, source: _source, target: _target, plan: _plan, evidence, ...properties } = edge;
  return JSON.stringify(evidence ? { ...properties, evidence: [] } : properties);
}

/** cyrb53: a fast 53-bit string hash. Collisions are harmless (an edge found by key is checked by id), only rare. */
export function edgeKey(id: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < id.length; i += 1) {
    const c = id.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The id edgeId() gives an edge of these parts (its `role` is part of it when it has one). */
function derivedEdgeId(parts: { type: string; source: string; target: string; plan?: string | null | undefined }, properties: Record<string, unknown>): string {
  return edgeId(parts.type as EdgeType, parts.source, parts.target, parts.plan ?? undefined, typeof properties.role === 'string' ? properties.role : undefined);
}

/** What the `id` column holds: null when the id is the derived one, else the id itself. */
export function storedEdgeId(edge: GraphEdge): string | null {
  return derivedEdgeId(edge, edge as unknown as Record<string, unknown>) === edge.id ? null : edge.id;
}

export interface EdgeRowIds {
  /** Null when derived (see storedEdgeId). */
  id: string | null;
  type: string;
  source: string;
  target: string;
  plan: string | null;
  data: string;
}

/** An edge row read: its properties parsed and its id known, ready to sort and to finish with its citations. */
export interface EdgeRead {
  id: string;
  row: EdgeRowIds;
  properties: Record<string, unknown>;
}

export function readEdgeRow<R extends EdgeRowIds>(row: R): EdgeRead & { row: R } {
  const properties = JSON.parse(row.data) as Record<string, unknown>;
  return { id: row.id ?? derivedEdgeId(row, properties), row, properties };
}

export function edgeFromRow(read: EdgeRead, evidence: Evidence[] | undefined): GraphEdge {
  const { row, properties } = read;
  const fields: Record<string, unknown> = { ...properties, id: read.id, type: row.type, source: row.source, target: row.target, ...(row.plan !== null ? { plan: row.plan } : {}) };
  if (Array.isArray(properties.evidence)) fields.evidence = evidence ?? [];
  return inSchemaOrder(EDGE_KEYS.get(row.type) ?? [], fields) as GraphEdge;
}

/**
 * A citation splits into its sentence (plan, span, text — shared by every edge citing it) and the
 * rest. `text` goes into the rest only in the unexpected case that it differs from the text already
 * stored for the same span, so that nothing is ever rewritten.
 */
export function evidenceRest(evidence: Evidence, storedText: string): string | null {
  const { plan: _plan, start: _start, end: _end, text, ...rest } = evidence;
  const fields: Record<string, unknown> = text === storedText ? rest : { ...rest, text };
  return Object.keys(fields).length > 0 ? JSON.stringify(fields) : null;
}

export function evidenceFromRow(row: { plan: string; start: number; end: number; text: string; rest: string | null }): Evidence {
  const fields = { plan: row.plan, start: row.start, end: row.end, text: row.text, ...(row.rest ? (JSON.parse(row.rest) as Record<string, unknown>) : {}) };
  return inSchemaOrder(EVIDENCE_KEYS, fields) as Evidence;
}

/** Name, aliases and wordings lower-cased as JavaScript does (SQLite's lower() folds only ASCII), NUL-joined. */
export function searchText(node: { name: string; aliases?: string[] | undefined }, wordings: Iterable<string>): string {
  return [node.name, ...(node.aliases ?? []), ...wordings].join('\u0000').toLowerCase();
}
