import { z } from 'zod';
import { STORE_KINDS } from '../../graph/store.ts';
import { defineRoute } from '../http/route.ts';

const VERSION = '0.1.0';

export const HealthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  store: z.object({ kind: z.enum(STORE_KINDS), location: z.string() }),
  counts: z.object({ nodes: z.record(z.string(), z.number()), edges: z.record(z.string(), z.number()) }),
});

export const healthRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/health',
    summary: 'Store kind, node and edge counts, version',
    query: z.object({}).strict(),
    response: HealthSchema,
    async handle({ context }) {
      const counts = await context.store.counts();
      return { status: 'ok' as const, version: VERSION, store: { kind: context.store.kind, location: context.store.location }, counts: { nodes: counts.nodes, edges: counts.edges } };
    },
  }),
];
