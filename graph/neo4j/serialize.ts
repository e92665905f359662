/**
 * Nodes and edges ↔ Neo4j properties, driven by the zod schemas so that a read returns exactly what
 * was written — the same keys, in the same order, nulls and omitted optionals told apart — and the
 * export is byte-identical to the embedded store's.
 *
 * - Scalars and lists of strings are stored as they are (queryable: `n.city`, `r.terms`).
 * - What Neo4j cannot store (maps, lists of maps, tuples: evidence, values, baseline, period) is kept
 *   as JSON text in `<field>Json`.
 * - Neo4j has no null property: an absent property reads back as null for nullable fields and as
 *   "not there" for optional ones (no schema field is both).
 * - A node's own (lexicon) aliases live in `lexiconAliases`; `aliases` holds the derived set (lexicon
 *   aliases ∪ MENTIONS terms − name) that the replace keeps current for text search.
 */
import neo4j from 'neo4j-driver';
import type { z } from 'zod';
import { presentEdge, presentNode } from '../canonical.ts';
import { GraphEdgeSchema, GraphNodeSchema, type EdgeType, type GraphEdge, type GraphNode, type Label } from '../schema.ts';
import { graphLabel } from './cypher.ts';

interface FieldCodec {
  key: string;
  property: string;
  json: boolean;
  nullable: boolean;
}

/** The property holding a node's lexicon aliases (its `aliases` as the contribution gave them). */
export const LEXICON_ALIASES = 'lexiconAliases';
/** The derived aliases property, searchable in Cypher. */
export const DERIVED_ALIASES = 'aliases';

type ZodDef = { type: string; innerType?: z.ZodType; element?: z.ZodType };
const defOf = (schema: unknown) => (schema as { def: ZodDef }).def;

const SCALAR_TYPES = new Set(['string', 'number', 'boolean', 'enum', 'literal']);

function codecOf(key: string, schema: z.ZodType): FieldCodec {
  let def = defOf(schema);
  let nullable = false;
  while ((def.type === 'optional' || def.type === 'nullable') && def.innerType) {
    nullable ||= def.type === 'nullable';
    def = defOf(def.innerType);
  }
  const native = SCALAR_TYPES.has(def.type) || (def.type === 'array' && def.element !== undefined && ['string', 'enum'].includes(defOf(def.element).type));
  const property = key === 'aliases' ? LEXICON_ALIASES : native ? key : `${key}Json`;
  return { key, property, json: !native, nullable };
}

function codecsOf(shape: Record<string, z.ZodType>): FieldCodec[] {
  return Object.entries(shape).map(([key, schema]) => codecOf(key, schema));
}

const NODE_FIELDS = new Map<string, FieldCodec[]>(GraphNodeSchema.options.map((o) => [o.shape.label.value, codecsOf(o.shape)]));
const EDGE_FIELDS = new Map<string, FieldCodec[]>(GraphEdgeSchema.options.map((o) => [o.shape.type.value, codecsOf(o.shape)]));

/** Whole numbers go in as Neo4j integers (so `n.year = 2025` compares as an integer), others as floats. */
function toNeo4j(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4j);
  return value;
}

function encode(fields: FieldCodec[], item: Record<string, unknown>, skip: ReadonlySet<string>): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const field of fields) {
    const value = item[field.key];
    if (skip.has(field.key) || value === null || value === undefined) continue;
    properties[field.property] = field.json ? JSON.stringify(value) : toNeo4j(value);
  }
  return properties;
}

function decodeInto(target: Record<string, unknown>, field: FieldCodec, properties: Record<string, unknown>): void {
  const value = properties[field.property];
  if (value === undefined || value === null) {
    if (field.nullable) target[field.key] = null;
    return;
  }
  target[field.key] = field.json ? JSON.parse(value as string) : value;
}

function fieldsOf(table: Map<string, FieldCodec[]>, name: string): FieldCodec[] {
  const fields = table.get(name);
  if (!fields) throw new Error(`no schema for ${JSON.stringify(name)}`);
  return fields;
}

// `plans` is a union across plans that the replace maintains; the label is the Neo4j label.
const NODE_MANAGED = new Set(['label', 'plans']);
// Endpoints and type are the relationship's own structure.
const EDGE_STRUCTURE = new Set(['source', 'target', 'type']);

/** A node's properties (id included, plans and derived aliases excluded). */
export function nodeProperties(node: GraphNode): Record<string, unknown> {
  return encode(fieldsOf(NODE_FIELDS, node.label), node as Record<string, unknown>, NODE_MANAGED);
}

export function edgeProperties(edge: GraphEdge): Record<string, unknown> {
  return encode(fieldsOf(EDGE_FIELDS, edge.type), edge as Record<string, unknown>, EDGE_STRUCTURE);
}

/** A stored node as stores return it (see canonical.ts). */
export function decodeNode(labels: readonly string[], properties: Record<string, unknown>): GraphNode {
  const label: Label = graphLabel(labels);
  const node: Record<string, unknown> = {};
  for (const field of fieldsOf(NODE_FIELDS, label)) {
    if (field.key === 'label') node.label = label;
    else if (field.key === 'aliases') {
      if (properties[DERIVED_ALIASES] !== undefined) node.aliases = properties[DERIVED_ALIASES];
    } else decodeInto(node, field, properties);
  }
  node.plans ??= [];
  return presentNode(node as GraphNode);
}

export type StoredEdge = {
  type: string;
  properties: Record<string, unknown>;
  source: string;
  target: string;
};

export function decodeEdge(stored: StoredEdge): GraphEdge {
  const edge: Record<string, unknown> = {};
  for (const field of fieldsOf(EDGE_FIELDS, stored.type as EdgeType)) {
    if (field.key === 'source') edge.source = stored.source;
    else if (field.key === 'target') edge.target = stored.target;
    else if (field.key === 'type') edge.type = stored.type;
    else decodeInto(edge, field, stored.properties);
  }
  return presentEdge(edge as GraphEdge);
}

/** Cypher projection returning what decodeEdge needs, for a relationship bound to `r`. */
export const EDGE_PROJECTION = 'type(r) AS type, properties(r) AS properties, startNode(r).id AS source, endNode(r).id AS target';
/** Cypher projection returning what decodeNode needs, for a node bound to `n`. */
export const NODE_PROJECTION = 'labels(n) AS labels, properties(n) AS properties';

export type StoredNode = {
  labels: string[];
  properties: Record<string, unknown>;
};
