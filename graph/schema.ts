/**
 * The graph model. Every node and edge type is a zod schema; TypeScript types are inferred from
 * them, and the label / relationship allowlists used by the Neo4j store come from here too.
 */
import { z } from 'zod';

export const LABELS = [
  'City', 'Region', 'Plan', 'Section', 'Task', 'Department', 'Industry', 'Enterprise', 'Platform', 'Target', 'Instrument',
] as const;
export const LabelSchema = z.enum(LABELS);
export type Label = z.infer<typeof LabelSchema>;

/**
 * A citation: `plan` is the Plan id; `start`/`end` index the decoded original file (UTF-16 code units,
 * as JavaScript strings count) so that `original.slice(start, end) === text`. `quote` is the same
 * sentence after normalisation (hard wraps and page numbers removed), present only where it differs
 * from `text`; `term` is the wording that triggered the fact, when there is one.
 */
export const EvidenceSchema = z.object({
  plan: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  quote: z.string().optional(),
  term: z.string().optional(),
  /** A table cell read as a sentence with its row and column headers (氢能 2027年销售收入目标 16亿元). */
  reading: z.string().optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

const nodeBase = {
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()).optional(),
  /** Plans whose text supports this node; a node no plan supports is removed. */
  plans: z.array(z.string()),
};

const cityName = z.string().nullable();

/** GB/T 2260 divisions: a municipality is a province and a city at once. */
export const DIVISION_KINDS = ['province', 'municipality', 'prefecture', 'county-city', 'county', 'district'] as const;

/** A division that issues plans of its own: a prefecture-level city, a municipality, a county-level city, a county or a district. */
export const CityNodeSchema = z.object({
  ...nodeBase,
  label: z.literal('City'),
  province: z.string().nullable(),
  short: z.string(),
  /** Null for a city the gazetteer does not know. */
  kind: z.enum(DIVISION_KINDS).nullable(),
  /** GB/T 2260 code (320281 for 江阴市). */
  code: z.string().nullable(),
  /** The prefecture-level city a county-level division belongs to (无锡市 for 江阴市). */
  prefecture: z.string().nullable(),
});

export const REGION_KINDS = ['county', 'county-city', 'district', 'zone', 'area'] as const;
export const RegionNodeSchema = z.object({
  ...nodeBase,
  label: z.literal('Region'),
  city: cityName,
  kind: z.enum(REGION_KINDS),
});

/** Where a plan's city came from, strongest first: its title, its issuer, its own organs named in the body, its counties, 我市 with one city named, the 文号 prefix. */
export const CITY_CUES = ['title', 'issuer', 'organs', 'regions', 'named', 'document-number'] as const;
/** How a plan's period was read (see docs/graph-schema.md). */
export const PERIOD_BASES = ['title-range', 'five-year-plan', 'title-year', 'issue-year', 'targets'] as const;
/** The plan properties that keep where in the text they were read. */
export const PLAN_METADATA_FIELDS = ['title', 'city', 'issuer', 'issued', 'documentNumber', 'period', 'status'] as const;
/** An ISO 8601 date at the precision printed (or known, for a hand edit): 2023-12-15, or 2021-04 when only the month is; never a day the calendar lacks. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'a date as YYYY-MM-DD or YYYY-MM')
  .refine((date) => {
    const day = Date.parse(`${date}T00:00:00Z`);
    return date.length === 7 || (!Number.isNaN(day) && new Date(day).toISOString().startsWith(date));
  }, 'no such day');

/** The time fields of a plan a user may correct by hand (graph/plan-edits.ts). */
export const EDITABLE_PLAN_FIELDS = ['issued', 'period', 'status'] as const;
const planYear = z.number().int().min(1949).max(2100);
/** The values a user may set; null states that the plan has none (no issue date printed, no period). */
export const PlanEditValuesSchema = z.object({
  issued: IsoDateSchema.nullable(),
  period: z.tuple([planYear, planYear]).refine(([start, end]) => start <= end, 'a period ends no earlier than it starts').nullable(),
  status: z.string().trim().min(1).max(20).nullable(),
});
const editOf = <T extends z.ZodType>(value: T) => z.object({ value, at: z.iso.datetime() });
/** As stored on the Plan node: each edited field with its value and when it was set. */
export const PlanEditsSchema = z.object({
  issued: editOf(PlanEditValuesSchema.shape.issued).optional(),
  period: editOf(PlanEditValuesSchema.shape.period).optional(),
  status: editOf(PlanEditValuesSchema.shape.status).optional(),
});

export const PlanNodeSchema = z.object({
  ...nodeBase,
  label: z.literal('Plan'),
  city: cityName,
  cityCue: z.enum(CITY_CUES).nullable(),
  title: z.string(),
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  encoding: z.string(),
  genre: z.string().nullable(),
  /** As printed (征求意见稿, 送审稿, 试行 …), else 印发 when the document shows it was issued, else null. */
  status: z.string().nullable(),
  period: z.tuple([z.number().int(), z.number().int()]).nullable(),
  periodBasis: z.enum(PERIOD_BASES).nullable(),
  /** The body that issued the document; `issuers` lists every issuing body named, `issuer` first. */
  issuer: z.string().nullable(),
  issuers: z.array(z.string()),
  issued: IsoDateSchema.nullable(),
  /** 文号, e.g. 澄政办发〔2023〕66号. */
  documentNumber: z.string().nullable(),
  /** For each inferred property, where it was read: offsets in the decoded original, `original.slice(start, end) === text`. */
  provenance: z.partialRecord(z.enum(PLAN_METADATA_FIELDS), z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string() })),
  characters: z.number().int().nonnegative(),
  /** Fields corrected by hand, each with its value and when (graph/plan-edits.ts); they outlive a new reading of the file. */
  edits: PlanEditsSchema.optional(),
});

