/**
 * The API's contract in one place: the zod schemas the routes answer with, and the types inferred from
 * them. The web client imports only types from here (`import type`), which the build erases, so no
 * server code reaches the browser; a change to a schema is a type error in every client that reads it.
 */
import { z } from 'zod';
import { ERROR_CODES } from '../core/errors.ts';
import type { ErrorBody as ServedErrorBody } from './http/errors.ts';
import { HealthSchema } from './routes/health.ts';
import { CodedSentencesSchema } from './routes/instruments.ts';
import { IndicatorsSchema } from './services/indicators.ts';
import { BenchmarkGroupSchema, BenchmarksSchema } from './services/benchmarks.ts';
import { CompareSchema, PeersSchema } from './services/compare.ts';
import { DepartmentDetailSchema, DepartmentListSchema, DepartmentSummarySchema } from './services/departments.ts';
import { DocumentDetailSchema, DocumentListSchema, PlanSummarySchema } from './services/documents.ts';
import { EdgeDetailSchema, ElementsSchema, NeighborhoodSchema, PathsSchema } from './services/graph-view.ts';
import { InstrumentMatrixSchema } from './services/instrument-matrix.ts';
import { CodedSentenceSchema, InstrumentSchemeSchema } from './services/instruments.ts';
import { MatrixSchema } from './services/matrix.ts';
import { OverlapSchema } from './services/overlap.ts';
import { OverviewSchema } from './services/overview.ts';
import { PlanEditBodySchema, PlanInTimeSchema, PlanTimesSchema, SuccessionSchema } from './services/plan-times.ts';
import { SearchResultSchema } from './services/search.ts';
import { TargetsLedgerSchema } from './services/targets.ts';
import { ConceptTimelineSchema, IndicatorTimelineSchema } from './services/timelines.ts';
import { JobResponseSchema, JobSchema, UploadResultSchema } from './services/uploads.ts';
import { EntityRefSchema, EvidenceSchema, PlanRefSchema, TargetRefSchema, TaskRefSchema } from './schemas/common.ts';
import { LabelSchema } from '../graph/schema.ts';

export {
  BenchmarkGroupSchema,
  BenchmarksSchema,
  CompareSchema,
  DepartmentDetailSchema,
  DepartmentListSchema,
  DepartmentSummarySchema,
  DocumentDetailSchema,
  DocumentListSchema,
  EdgeDetailSchema,
  ElementsSchema,
  EntityRefSchema,
  EvidenceSchema,
  HealthSchema,
  IndicatorsSchema,
  JobResponseSchema,
  JobSchema,
  LabelSchema,
  MatrixSchema,
  NeighborhoodSchema,
  OverlapSchema,
  OverviewSchema,
  PathsSchema,
  PeersSchema,
  PlanRefSchema,
  PlanSummarySchema,
  SearchResultSchema,
  TargetRefSchema,
  TargetsLedgerSchema,
  TaskRefSchema,
  UploadResultSchema,
};

/** Every error answer: `{error: {code, message, issues?}}`; clients narrow on `code`. */
export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.string().describe(`one of ${ERROR_CODES.join(', ')}, RATE_LIMITED, INTERNAL`),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

export type Label = z.infer<typeof LabelSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type EntityRef = z.infer<typeof EntityRefSchema>;
export type PlanRef = z.infer<typeof PlanRefSchema>;
export type TaskRef = z.infer<typeof TaskRefSchema>;
export type TargetRef = z.infer<typeof TargetRefSchema>;
export type Health = z.infer<typeof HealthSchema>;
export type Overview = z.infer<typeof OverviewSchema>;
export type Matrix = z.infer<typeof MatrixSchema>;
export type Overlap = z.infer<typeof OverlapSchema>;
export type SearchResult = z.infer<typeof SearchResultSchema>;
export type Compare = z.infer<typeof CompareSchema>;
export type Peers = z.infer<typeof PeersSchema>;
export type BenchmarkGroup = z.infer<typeof BenchmarkGroupSchema>;
export type Benchmarks = z.infer<typeof BenchmarksSchema>;
export type Indicators = z.infer<typeof IndicatorsSchema>;
export type IndicatorSummary = Indicators['indicators'][number];
export type TargetsLedger = z.infer<typeof TargetsLedgerSchema>;
export type DepartmentList = z.infer<typeof DepartmentListSchema>;
export type DepartmentSummary = z.infer<typeof DepartmentSummarySchema>;
export type DepartmentDetail = z.infer<typeof DepartmentDetailSchema>;
export type Elements = z.infer<typeof ElementsSchema>;
export type Neighborhood = z.infer<typeof NeighborhoodSchema>;
export type Paths = z.infer<typeof PathsSchema>;
export type EdgeDetail = z.infer<typeof EdgeDetailSchema>;
export type DocumentList = z.infer<typeof DocumentListSchema>;
export type PlanSummary = z.infer<typeof PlanSummarySchema>;
export type DocumentDetail = z.infer<typeof DocumentDetailSchema>;
export type UploadResult = z.infer<typeof UploadResultSchema>;
export type Job = z.infer<typeof JobSchema>;
export type JobResponse = z.infer<typeof JobResponseSchema>;
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

// The error handler's body and this schema must stay one shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const errorBodyMatches: Same<ErrorBody, ServedErrorBody> = true;
void errorBodyMatches;

// Plans over time, timelines and policy instruments.
export { CodedSentenceSchema, CodedSentencesSchema, ConceptTimelineSchema, IndicatorTimelineSchema, InstrumentMatrixSchema, InstrumentSchemeSchema };
export { PlanEditBodySchema, PlanInTimeSchema, PlanTimesSchema, SuccessionSchema };
export type InstrumentScheme = z.infer<typeof InstrumentSchemeSchema>;
export type InstrumentMatrix = z.infer<typeof InstrumentMatrixSchema>;
export type CodedSentence = z.infer<typeof CodedSentenceSchema>;
export type CodedSentences = z.infer<typeof CodedSentencesSchema>;
export type PlanTimes = z.infer<typeof PlanTimesSchema>;
export type PlanInTime = z.infer<typeof PlanInTimeSchema>;
export type Succession = z.infer<typeof SuccessionSchema>;
/** The body of PATCH /api/documents/:id as a client sends it. */
export type PlanEditBody = z.input<typeof PlanEditBodySchema>;
export type ConceptTimeline = z.infer<typeof ConceptTimelineSchema>;
export type IndicatorTimeline = z.infer<typeof IndicatorTimelineSchema>;
