/**
 * Schemas for the lexicon data files. Users edit the JSON; these schemas reject a malformed edit at
 * load time with the file and field named.
 */
import { z } from 'zod';
import { DEPARTMENT_TYPES, PLATFORM_TYPES, REGION_KINDS } from '../graph/schema.ts';

const nonEmpty = z.string().trim().min(1);

/** An alias that is only safe when followed by one of `followedBy` (长城 → 长城汽车 only before 汽车/整车). */
export const GuardedAliasSchema = z.object({ text: nonEmpty, followedBy: z.array(nonEmpty).min(1) });
export const AliasSchema = z.union([nonEmpty, GuardedAliasSchema]);
export type Alias = z.infer<typeof AliasSchema>;

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

export const CityEntrySchema = z.object({
  name: nonEmpty.regex(/市$/, 'a city name ends with 市'),
  short: nonEmpty,
  province: nonEmpty,
  aliases: z.array(nonEmpty).default([]),
  regions: z.array(RegionEntrySchema).default([]),
  zones: z.array(ZoneEntrySchema).default([]),
});
export type CityEntry = z.infer<typeof CityEntrySchema>;

export const ProvinceEntrySchema = z.object({
  name: nonEmpty,
  short: nonEmpty,
  abbreviation: nonEmpty.optional(),
});

/**
 * A kind of government body. `canonical` and `names` are templates: `{city}` = 盐城市, `{short}` = 盐城,
 * `{province}` = 江苏省, `{provinceShort}` = 江苏. `names` are the forms after the level prefix
 * (市/省/盐城市), or complete forms when they contain a placeholder.
 */
export const DepartmentKindSchema = z.object({
  kind: nonEmpty,
  level: z.enum(['national', 'province', 'city']),
  type: z.enum(DEPARTMENT_TYPES),
  canonical: nonEmpty,
  names: z.array(nonEmpty).min(1),
  /** May be named without any level prefix in running text (党中央, 工信部). */
  standalone: z.boolean().default(false),
});
export type DepartmentKind = z.infer<typeof DepartmentKindSchema>;

export const DepartmentsFileSchema = z.object({
  kinds: z.array(DepartmentKindSchema),
  /** Suffixes that make an unknown name in a responsibility list a body, with the type they imply. */
  bodySuffixes: z.array(z.object({ suffix: nonEmpty, type: z.enum(DEPARTMENT_TYPES) })),
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

export const AbbreviationsSchema = z.array(z.object({ short: nonEmpty, full: nonEmpty }));

export const LexiconSourceSchema = z.object({
  provinces: z.array(ProvinceEntrySchema),
  cities: z.array(CityEntrySchema),
  departments: DepartmentsFileSchema,
  industries: z.array(IndustryConceptSchema),
  enterprises: z.array(EnterpriseEntrySchema),
  platforms: PlatformsFileSchema,
  abbreviations: AbbreviationsSchema,
  terms: DocumentTermsSchema,
});
export type LexiconSource = z.infer<typeof LexiconSourceSchema>;
