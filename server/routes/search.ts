import { z } from 'zod';
import { defineRoute } from '../http/route.ts';
import { asOf, cityName, LabelSchema, limit, text } from '../schemas/inputs.ts';
import { search, SearchResultSchema } from '../services/search.ts';

export const searchRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/search',
    summary: 'Entities by name or alias (prefix and substring), ranked',
    query: z.object({ q: text(100), label: LabelSchema.optional(), city: cityName.optional(), limit: limit(20, 100), asOf }).strict(),
    response: SearchResultSchema,
    handle: ({ query, context }) => search(context.reader, query),
  }),
];
