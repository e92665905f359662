import { z } from 'zod';
import { defineRoute } from '../http/route.ts';
import { asOf, labelList, limit, nodeId } from '../schemas/inputs.ts';
import { edgeDetail, EdgeDetailSchema, neighborhood, NeighborhoodSchema, paths, PathsSchema } from '../services/graph-view.ts';

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
    summary: 'Shortest paths between two entities',
    query: z.object({ from: nodeId, to: nodeId, maxLength: z.coerce.number().int().min(1).max(8).default(6), limit: limit(5, 20), asOf }).strict(),
    response: PathsSchema,
    handle: ({ query, context }) => paths(context.reader, query.from, query.to, query.maxLength, query.limit),
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
