import { z } from 'zod';
import { CITY_CUES, IsoDateSchema, PERIOD_BASES, PLAN_METADATA_FIELDS } from '../../graph/schema.ts';
import { NormalisedDocumentSchema } from '../normalise/index.ts';

/** Offsets in this stage and after index the normalised text; `link` maps them back to the original. */
const span = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };

export const SECTION_ROLES = ['task', 'safeguard', 'goal', 'retrospective', 'other'] as const;

export const SectionSchema = z.object({
  index: z.number().int(),
  parent: z.number().int().nullable(),
  /** Numbers from the root, e.g. `二/（一）/1`; unique within the plan. */
  path: z.string(),
  number: z.string(),
  title: z.string(),
  level: z.number().int().nonnegative(),
  kind: z.enum(['heading', 'column', 'annex', 'table']),
  role: z.enum(SECTION_ROLES),
  /** The heading line carries body text after its title (`1．科学精准定位。按照…`). */
  inlineBody: z.boolean(),
  ...span,
});
export type Section = z.infer<typeof SectionSchema>;

export const ATTRIBUTION_ROLES = ['lead', 'responsible', 'joint'] as const;
export const AttributionItemSchema = z.object({
  text: z.string(),
  role: z.enum(ATTRIBUTION_ROLES),
  ...span,
});
export type AttributionItem = z.infer<typeof AttributionItemSchema>;

export const AttributionSchema = z.object({
  /** The clause as printed, brackets included. */
  raw: z.string(),
  items: z.array(AttributionItemSchema),
  /**
   * “以下…均需X落实，不再列出”: X applies to every later task. `local` means X was given as 各地,
   * i.e. the local governments named in this same clause.
   */
  carryOver: z.object({ items: z.array(AttributionItemSchema), local: z.boolean() }).nullable(),
  /** Stated in running text (市工业和信息化局负责…会同市统计局…) rather than in a bracketed clause. */
  prose: z.boolean(),
  ...span,
});
export type Attribution = z.infer<typeof AttributionSchema>;

export const TaskSchema = z.object({
  index: z.number().int(),
  section: z.number().int(),
  number: z.string(),
  title: z.string(),
  kind: z.enum(['task', 'safeguard']),
  attributions: z.array(AttributionSchema),
  /** Bodies carried over from an earlier task's “以下…均需…落实”, with that clause's span. */
  implicit: z.array(AttributionItemSchema),
  ...span,
});
export type Task = z.infer<typeof TaskSchema>;

export const TableCellSchema = z.object({ text: z.string(), ...span });
export type TableCell = z.infer<typeof TableCellSchema>;
export const TableRowSchema = z.object({ cells: z.array(TableCellSchema), group: z.string().nullable(), ...span });
export type TableRow = z.infer<typeof TableRowSchema>;
export const TableSchema = z.object({
  index: z.number().int(),
  title: z.string(),
  section: z.number().int().nullable(),
  header: z.array(TableCellSchema),
  rows: z.array(TableRowSchema),
  ...span,
});
export type Table = z.infer<typeof TableSchema>;

export const SentenceSchema = z.object({
  index: z.number().int(),
  text: z.string(),
  kind: z.enum(['text', 'heading', 'attribution', 'table-row']),
  section: z.number().int().nullable(),
  task: z.number().int().nullable(),
  table: z.number().int().nullable(),
  row: z.number().int().nullable(),
  ...span,
});
export type Sentence = z.infer<typeof SentenceSchema>;

export { CITY_CUES, PERIOD_BASES };
export type CityCue = (typeof CITY_CUES)[number];

/** A value read off the text, with its normalised offsets. */
export const LocatedSchema = z.object({ text: z.string(), ...span });
export type Located = z.infer<typeof LocatedSchema>;

/** For each inferred value, where it was read. */
export const MetadataSourcesSchema = z.partialRecord(z.enum(PLAN_METADATA_FIELDS), LocatedSchema);

export const DocumentMetaSchema = z.object({
  /** The plan's own title: inside 《》 of its notice, or its first line — never the notice, a salutation or a site heading. */
  title: z.string(),
  /** The division the plan belongs to (a county-level city's plan is that city's), or null. */
  city: z.string().nullable(),
  cityCue: z.enum(CITY_CUES).nullable(),
  genre: z.string().nullable(),
  /** The printed status (征求意见稿, 送审稿, 试行 …), else 印发 when the document shows it was issued, else null. */
  status: z.string().nullable(),
  period: z.tuple([z.number().int(), z.number().int()]).nullable(),
  periodBasis: z.enum(PERIOD_BASES).nullable(),
  /** The body that issued the document (signature block, information table), and every issuing body named. */
  issuer: z.string().nullable(),
  issuers: z.array(z.object({ name: z.string(), ...span })),
  /** ISO 8601 at the precision printed: 2023-12-15, or 2021-04. */
  issued: IsoDateSchema.nullable(),
  documentNumber: z.string().nullable(),
  sources: MetadataSourcesSchema,
  /** The plan's own text; the notice and website lines around it lie outside. */
  body: z.object(span),
});
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;

export const StructuredDocumentSchema = z.object({
  normalised: NormalisedDocumentSchema,
  meta: DocumentMetaSchema,
  sections: z.array(SectionSchema),
  tasks: z.array(TaskSchema),
  tables: z.array(TableSchema),
  sentences: z.array(SentenceSchema),
});
export type StructuredDocument = z.infer<typeof StructuredDocumentSchema>;
