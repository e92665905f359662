import { z } from 'zod';
import type { IndicatorCatalogue } from '../../lexicon/index.ts';
import { defineRoute } from '../http/route.ts';
import { asOf, cityName } from '../schemas/inputs.ts';
import { compare, CompareSchema, peers, PeersSchema } from '../services/compare.ts';
import { overview, OverviewSchema } from '../services/overview.ts';

export const cityRoutes = (catalogue: IndicatorCatalogue) => [
  defineRoute({
    method: 'get',
    path: '/api/overview',
    summary: 'The cities side by side: plans and counts of tasks, bodies, industries, enterprises, platforms, targets',
    query: z.object({ asOf }).strict(),
    response: OverviewSchema,
    handle: ({ context }) => overview(context.reader),
  }),
  defineRoute({
    method: 'get',
    path: '/api/compare',
    summary: 'Two cities: shared and unique industry concepts, similarity, comparable targets',
    query: z.object({ a: cityName, b: cityName, asOf }).strict(),
    response: CompareSchema,
    handle: ({ query, context }) => compare(context.reader, catalogue, query.a, query.b),
  }),
  defineRoute({
    method: 'get',
    path: '/api/peers',
    summary: 'Every other city ranked by similarity of its industry portfolio',
    query: z.object({ city: cityName, asOf }).strict(),
    response: PeersSchema,
    handle: ({ query, context }) => peers(context.reader, query.city),
  }),
];
