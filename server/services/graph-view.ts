/**
 * Graph neighbourhoods and paths as Cytoscape elements. Evidence stays on the server (it can be large);
 * each edge says how many citations it has and the client asks for them with /api/graph/edge.
 */
import { z } from 'zod';
import { errors } from '../../core/errors.ts';
import { LabelSchema, type GraphEdge, type GraphNode, type Label } from '../../graph/schema.ts';
import type { GraphReader } from './graph-reader.ts';
import { cityOf } from './refs.ts';

export const ElementNodeSchema = z.object({
  data: z.object({ id: z.string(), label: LabelSchema, name: z.string(), city: z.string().nullable(), kind: z.string().nullable(), plans: z.number().int() }),
});
export const ElementEdgeSchema = z.object({
  data: z.object({ id: z.string(), source: z.string(), target: z.string(), type: z.string(), role: z.string().nullable(), plan: z.string().nullable(), evidence: z.number().int() }),
});
export const ElementsSchema = z.object({ nodes: z.array(ElementNodeSchema), edges: z.array(ElementEdgeSchema) });
export type Elements = z.infer<typeof ElementsSchema>;

export const NeighborhoodSchema = z.object({ centre: z.string(), elements: ElementsSchema, truncated: z.boolean() });
export const PathsSchema = z.object({ from: z.string(), to: z.string(), paths: z.array(z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) })), elements: ElementsSchema });

function kindOf(node: GraphNode): string | null {
  if (node.label === 'Platform') return node.type;
  if (node.label === 'Department') return node.kind;
  if (node.label === 'Region') return node.kind;
  if (node.label === 'Industry') return node.source;
  if (node.label === 'Task') return node.kind;
  return null;
}

export function toElements(nodes: GraphNode[], edges: GraphEdge[]): Elements {
  return {
    nodes: nodes.map((n) => ({ data: { id: n.id, label: n.label, name: n.name, city: cityOf(n), kind: kindOf(n), plans: n.plans.length } })),
    edges: edges.map((e) => ({
      data: { id: e.id, source: e.source, target: e.target, type: e.type, role: e.type === 'ASSIGNED_TO' ? e.role : null, plan: e.plan ?? null, evidence: e.evidence?.length ?? 0 },
    })),
  };
}

export async function neighborhood(reader: GraphReader, id: string, depth: 1 | 2, labels: Label[] | undefined, limit: number): Promise<z.infer<typeof NeighborhoodSchema>> {
  const result = await reader.store.neighborhood(id, { depth, limit, ...(labels && labels.length > 0 ? { labels } : {}) });
  if (result.nodes.length === 0) throw errors.notFound('node', id);
  return { centre: id, elements: toElements(result.nodes, result.edges), truncated: result.truncated };
}

export async function paths(reader: GraphReader, from: string, to: string, maxLength: number, limit: number): Promise<z.infer<typeof PathsSchema>> {
  const ends = await reader.nodesById([from, to]);
  if (!ends.has(from)) throw errors.notFound('node', from);
  if (!ends.has(to)) throw errors.notFound('node', to);
  const found = await reader.store.shortestPaths(from, to, { maxLength, limit });
  const nodeIds = [...new Set(found.flatMap((p) => p.nodes))];
  const edgeIds = new Set(found.flatMap((p) => p.edges));
  const nodes = await reader.nodesById(nodeIds);
  const edges = (await reader.edges({ from: nodeIds })).filter((e) => edgeIds.has(e.id));
  return { from, to, paths: found, elements: toElements([...nodes.values()], edges) };
}

export const EdgeDetailSchema = z.object({ edge: z.record(z.string(), z.unknown()), source: z.record(z.string(), z.unknown()), target: z.record(z.string(), z.unknown()) });

export async function edgeDetail(reader: GraphReader, id: string): Promise<z.infer<typeof EdgeDetailSchema>> {
  const source = id.split('|')[1];
  const edge = source ? (await reader.edges({ from: [source] })).find((e) => e.id === id) : undefined;
  if (!edge) throw errors.notFound('edge', id);
  const ends = await reader.nodesById([edge.source, edge.target]);
  return { edge, source: ends.get(edge.source) ?? {}, target: ends.get(edge.target) ?? {} };
}
