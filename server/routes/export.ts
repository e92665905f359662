import { z } from 'zod';
import { GraphSchema } from '../../graph/schema.ts';
import { defineRoute, RawBody } from '../http/route.ts';
import { asOf } from '../schemas/inputs.ts';
import { edgesCsv, nodesCsv, toGraphML } from '../services/export-formats.ts';

export const exportRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/export',
    summary: 'The whole graph as JSON, GraphML (Gephi, Cytoscape desktop) or CSV (nodes or edges)',
    query: z.object({ format: z.enum(['json', 'graphml', 'csv']).default('json'), part: z.enum(['nodes', 'edges']).default('nodes'), asOf }).strict(),
    response: GraphSchema,
    async handle({ query, context }) {
      const graph = await context.reader.store.exportGraph();
      if (query.format === 'graphml') return new RawBody('application/graphml+xml; charset=utf-8', toGraphML(graph), 'policy-kg.graphml');
      if (query.format === 'csv') return new RawBody('text/csv; charset=utf-8', query.part === 'nodes' ? nodesCsv(graph) : edgesCsv(graph), `policy-kg-${query.part}.csv`);
      return graph;
    },
  }),
];
