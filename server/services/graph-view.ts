/**
 * Graph neighbourhoods and paths as Cytoscape elements. Evidence stays on the server (it can be large);
 * each edge says how many citations it has and the client asks for them with /api/graph/edge.
 */
import { z } from 'zod';
import { errors } from '../../core/errors.ts';
import { GraphEdgeSchema, GraphNodeSchema, LabelSchema, type GraphEdge, type GraphNode, type Label } from '../../graph/schema.ts';
import type { GraphReader } from './graph-reader.ts';
import { kShortestPaths, type PathSearch } from './graph-paths.ts';
import { cityOf } from './refs.ts';

export const ElementNodeSchema = z.object({
  data: z.object({
    id: z.string(),
    label: LabelSchema,
    name: z.string(),
    /** A task's or section's city is its plan's, so filters by city apply to them too. */
    city: z.string().nullable(),
    kind: z.string().nullable(),
    plans: z.number().int(),
    /** The plan a task, section or target belongs to. */
    plan: z.string().nullable(),
  }),
});
export const ElementEdgeSchema = z.object({
  data: z.object({ id: z.string(), source: z.string(), target: z.string(), type: z.string(), role: z.string().nullable(), plan: z.string().nullable(), evidence: z.number().int() }),
});
export const ElementsSchema = z.object({ nodes: z.array(ElementNodeSchema), edges: z.array(ElementEdgeSchema) });
export type Elements = z.infer<typeof ElementsSchema>;

export const NeighborhoodSchema = z.object({ centre: z.string(), elements: ElementsSchema, truncated: z.boolean() });
export const PathsSchema = z.object({
  from: z.string(),
  to: z.string(),
  paths: z.array(z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) })),
  elements: ElementsSchema,
  /** Hubs met and not passed through (only when hubs are avoided). */
  avoided: z.array(z.string()).optional(),
});

function kindOf(node: GraphNode): string | null {
  if (node.label === 'Platform') return node.type;
  if (node.label === 'Department') return node.kind;
  if (node.label === 'Region') return node.kind;
  if (node.label === 'Industry') return node.source;
  if (node.label === 'Task') return node.kind;
  return null;
}

function planOf(node: GraphNode): string | null {
  return node.label === 'Task' || node.label === 'Section' || node.label === 'Target' ? node.plan : null;
}

async function toElements(reader: GraphReader, nodes: GraphNode[], edges: GraphEdge[]): Promise<Elements> {
  const needsPlan = nodes.some((n) => cityOf(n) === null && planOf(n) !== null);
  const planCity = new Map(needsPlan ? (await reader.plans()).map((p) => [p.id, p.city]) : []);
  const city = (n: GraphNode) => cityOf(n) ?? planCity.get(planOf(n) ?? '') ?? null;
  return {
    nodes: nodes.map((n) => ({ data: { id: n.id, label: n.label, name: n.name, city: city(n), kind: kindOf(n), plans: n.plans.length, plan: planOf(n) } })),
    edges: edges.map((e) => ({
      data: { id: e.id, source: e.source, target: e.target, type: e.type, role: e.type === 'ASSIGNED_TO' ? e.role : null, plan: e.plan ?? null, evidence: e.evidence?.length ?? 0 },
    })),
  };
}

export async function neighborhood(reader: GraphReader, id: string, depth: 1 | 2, labels: Label[] | undefined, limit: number): Promise<z.infer<typeof NeighborhoodSchema>> {
  const result = await reader.store.neighborhood(id, { depth, limit, ...(labels && labels.length > 0 ? { labels } : {}) });
  if (result.nodes.length === 0) throw errors.notFound('node', id);
  return { centre: id, elements: await toElements(reader, result.nodes, result.edges), truncated: result.truncated };
}

export interface PathQuery {
  maxLength: number;
  /** Equal-length shortest paths to list (the store's query), when neither k nor hub avoidance is asked. */
  limit: number;
  /** The k shortest paths, of increasing length. */
  k?: number;
  /** Pass through no node with more distinct neighbours than this. */
  hubDegree?: number;
}

export async function paths(reader: GraphReader, from: string, to: string, query: PathQuery): Promise<z.infer<typeof PathsSchema>> {
  const ends = await reader.nodesById([from, to]);
  if (!ends.has(from)) throw errors.notFound('node', from);
  if (!ends.has(to)) throw errors.notFound('node', to);
  const search: PathSearch | null = query.k !== undefined || query.hubDegree !== undefined ? { maxLength: query.maxLength, k: query.k ?? 1, hubDegree: query.hubDegree ?? null } : null;
  const result = search ? await kShortestPaths(reader, from, to, search) : { paths: await reader.store.shortestPaths(from, to, { maxLength: query.maxLength, limit: query.limit }) };
  const found = result.paths;
  const nodeIds = [...new Set(found.flatMap((p) => p.nodes))];
  const edgeIds = new Set(found.flatMap((p) => p.edges));
  const nodes = await reader.nodesById(nodeIds);
  const edges = (await reader.edges({ from: nodeIds })).filter((e) => edgeIds.has(e.id));
  const avoided = 'avoided' in result && query.hubDegree !== undefined ? { avoided: result.avoided } : {};
  return { from, to, paths: found, elements: await toElements(reader, [...nodes.values()], edges), ...avoided };
}

export const EdgeDetailSchema = z.object({ edge: GraphEdgeSchema, source: GraphNodeSchema, target: GraphNodeSchema });

export async function edgeDetail(reader: GraphReader, id: string): Promise<z.infer<typeof EdgeDetailSchema>> {
  const source = id.split('|')[1];
  const edge = source ? (await reader.edges({ from: [source] })).find((e) => e.id === id) : undefined;
  if (!edge) throw errors.notFound('edge', id);
  const ends = await reader.nodesById([edge.source, edge.target]);
  const [from, to] = [ends.get(edge.source), ends.get(edge.target)];
  // A store keeps no edge without both ends; a missing one means the graph changed mid-request.
  if (!from || !to) throw errors.notFound('edge', id);
  return { edge, source: from, target: to };
}
