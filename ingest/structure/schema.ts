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

export const ATTRIBUTION_ROLES = ['lead', 'responsible', 'cooperating', 'joint'] as const;
export const AttributionItemSchema = z.object({
  /** The body as printed, or with a suffix its list shares (盐城经济技术开发区 + 管委会). */
  text: z.string(),
  role: z.enum(ATTRIBUTION_ROLES),
  /**
   * The level prefix an earlier item of the same list carries and this one leaves out: 市 for 科技局 in
   * 市发展改革委、科技局; 市委 for 宣传部 in 市委组织部、宣传部; 各 for 街道办事处 in 各镇人民政府、街道办事处.
   */
  sharedPrefix: z.string().nullable(),
  ...span,
});
export type AttributionItem = z.infer<typeof AttributionItemSchema>;

/** A completion time as printed (2024年12月底前, 持续推进) and the last day it allows, when it names one. */
export const DeadlineSchema = z.object({
  text: z.string(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  ...span,
});
export type Deadline = z.infer<typeof DeadlineSchema>;

export const CarryOverSchema = z.object({ items: z.array(AttributionItemSchema), local: z.boolean() });
export type CarryOver = z.infer<typeof CarryOverSchema>;

export const AttributionSchema = z.object({
  /** The clause as printed, brackets included. */
  raw: z.string(),
  items: z.array(AttributionItemSchema),
  /**
   * “以下…均需X落实，不再列出”: X applies to every later task. `local` means X was given as 各地,
   * i.e. the local governments named in this same clause.
   */
  carryOver: CarryOverSchema.nullable(),
  /** A completion time stated in the same clause (（2024年6月底前完成，牵头单位：市X局）). */
  deadline: DeadlineSchema.nullable(),
  /**
   * `bracket` （责任单位：…）; `line` 责任单位：… on a line of its own; `prose` 由市X局牵头，会同市Y局…;
   * `table` a cell of a task table's 牵头单位 / 责任单位 column.
   */
  form: z.enum(['bracket', 'line', 'prose', 'table']),
  ...span,
});
export type Attribution = z.infer<typeof AttributionSchema>;

export const TaskSchema = z.object({
  index: z.number().int(),
  /** The heading that is this task, or for a row of a task table the section holding the table (if any). */
  section: z.number().int().nullable(),
  /** Unique within the plan: the heading path, or the section's path and the row's number. */
  path: z.string(),
  origin: z.enum(['heading', 'table-row']),
  number: z.string(),
  title: z.string(),
  kind: z.enum(['task', 'safeguard']),
  attributions: z.array(AttributionSchema),
  /** Bodies carried over from an earlier “以下…均需…落实”, with that clause's span. */
  implicit: z.array(AttributionItemSchema),
  deadline: DeadlineSchema.nullable(),
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
  /** `wrapper`: a line of the notice around the plan that names bodies (salutation, signature). */
  kind: z.enum(['text', 'heading', 'attribution', 'table-row', 'wrapper']),
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