export const SectionNodeSchema = z.object({
  ...nodeBase,
  label: z.literal('Section'),
  plan: z.string(),
  number: z.string(),
  title: z.string(),
  level: z.number().int().nonnegative(),
  kind: z.enum(['heading', 'column', 'annex', 'table']),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const TaskNodeSchema = z.object({
  ...nodeBase,
  label: z.literal('Task'),
  plan: z.string(),
  /** As printed: `1`, `（一）`. */
  number: z.string(),
  title: z.string(),
  section: z.string().nullable(),
  kind: z.enum(['task', 'safeguard']),
  /** Completion time as printed (`2024年12月底前`, `持续推进`) and, where it names one, the last day it allows. */
  deadline: z.string().optional(),
  deadlineDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const DEPARTMENT_TYPES = [
  'government', 'party', 'people-congress', 'cppcc', 'court', 'procuratorate', 'mass-organisation', 'central-branch', 'leading-group', 'collective',
  'state-owned-enterprise', 'leadership', 'other',
] as const;
export const DepartmentNodeSchema = z.object({
  ...nodeBase,
  label: z.literal('Department'),
  city: cityName,
  province: z.string().nullable(),
  level: z.enum(['national', 'province', 'city', 'county', 'zone']),
  /** What kind of body this is across cities (`工业和信息化`), so 工信局 can be compared city by city. */
  kind: z.string(),
  type: z.enum(DEPARTMENT_TYPES),
  collective: z.boolean(),
  /** A name a reform retired (市经贸委, 市卫计委): the year it gave way, and the body of the same kind today. */
  until: z.number().int().optional(),
  successor: z.string().optional(),
  /** Named in a plan whose city could not be inferred: not qualified by a city, and scoped to that plan. */
  unqualified: z.boolean().optional(),
});

export const IndustryNodeSchema = z.object({
  ...nodeBase,
  label: z.literal('Industry'),
  /** `lexicon`: a shared concept; `document`: a plan's own industry name, linked BROADER to a concept. */
  source: z.enum(['lexicon', 'document']),
});

export const EnterpriseNodeSchema = z.object({
  ...nodeBase,
  label: z.literal('Enterprise'),
  city: cityName,
  known: z.boolean(),
});

export const PLATFORM_TYPES = [
  'lab', 'institute', 'innovation-centre', 'zone', 'park', 'incubator', 'service-platform', 'base', 'other',
] as const;
export const PlatformNodeSchema = z.object({
  ...nodeBase,
  label: z.literal('Platform'),
  city: cityName,
  type: z.enum(PLATFORM_TYPES),
});

export const TargetValueSchema = z.object({ label: z.string(), value: z.number() });

/** What an indicator measures (the catalogue's kinds, lexicon/indicators.json). */
export const INDICATOR_KINDS = ['level', 'growth', 'share', 'intensity', 'count', 'per-capita', 'index'] as const;
/** `year`: a level at the target year; `annual`: every year (每年) or a yearly average (年均); `cumulative`: a total over years. */
export const TARGET_PERIODS = ['year', 'annual', 'cumulative'] as const;
/**
 * What a target covers: the whole `city`, a `region` (county, district, zone), one `industry` (a
 * lexicon concept or the plan's own industry name), or a `segment` the plan names (特色优势产业, 规上工业).
 */
export const TargetScopeSchema = z.object({ level: z.enum(['city', 'region', 'industry', 'segment']), name: z.string() });
export type TargetScope = z.infer<typeof TargetScopeSchema>;

/** What a target states, whether still a candidate in one sentence or a stored node. */
export const targetFactShape = {
  subject: z.string(),
  metric: z.string(),
  /** The indicator as the plan words it (研发支出占地区生产总值比重), kept whether or not the catalogue knows it. */
  wording: z.string(),
  /** Catalogue indicator id, or null when no indicator's wording fits. */
  indicator: z.string().nullable(),
  kind: z.enum(INDICATOR_KINDS),
  scope: TargetScopeSchema,
  /** Null only when the plan prints a placeholder instead of a number. */
  value: z.number().nullable(),
  /** Parallel values printed together (`新开工、新竣工…200个、120个`). */
  values: z.array(TargetValueSchema).optional(),
  unit: z.string(),
  /** Null for recurring (每年) targets. */
  year: z.number().int().nullable(),
  yearImplied: z.boolean(),
  annual: z.boolean(),
  qualifier: z.string(),
  /** The value as a planner reads it, qualifiers in place: `8%左右`, `超100亿元`, `力争达7500亿元`, `15-20家`. */
  display: z.string(),
  /** Upper end of a range (15-20家). */
  upper: z.number().nullable(),
  /** The value in its unit's base (亿元 → 元, 万人 → 人), for comparing across units. */
  amount: z.object({ value: z.number(), unit: z.string() }).nullable(),
  period: z.enum(TARGET_PERIODS),
  /** First year a cumulative target counts from (the plan's start, 2021 for “十四五”期间, the base year). */
  since: z.number().int().nullable(),
  /** The year a change is measured against (比2024年下降10%). */
  baseYear: z.number().int().nullable(),
  origin: z.enum(['text', 'table']),
  baseline: z.object({ year: z.number().int(), value: z.number() }).optional(),
};
export type TargetFact = z.infer<z.ZodObject<typeof targetFactShape>>;

/** The fields a target states, in the schema's order, from anything that carries them (a candidate, a node). */
export function targetFactOf(source: TargetFact): TargetFact {
  const present = Object.keys(targetFactShape).filter((key) => source[key as keyof TargetFact] !== undefined);
  return Object.fromEntries(present.map((key) => [key, source[key as keyof TargetFact]])) as TargetFact;
}
export const TargetNodeSchema = z.object({
  ...nodeBase,
  label: z.literal('Target'),
  plan: z.string(),
  city: cityName,
  ...targetFactShape,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/** Rothwell & Zegveld's sides of policy instruments (docs/instruments.md). */
export const INSTRUMENT_SIDES = ['supply', 'demand', 'environment'] as const;
export const InstrumentSideSchema = z.enum(INSTRUMENT_SIDES);

/** A policy-instrument subtype of lexicon/instruments.json (人才培养与引进, 政府采购 …); `code` is its id there. */
export const InstrumentNodeSchema = z.object({
  ...nodeBase,
  label: z.literal('Instrument'),
  code: z.string(),
  side: InstrumentSideSchema,
});

export const GraphNodeSchema = z.discriminatedUnion('label', [
  CityNodeSchema, RegionNodeSchema, PlanNodeSchema, SectionNodeSchema, TaskNodeSchema,
  DepartmentNodeSchema, IndustryNodeSchema, EnterpriseNodeSchema, PlatformNodeSchema, TargetNodeSchema, InstrumentNodeSchema,
]);
export type GraphNode = z.infer<typeof GraphNodeSchema>;
export type NodeOfLabel<L extends Label> = Extract<GraphNode, { label: L }>;

/**
 * Relationship types with the labels they may connect. The Neo4j store builds Cypher only from
 * these names, never from text.
 */
export const EDGE_ENDPOINTS = {
  ISSUED_BY: { from: ['Plan'], to: ['City'] },
  HAS_SECTION: { from: ['Plan', 'Section'], to: ['Section'] },
  HAS_TASK: { from: ['Plan', 'Section'], to: ['Task'] },
  LED_BY: { from: ['Task'], to: ['Department'] },
  ASSIGNED_TO: { from: ['Task'], to: ['Department'] },
  MENTIONS: { from: ['Plan'], to: ['City', 'Region', 'Department', 'Industry', 'Enterprise', 'Platform'] },
  CONCERNS: { from: ['Task'], to: ['Industry'] },
  INVOLVES: { from: ['Task'], to: ['Enterprise', 'Platform', 'Region'] },
  HAS_TARGET: { from: ['Task'], to: ['Target'] },
  SET_IN: { from: ['Target'], to: ['Plan'] },
  MEASURES: { from: ['Target'], to: ['Industry', 'Region', 'City', 'Platform', 'Enterprise'] },
  OVERSEES: { from: ['Department'], to: ['Industry'] },
  HOSTS: { from: ['Region', 'Platform'], to: ['Industry'] },
  PART_OF: { from: ['City', 'Region', 'Department', 'Platform'], to: ['City', 'Region'] },
  LOCATED_IN: { from: ['Enterprise', 'Platform'], to: ['City', 'Region', 'Platform'] },
  BROADER: { from: ['Industry'], to: ['Industry'] },
  USES: { from: ['Plan', 'Task'], to: ['Instrument'] },
  SUCCEEDS: { from: ['Plan'], to: ['Plan'] },
} as const satisfies Record<string, { from: readonly Label[]; to: readonly Label[] }>;

export const EDGE_TYPES = Object.keys(EDGE_ENDPOINTS) as (keyof typeof EDGE_ENDPOINTS)[];
export const EdgeTypeSchema = z.enum(EDGE_TYPES as [keyof typeof EDGE_ENDPOINTS, ...(keyof typeof EDGE_ENDPOINTS)[]]);
export type EdgeType = z.infer<typeof EdgeTypeSchema>;

/** Why a successor follows its predecessor: a later issue date, a later period, or it is the issued text of a draft of the same period. */
export const SUCCESSION_BASES = ['issued', 'period', 'draft'] as const;

/**
 * Roles within an attribution clause: `lead` (marked 牵头), `responsible`, `cooperating` (配合单位, 会同,
 * “…予以配合”), `joint` (共同责任单位), and `implicit` for bodies carried over by “以下…均需…落实，不再列出”.
 */
export const ASSIGNMENT_ROLES = ['lead', 'responsible', 'cooperating', 'joint', 'implicit'] as const;
export const AssignmentRoleSchema = z.enum(ASSIGNMENT_ROLES);

const edgeBase = {
  id: z.string(),
  source: z.string(),
  target: z.string(),
  /** Set on edges that belong to one plan's text; structural edges (BROADER, PART_OF) have none. */
  plan: z.string().optional(),
  evidence: z.array(EvidenceSchema).optional(),
};

export const GraphEdgeSchema = z.discriminatedUnion('type', [
  z.object({ ...edgeBase, type: z.literal('ISSUED_BY') }),
  z.object({ ...edgeBase, type: z.literal('HAS_SECTION'), order: z.number().int() }),
  z.object({ ...edgeBase, type: z.literal('HAS_TASK'), order: z.number().int() }),
  z.object({ ...edgeBase, type: z.literal('LED_BY') }),
  z.object({ ...edgeBase, type: z.literal('ASSIGNED_TO'), role: AssignmentRoleSchema }),
  z.object({
    ...edgeBase,
    type: z.literal('MENTIONS'),
    count: z.number().int().positive(),
    /** Every wording this plan used for the entity, as printed. */
    terms: z.array(z.string()),
  }),
  z.object({ ...edgeBase, type: z.literal('CONCERNS'), terms: z.array(z.string()) }),
  z.object({ ...edgeBase, type: z.literal('INVOLVES') }),
  z.object({ ...edgeBase, type: z.literal('HAS_TARGET') }),
  z.object({ ...edgeBase, type: z.literal('SET_IN') }),
  z.object({ ...edgeBase, type: z.literal('MEASURES') }),
  z.object({ ...edgeBase, type: z.literal('OVERSEES') }),
  z.object({ ...edgeBase, type: z.literal('HOSTS') }),
  z.object({ ...edgeBase, type: z.literal('PART_OF') }),
  z.object({ ...edgeBase, type: z.literal('LOCATED_IN') }),
  z.object({ ...edgeBase, type: z.literal('BROADER'), origin: z.enum(['lexicon', 'wording']) }),
  /** The plan or task commits to the instrument: one citation per coded sentence, `term` the cue; `count` sentences. */
  z.object({ ...edgeBase, type: z.literal('USES'), count: z.number().int().positive(), cues: z.array(z.string()) }),
  /**
   * A later version of the same city's plan on the same subject by the same kind of issuer (a new
   * 工作要点, the next 五年规划, the issued text of a draft). Derived from the Plan nodes whenever the
   * graph is read, not stored: `basis` says how the two were ordered, `reason` says why they are one series.
   */
  z.object({ ...edgeBase, type: z.literal('SUCCEEDS'), basis: z.enum(SUCCESSION_BASES), subject: z.string(), reason: z.string() }),
]);
export type GraphEdge = z.infer<typeof GraphEdgeSchema>;
export type EdgeOfType<T extends EdgeType> = Extract<GraphEdge, { type: T }>;

export const GraphSchema = z.object({
  nodes: z.array(GraphNodeSchema),
  edges: z.array(GraphEdgeSchema),
});
export type Graph = z.infer<typeof GraphSchema>;

/** What one plan contributes: its nodes and edges plus the decoded source text evidence cites. */
export const PlanContributionSchema = z.object({
  plan: PlanNodeSchema,
  nodes: z.array(GraphNodeSchema),
  edges: z.array(GraphEdgeSchema),
  sourceText: z.string(),
  /** What the pipeline could not make sense of (an unrecognised body in a responsibility list …). */
  warnings: z.array(z.string()),
});
export type PlanContribution = z.infer<typeof PlanContributionSchema>;

export const SourceTextSchema = z.object({ plan: z.string(), file: z.string(), text: z.string() });
export type SourceText = z.infer<typeof SourceTextSchema>;

/** Edge id: one edge per (type, source, target) and, for plan-scoped edges, per plan and role. */
export function edgeId(type: EdgeType, source: string, target: string, plan?: string, role?: string): string {
  return [type, source, target, plan ?? '', role ?? ''].join('|');
}
