import { z } from 'zod';
import { ASSIGNMENT_ROLES, InstrumentSideSchema, PLATFORM_TYPES, REGION_KINDS, targetFactShape } from '../../graph/schema.ts';
import { SegmentedDocumentSchema } from '../segment/index.ts';

/** Where a wording sits: normalised offsets and the sentence it belongs to. */
const located = {
  surface: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  sentence: z.number().int(),
};

export const IndustryMentionSchema = z.object({
  ...located,
  /** The lexicon concept the wording names, when it is a concept name or synonym. */
  concept: z.string().nullable(),
  /** The plan's own industry name (from its tables) when it is not a lexicon wording. */
  documentTerm: z.string().nullable(),
});

export const DepartmentMentionSchema = z.object({
  ...located,
  context: z.enum(['attribution', 'text', 'table']),
  /** Index of the task and attribution clause this item belongs to, for attribution mentions. */
  task: z.number().int().nullable(),
  role: z.enum(ASSIGNMENT_ROLES).nullable(),
  /** The level prefix the item's list shares with it (市 for 科技局 after 市发展改革委). */
  sharedPrefix: z.string().nullable(),
});

export const EnterpriseMentionSchema = z.object({ ...located, known: z.string().nullable() });

export const PlatformMentionSchema = z.object({
  ...located,
  type: z.enum(PLATFORM_TYPES),
  /** Canonical name when the lexicon knows it (a zone of the plan's city, a known institute). */
  canonical: z.string().nullable(),
  scope: z.string().nullable(),
  region: z.string().nullable(),
});

export const PlaceMentionSchema = z.object({ ...located, region: z.string(), kind: z.enum(REGION_KINDS) });
export const CityMentionSchema = z.object({ ...located, city: z.string() });

export const TargetCandidateSchema = z.object({
  ...targetFactShape,
  /** Span of the clause stating the target, and of its subject wording. */
  start: z.number().int(),
  end: z.number().int(),
  sentence: z.number().int(),
  subjectStart: z.number().int(),
  subjectEnd: z.number().int(),
  /** A table row's cells read as a sentence with their headers, for the citation. */
  reading: z.string().optional(),
});
export type TargetCandidate = z.infer<typeof TargetCandidateSchema>;

/** Facts a table row states about its subject: which region hosts it, which department oversees it. */
export const TableFactSchema = z.object({
  table: z.number().int(),
  row: z.number().int(),
  sentence: z.number().int(),
  industry: z.object({ surface: z.string(), start: z.number().int(), end: z.number().int() }).nullable(),
  place: z.object({ surface: z.string(), start: z.number().int(), end: z.number().int() }).nullable(),
  department: z.object({ surface: z.string(), start: z.number().int(), end: z.number().int() }).nullable(),
  group: z.string().nullable(),
});
export type TableFact = z.infer<typeof TableFactSchema>;

/** A sentence coded with a policy instrument: the cue that decided it and where (normalised offsets). */
export const InstrumentCodeSchema = z.object({
  sentence: z.number().int(),
  instrument: z.object({ code: z.string(), side: InstrumentSideSchema, name: z.string() }),
  cue: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export type InstrumentCode = z.infer<typeof InstrumentCodeSchema>;

export const ExtractionSchema = z.object({
  segmented: SegmentedDocumentSchema,
  industries: z.array(IndustryMentionSchema),
  /** The plan's own industry names, from its tables' industry columns and group rows. */
  documentIndustries: z.array(z.object({ term: z.string(), group: z.string().nullable() })),
  departments: z.array(DepartmentMentionSchema),
  enterprises: z.array(EnterpriseMentionSchema),
  platforms: z.array(PlatformMentionSchema),
  places: z.array(PlaceMentionSchema),
  cities: z.array(CityMentionSchema),
  targets: z.array(TargetCandidateSchema),
  tableFacts: z.array(TableFactSchema),
  instruments: z.array(InstrumentCodeSchema),
});
export type Extraction = z.infer<typeof ExtractionSchema>;
export type IndustryMention = z.infer<typeof IndustryMentionSchema>;
export type DepartmentMention = z.infer<typeof DepartmentMentionSchema>;
export type EnterpriseMention = z.infer<typeof EnterpriseMentionSchema>;
export type PlatformMention = z.infer<typeof PlatformMentionSchema>;
export type PlaceMention = z.infer<typeof PlaceMentionSchema>;
export type CityMention = z.infer<typeof CityMentionSchema>;
