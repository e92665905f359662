/**
 * Plans over time: their dates, status and succession (and where each stands on a day), the hand edit
 * of a plan's dates and status, and the timelines of a concept and of an indicator.
 */
import { z } from 'zod';
import type { Lexicon } from '../../lexicon/index.ts';
import { defineRoute } from '../http/route.ts';
import { asOf, cityName, flag, list, nodeId, text } from '../schemas/inputs.ts';
import { editPlan, PlanEditBodySchema, PlanInTimeSchema, planTimes, PlanTimesSchema } from '../services/plan-times.ts';
import { conceptTimeline, ConceptTimelineSchema, indicatorTimeline, IndicatorTimelineSchema } from '../services/timelines.ts';
import { timeModelFor, timeModelOf } from '../services/time-view.ts';

export const timeRoutes = (lexicon: Lexicon) => {
  const vocabulary = lexicon.succession;
  return [
    defineRoute({
      method: 'get',
      path: '/api/plans/time',
      summary: 'Every plan’s issue date, period, status (hand edits marked, the text’s reading beside them), succession with its reasons, where each stands on asOf, and the days the plans in force change',
      query: z.object({ asOf }).strict(),
      response: PlanTimesSchema,
      handle: async ({ query, context }) => planTimes(await timeModelOf(context.store, vocabulary), query.asOf),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/documents/:id',
      summary: 'Correct a plan’s issue date, period or status by hand (null: it has none), or revert fields to what the text says; kept when the file is ingested again',
      params: z.object({ id: nodeId }),
      body: PlanEditBodySchema,
      response: PlanInTimeSchema,
      async handle({ params, body, context }) {
        await editPlan(context.store, vocabulary, params.id, body, new Date());
        const entry = planTimes(await timeModelOf(context.store, vocabulary), undefined).plans.find((p) => p.id === params.id);
        return entry as z.infer<typeof PlanInTimeSchema>;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/timelines/concept',
      summary: 'Who planned for a concept first and who followed: each city’s plans naming it in date order, years after the first city (asOf: of the plans in force that day)',
      query: z.object({ concept: text(100).describe('industry concept or wording, e.g. 氢能'), related: flag.describe('include narrower industries'), asOf }).strict(),
      response: ConceptTimelineSchema,
      handle: async ({ query, context }) => conceptTimeline(context.reader, await timeModelFor(context.reader.store, vocabulary), query.concept, query.related),
    }),
    defineRoute({
      method: 'get',
      path: '/api/timelines/indicator',
      summary: 'Each city’s targets for an indicator by target year and plan date, with the targets a later plan raised or lowered (asOf: of the plans in force that day)',
      query: z.object({ indicator: text(100).describe('indicator id from /api/indicators, e.g. rd-intensity'), cities: list(cityName).optional(), asOf }).strict(),
      response: IndicatorTimelineSchema,
      handle: async ({ query, context }) => indicatorTimeline(context.reader, await timeModelFor(context.reader.store, vocabulary), lexicon.indicators, query.indicator, query.cities),
    }),
  ];
};
