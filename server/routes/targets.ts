/** Targets: the ledger (JSON or CSV), the indicator catalogue with counts, and benchmark groups across cities. */
import { z } from 'zod';
import type { IndicatorCatalogue } from '../../lexicon/index.ts';
import { defineRoute, RawBody } from '../http/route.ts';
import { asOf, cityName, flag, limit, list, text } from '../schemas/inputs.ts';
import { benchmarks, BenchmarksSchema } from '../services/benchmarks.ts';
import { indicators, IndicatorsSchema } from '../services/indicators.ts';
import { allTargets, filterTargets, targetsCsv, targetsLedger, TargetsLedgerSchema } from '../services/targets.ts';

const indicatorId = text(100).describe('indicator id from /api/indicators, e.g. rd-intensity');
const cities = list(cityName).optional().describe('comma-separated city names, e.g. 盐城市,泰州市');

export const targetRoutes = (catalogue: IndicatorCatalogue) => [
  defineRoute({
    method: 'get',
    path: '/api/benchmarks',
    summary: 'Comparable targets across cities, per indicator, scope and unit basis, with years, flags and evidence; unmatched targets listed',
    query: z
      .object({
        indicator: indicatorId.optional(),
        cities,
        metric: text(100).optional().describe('words in the indicator name, the scope or the unit'),
        all: flag.describe('include groups only one city sets (always so with an indicator)'),
        asOf,
      })
      .strict(),
    response: BenchmarksSchema,
    handle: ({ query, context }) => benchmarks(context.reader, catalogue, query),
  }),
  defineRoute({
    method: 'get',
    path: '/api/indicators',
    summary: 'The indicator catalogue: definitions, look-alikes, and how many targets and cities set each',
    query: z.object({ asOf }).strict(),
    response: IndicatorsSchema,
    handle: ({ context }) => indicators(context.reader, catalogue),
  }),
  defineRoute({
    method: 'get',
    path: '/api/targets',
    summary: 'The targets ledger, filtered by city, plan, indicator (or none) and year; format=csv for a spreadsheet',
    query: z
      .object({
        city: cities,
        plan: text(300).optional().describe('plan id, e.g. plan:taizhou-key-industry-chains-action-plan'),
        indicator: indicatorId.optional().describe('indicator id, or none for targets no indicator fits'),
        year: z.coerce.number().int().min(1949).max(2100).optional(),
        limit: limit(500, 5000),
        offset: z.coerce.number().int().min(0).default(0),
        format: z.enum(['json', 'csv']).default('json'),
        asOf,
      })
      .strict(),
    response: TargetsLedgerSchema,
    async handle({ query, context }) {
      const filter = { ...(query.city ? { cities: query.city } : {}), ...(query.plan ? { plan: query.plan } : {}), ...(query.indicator ? { indicator: query.indicator } : {}), ...(query.year !== undefined ? { year: query.year } : {}) };
      if (query.format === 'csv') {
        const targets = filterTargets(await allTargets(context.reader), filter);
        return new RawBody('text/csv; charset=utf-8', targetsCsv(targets, (id) => catalogue.byId.get(id)?.name ?? id), 'policy-kg-targets.csv');
      }
      return targetsLedger(context.reader, filter, { limit: query.limit, offset: query.offset });
    },
  }),
];
