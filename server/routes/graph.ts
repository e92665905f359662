import { z } from 'zod';
import { defineRoute } from '../http/route.ts';
import { asOf, flag, labelList, limit, nodeId } from '../schemas/inputs.ts';
import { edgeDetail, EdgeDetailSchema, neighborhood, NeighborhoodSchema, paths, PathsSchema } from '../services/graph-view.ts';

/**
 * What counts as a hub unless asked otherwise: on the seed graph 99% of nodes have at most 33 distinct
 * neighbours; above 40 are the five plans (127–320), 盐城市 (85) and its 工信局 (53) — the nodes nearly
 * every path would otherwise run through.
 */
const HUB_DEGREE = 40;

export const graphRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/graph/neighborhood',
    summary: 'A node’s neighbourhood as Cytoscape elements, size-bounded',
    query: z
      .object({ id: nodeId, depth: z.enum(['1', '2']).default('1').transform((d) => Number(d) as 1 | 2), labels: labelList.optional(), limit: limit(150, 2000), asOf })
      .strict(),
    response: NeighborhoodSchema,
    handle: ({ query, context }) => neighborhood(context.reader, query.id, query.depth, query.labels, query.limit),
  }),
  defineRoute({
    method: 'get',
    path: '/api/graph/path',
    summary: 'Shortest paths between two entities; with k, the k shortest (of increasing length); with avoidHubs, none through nodes of more than hubDegree neighbours',
    query: z
      .object({
        from: nodeId,
        to: nodeId,
        maxLength: z.coerce.number().int().min(1).max(8).default(6),
        limit: limit(5, 20),
        k: z.coerce.number().int().min(1).max(10).optional().describe('the k shortest loopless paths, shortest first'),
        avoidHubs: flag.describe('pass through no node with more than hubDegree distinct neighbours'),
        hubDegree: z.coerce.number().int().min(2).max(100_000).default(HUB_DEGREE).describe('what counts as a hub (with avoidHubs)'),
        asOf,
      })
      .strict(),
    response: PathsSchema,
    handle: ({ query, context }) =>
      paths(context.reader, query.from, query.to, { maxLength: query.maxLength, limit: query.limit, ...(query.k ? { k: query.k } : {}), ...(query.avoidHubs ? { hubDegree: query.hubDegree } : {}) }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/graph/edge',
    summary: 'One edge with all its evidence and both ends',
    query: z.object({ id: z.string().min(1).max(1500) }).strict(),
    response: EdgeDetailSchema,
    handle: ({ query, context }) => edgeDetail(context.reader, query.id),
  }),
];
