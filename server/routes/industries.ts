import { z } from 'zod';
import type { Lexicon } from '../../lexicon/index.ts';
import { defineRoute } from '../http/route.ts';
import { asOf, cityName, flag, limit, list, text } from '../schemas/inputs.ts';
import { matrix, MATRIX_LABELS, MatrixSchema } from '../services/matrix.ts';
import { overlap, OVERLAP_CITY_LIMIT, OverlapSchema } from '../services/overlap.ts';

/** The lexicon says which concepts are related (lexicon/related-concepts.ts). */
export const industryRoutes = (lexicon: Lexicon) => [
  defineRoute({
    method: 'get',
    path: '/api/overlap',
    summary: 'Which cities plan for a concept, in what words, with which tasks, bodies, enterprises, platforms and targets',
    query: z
      .object({
        concept: text(100).describe('industry concept or wording, e.g. 氢能'),
        related: flag.describe('include narrower industries and related concepts (海洋装备 for 海工装备), each match marked by kind'),
        limit: limit(OVERLAP_CITY_LIMIT, 1000).describe('at most this many cities, those with the most sentences first (citiesTotal tells how many mention it)'),
        asOf,
      })
      .strict(),
    response: OverlapSchema,
    handle: ({ query, context }) => overlap(context.reader, query.concept, query.related, query.limit, lexicon),
  }),
  defineRoute({
    method: 'get',
    path: '/api/matrix',
    summary: 'Concept × city matrix with set operations',
    query: z.object({ label: z.enum(MATRIX_LABELS).default('Industry'), cities: list(cityName).optional(), asOf }).strict(),
    response: MatrixSchema,
    handle: ({ query, context }) => matrix(context.reader, query.label, query.cities),
  }),
];
