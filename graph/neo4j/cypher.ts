/**
 * The only place Cypher text is assembled from names. Labels and relationship types come from the
 * schema's allowlists (LABELS, EDGE_ENDPOINTS) and are checked again here before they are
 * interpolated; every value travels as a parameter. Nothing a document contains can reach query text.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { EDGE_TYPES, LABELS, type EdgeType, type Label } from '../schema.ts';

/** Internal label of the decoded source texts: not a graph node, never exported or counted. */
export const SOURCE_TEXT = 'SourceText';
/** Internal: one node holding the graph's revision, bumped by every write (not part of exports). */
export const META = 'PolicyKgMeta';

const IDENTIFIER = /^[A-Z][A-Za-z_]*$/;

export function isLabel(name: unknown): name is Label {
  return typeof name === 'string' && (LABELS as readonly string[]).includes(name);
}

export function isEdgeType(name: unknown): name is EdgeType {
  return typeof name === 'string' && (EDGE_TYPES as readonly string[]).includes(name);
}

function checked(name: string, allowed: boolean): string {
  if (!allowed || !IDENTIFIER.test(name)) throw new Error(`refusing to put ${JSON.stringify(name)} into Cypher: not in the schema allowlist`);
  return name;
}

/** `City|Region` for a label expression; every name must be a schema label. */
export function labelExpression(labels: readonly string[]): string {
  if (labels.length === 0) throw new Error('empty label expression');
  return labels.map((l) => checked(l, isLabel(l))).join('|');
}

/** `ISSUED_BY|MENTIONS` for a relationship type expression; every name must be a schema type. */
export function typeExpression(types: readonly string[]): string {
  if (types.length === 0) throw new Error('empty relationship type expression');
  return types.map((t) => checked(t, isEdgeType(t))).join('|');
}

/**
 * One clause per allowed name, run only for rows whose `key` equals that name: lets a single UNWIND
 * statement write rows of every label or type while each name stays literal, checked query text
 * (`FOREACH … CASE` is how Cypher 5 branches per row). `clause` receives the checked name.
 */
export function dispatch(key: string, names: readonly string[], check: (names: readonly string[]) => string, clause: (name: string) => string): string {
  return names.map((name) => `FOREACH (_ IN CASE WHEN ${key} = '${check([name])}' THEN [1] ELSE [] END | ${clause(check([name]))})`).join('\n');
}

/**
 * Every graph node carries this label beside its schema label (never SourceText or PolicyKgMeta). One
 * uniqueness constraint on its `id` keeps ids unique across labels, as in the embedded store, and makes
 * every lookup by id one index seek where matching `(n:City|Region|…)` took one seek per label.
 */
export const ANY_NODE = 'PolicyKgNode';
/** The schema labels as one expression: only for finding nodes stored before ANY_NODE existed. */
export const SCHEMA_LABELS = labelExpression(LABELS);
export const ANY_EDGE = typeExpression(EDGE_TYPES);

/** The graph label of a node from `labels(n)`. */
export function graphLabel(labels: readonly string[]): Label {
  const label = labels.find(isLabel);
  if (!label) throw new Error(`node with labels ${JSON.stringify(labels)} is not a graph node`);
  return label;
}

/** Runs one statement and returns its records as plain objects. */
export async function rows<T extends Record<string, unknown>>(tx: ManagedTransaction, cypher: string, parameters: Record<string, unknown> = {}): Promise<T[]> {
  const result = await tx.run(cypher, parameters);
  return result.records.map((record) => record.toObject() as T);
}

export interface Statement {
  cypher: string;
  parameters: Record<string, unknown>;
}

/**
 * Sends every statement before waiting for any, and returns their records in order. The driver
 * pipelines them on the transaction's connection, so the server runs one while the next is encoded
 * here; awaiting each in turn left one side idle while the other worked.
 */
export async function pipelined<T extends Record<string, unknown>>(tx: ManagedTransaction, statements: Statement[]): Promise<T[][]> {
  const results = statements.map(({ cypher, parameters }) => tx.run(cypher, parameters));
  return Promise.all(results.map(async (result) => (await result).records.map((record) => record.toObject() as T)));
}

/** Large UNWIND batches are split so one statement never carries an unbounded parameter list. */
export const BATCH_SIZE = 1_000;

export function* batches<T>(items: readonly T[], size = BATCH_SIZE): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** Groups items by a key, keeping their order within each group (last-wins MERGEs rely on it). */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
