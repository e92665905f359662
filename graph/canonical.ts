/**
 * The one shape both stores return: derived aliases, sorted lists, sorted evidence. Keeping this in
 * one place is what lets the contract suite compare the embedded store and Neo4j byte for byte.
 */
import type { Evidence, Graph, GraphEdge, GraphNode } from './schema.ts';

/** Strings in UTF-16 code unit order, as JavaScript compares them (and every store sorts). */
export const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byId = (a: { id: string }, b: { id: string }) => byCodeUnit(a.id, b.id);

export function sortEvidence(evidence: Evidence[]): Evidence[] {
  return [...evidence].sort((a, b) => (a.plan < b.plan ? -1 : a.plan > b.plan ? 1 : a.start - b.start || a.end - b.end));
}

/** A node as stores return it: aliases = lexicon aliases ∪ the plans' wordings, minus its name. */
export function presentNode(node: GraphNode, wordings: Iterable<string> = []): GraphNode {
  const aliases = [...new Set([...(node.aliases ?? []), ...wordings])].filter((a) => a !== node.name).sort();
  const { aliases: _omitted, ...rest } = node;
  const presented = { ...rest, plans: [...node.plans].sort() } as GraphNode;
  if (aliases.length > 0) presented.aliases = aliases;
  return presented;
}

export function presentEdge(edge: GraphEdge): GraphEdge {
  return edge.evidence ? ({ ...edge, evidence: sortEvidence(edge.evidence) } as GraphEdge) : edge;
}

export function sortGraph(graph: Graph): Graph {
  return { nodes: [...graph.nodes].sort(byId), edges: [...graph.edges].sort(byId) };
}

export function sortById<T extends { id: string }>(items: T[]): T[] {
  return [...items].sort(byId);
}

/**
 * A query's `limit` as every store applies it: stop once at least `limit` items are taken, so 0 still
 * yields one item and 2.5 three; no limit (or NaN) takes all.
 */
export function applyLimit<T>(items: T[], limit: number | undefined): T[] {
  if (limit === undefined || Number.isNaN(limit)) return items;
  return items.slice(0, Math.max(1, Math.ceil(limit)));
}
