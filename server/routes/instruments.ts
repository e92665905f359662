/** Policy instruments: the scheme with usage, the instrument × city/plan matrix, and the coded sentences (JSON or the CSV coding sheet). */
import { z } from 'zod';
import { InstrumentSideSchema } from '../../graph/schema.ts';
import type { InstrumentScheme } from '../../lexicon/index.ts';
import { defineRoute, RawBody } from '../http/route.ts';
import { asOf, cityName, limit, list, text } from '../schemas/inputs.ts';
import { codingSheetCsv, instrumentMatrix, InstrumentMatrixSchema, MATRIX_COLUMNS } from '../services/instrument-matrix.ts';
import { CodedSentenceSchema, codedSentences, filterCoded, instrumentScheme, InstrumentSchemeSchema } from '../services/instruments.ts';

const cities = list(cityName).optional().describe('comma-separated city names, e.g. 盐城市,泰州市');

export const CodedSentencesSchema = z.object({
  /** How many rows match; `sentences` holds at most `limit` of them from `offset`. */
  total: z.number().int(),
  sentences: z.array(CodedSentenceSchema),
});

export const instrumentRoutes = (scheme: InstrumentScheme) => {
  const instrument = z.enum(scheme.entries.map((e) => e.id) as [string, ...string[]]).describe('instrument subtype id from /api/instruments, e.g. talent');
  return [
    defineRoute({
      method: 'get',
      path: '/api/instruments',
      summary: 'The policy-instrument scheme (supply, demand, environment sides and their subtypes) with how many sentences, plans and cities use each',
      query: z.object({ asOf }).strict(),
      response: InstrumentSchemeSchema,
      handle: async ({ context }) => instrumentScheme(scheme, await codedSentences(context.reader, scheme)),
    }),
    defineRoute({
      method: 'get',
      path: '/api/instruments/matrix',
      summary: 'Instrument × city (or × plan) matrix: coded sentences, tasks and share of the column’s codes per subtype and per side',
      query: z.object({ by: z.enum(MATRIX_COLUMNS).default('city'), cities, asOf }).strict(),
      response: InstrumentMatrixSchema,
      handle: async ({ query, context }) => instrumentMatrix(scheme, filterCoded(await codedSentences(context.reader, scheme), { ...(query.cities ? { cities: query.cities } : {}) }), query.by),
    }),
    defineRoute({
      method: 'get',
      path: '/api/instruments/sentences',
      summary: 'The coded sentences behind a matrix cell — plan, section, task, instrument, cue, sentence with original offsets; format=csv for the whole coding sheet',
      query: z
        .object({
          instrument: instrument.optional(),
          side: InstrumentSideSchema.optional(),
          city: cities,
          plan: text(300).optional().describe('plan id'),
          limit: limit(200, 5000),
          offset: z.coerce.number().int().min(0).default(0),
          format: z.enum(['json', 'csv']).default('json'),
          asOf,
        })
        .strict(),
      response: CodedSentencesSchema,
      async handle({ query, context }) {
        const rows = filterCoded(await codedSentences(context.reader, scheme), {
          ...(query.instrument ? { instrument: query.instrument } : {}),
          ...(query.side ? { side: query.side } : {}),
          ...(query.city ? { cities: query.city } : {}),
          ...(query.plan ? { plan: query.plan } : {}),
        });
        if (query.format === 'csv') return new RawBody('text/csv; charset=utf-8', codingSheetCsv(rows, (side) => scheme.sides.find((s) => s.id === side)?.name ?? side), 'policy-kg-instruments.csv');
        return { total: rows.length, sentences: rows.slice(query.offset, query.offset + query.limit) };
      },
    }),
  ];
};
