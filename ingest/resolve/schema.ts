import { z } from 'zod';
import { AssignmentRoleSchema, GraphNodeSchema, LabelSchema } from '../../graph/schema.ts';
import { ExtractionSchema, TargetCandidateSchema } from '../extract/schema.ts';

/** One wording of an entity in the text, now tied to the entity it names. */
export const ResolvedMentionSchema = z.object({
  entity: z.string(),
  label: LabelSchema,
  surface: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  sentence: z.number().int(),
});
export type ResolvedMention = z.infer<typeof ResolvedMentionSchema>;

/** A body named in a task's responsibility clause. */
export const AssignmentSchema = z.object({
  task: z.number().int(),
  department: z.string(),
  role: AssignmentRoleSchema,
  /** The clause (normalised offsets) that assigns it. */
  start: z.number().int(),
  end: z.number().int(),
  surface: z.string(),
});
export type Assignment = z.infer<typeof AssignmentSchema>;

/** A relation between two resolved entities stated by one sentence (or table row). */
export const StatedRelationSchema = z.object({
  source: z.string(),
  target: z.string(),
  sentence: z.number().int(),
});
export type StatedRelation = z.infer<typeof StatedRelationSchema>;

export const ResolvedDocumentSchema = z.object({
  extraction: ExtractionSchema,
  /** Entities named by the plan (cities, regions, departments, industries, enterprises, platforms). */
  entities: z.array(GraphNodeSchema),
  mentions: z.array(ResolvedMentionSchema),
  assignments: z.array(AssignmentSchema),
  /** Narrower → broader industry links: from the lexicon, from wording, or from a table's grouping. */
  broader: z.array(z.object({ source: z.string(), target: z.string(), origin: z.enum(['lexicon', 'wording', 'table']), sentence: z.number().int().nullable() })),
  hosts: z.array(StatedRelationSchema),
  oversees: z.array(StatedRelationSchema),
  /** Where a platform or enterprise is, from the gazetteer (sentence null) or its name. */
  locatedIn: z.array(z.object({ source: z.string(), target: z.string(), sentence: z.number().int().nullable() })),
  partOf: z.array(z.object({ source: z.string(), target: z.string() })),
  targets: z.array(TargetCandidateSchema.extend({ subjectEntity: z.string().nullable() })),
  warnings: z.array(z.string()),
});
export type ResolvedDocument = z.infer<typeof ResolvedDocumentSchema>;
