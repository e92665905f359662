/**
 * The lexicon as the pipeline uses it: the validated source files plus the lookups derived from them.
 * Built once per process (see `loadLexicon`); every lookup is read-only afterwards.
 */
import { TermMatcher } from '../core/term-matcher.ts';
import { buildGazetteer, type Gazetteer } from './gazetteer/index.ts';
import { buildIndicatorCatalogue, type IndicatorCatalogue } from './indicators.ts';
import { buildInstrumentScheme, type InstrumentScheme } from './instruments.ts';
import { loadLexiconSource } from './load.ts';
import type { CityEntry, DepartmentKind, DivisionKind, EnterpriseEntry, IndustryConcept, LexiconSource } from './schema.ts';
import type { SuccessionVocabulary } from './succession.ts';

export type { CityEntry, DepartmentKind, DivisionKind, EnterpriseEntry, IndustryConcept, LexiconSource } from './schema.ts';
export type { Gazetteer } from './gazetteer/index.ts';
export type { IndicatorCatalogue, IndicatorEntry } from './indicators.ts';
export type { InstrumentEntry, InstrumentScheme } from './instruments.ts';
export type { SuccessionVocabulary } from './succession.ts';

/**
 * The city a document belongs to, which qualifies every 市-level name in it. `kind` says what sort of
 * division it is (a county-level city's 市发改委 is its own); `prefecture` is the prefecture-level
 * unit a county-level division belongs to (无锡市 for 江阴市), null otherwise or when unknown.
 */
export interface CityContext {
  city: string;
  short: string;
  province: string | null;
  provinceShort: string | null;
  kind: DivisionKind | null;
  prefecture: string | null;
}

export interface DepartmentHit {
  kind: string;
  canonical: string;
  level: DepartmentKind['level'];
  type: DepartmentKind['type'];
  city: string | null;
  province: string | null;
  /** For a name a reform retired: the year, and the canonical name of the body of the same kind today. */
  until: number | null;
  successor: string | null;
}

export interface DepartmentDirectory {
  /** Names carrying their level (市工信局, 省政府, 人民银行盐城市分行, 工信部). */
  prefixed: TermMatcher<DepartmentHit>;
  /** City-level names without 市, valid only inside a responsibility list (科技局 after 市发展改革委). */
  bare: TermMatcher<DepartmentHit>;
}

export type PlaceHit =
  | { type: 'region'; name: string; kind: CityEntry['regions'][number]['kind']; city: string }
  | { type: 'zone'; name: string; platformType: CityEntry['zones'][number]['type']; region: string | null; city: string };

export interface EnterpriseHit {
  entry: EnterpriseEntry;
  /** The alias counts only when followed by one of these (长城 → 长城汽车). */
  followedBy: string[] | null;
}

export interface Lexicon {
  source: LexiconSource;
  /** Every division of GB/T 2260 with its supplement (see lexicon/README.md). */
  gazetteer: Gazetteer;
  /** Every division below province level by name (a county-level city, a county, a district included). */
  cityByName: Map<string, CityEntry>;
  /** Names and safe short forms of cities (municipalities, prefecture-level units, county-level cities) → city. */
  cityMatcher: TermMatcher<CityEntry>;
  provinceShortOf: Map<string, string>;
  concepts: Map<string, IndustryConcept>;
  /** Industry wording → concept name. */
  industryMatcher: TermMatcher<string>;
  enterpriseMatcher: TermMatcher<EnterpriseHit>;
  institutionMatcher: TermMatcher<string>;
  knownPlatformMatcher: TermMatcher<LexiconSource['platforms']['known'][number]>;
  platformSuffixes: LexiconSource['platforms']['suffixes'];
  genericPlatformWords: Set<string>;
  /** The indicators targets are compared on (indicators.json). */
  indicators: IndicatorCatalogue;
  /** The policy-instrument scheme and its cues (instruments.json). */
  instruments: InstrumentScheme;
  /** What tells a plan from the next version of it (succession.json). */
  succession: SuccessionVocabulary;
  /** The bodies as a plan of this city names them; `null` when the plan's city is unknown. */
  departmentsFor(context: CityContext | null): DepartmentDirectory;
  /** Phrases that name no body (各有关单位, 市政府各部门, 各项目牵头单位). */
  isGenericBody(name: string): boolean;
  placesFor(city: string): TermMatcher<PlaceHit>;
  cityContext(cityName: string): CityContext;
  /** Concept names from `concept` up to the roots, nearest first (氢能 → 新能源 …). */
  ancestors(concept: string): string[];
  /** Lines for the segmenter's user dictionary: `word tag`. */
  userDictionary(): string[];
}

const PLACEHOLDER = /\{(?:city|short|province|provinceShort)\}/;

/** How a body's official name begins: a district's bodies carry their city too (佛山市南海区科学技术局). */
function officialPlaceName(context: CityContext): string {
  return context.kind === 'district' && context.prefecture && !context.city.startsWith(context.prefecture) ? context.prefecture + context.city : context.city;
}

/** Fills a template for a city; without one (the plan's city unknown) the city reads as plain 市. */
export function fillTemplate(template: string, context: CityContext | null): string {
  return template
    .replaceAll('{city}', context ? officialPlaceName(context) : '市')
    .replaceAll('{short}', context?.short ?? '')
    .replaceAll('{province}', context?.province ?? '省')
    .replaceAll('{provinceShort}', context?.provinceShort ?? '');
}

/**
 * The one character by which a plan names its own division's bodies: 县工信局 in a county's plan,
 * 区发改委 in a district's, 旗 in a banner's, 市 in a city's (a county-level city's too).
 */
export function localUnit(context: CityContext | null): string {
  const last = context?.city.slice(-1);
  return last === '县' || last === '区' || last === '旗' ? last : '市';
}

function levelPrefixes(level: DepartmentKind['level'], context: CityContext | null): string[] {
  if (level === 'city') {
    const unit = localUnit(context);
    return context ? [unit, context.city, `中共${context.city}`, `中共${unit}`] : ['市', '中共市'];
  }
  if (level === 'province') {
    return context?.province ? ['省', context.province, `中共${context.province}`, '中共省'] : ['省', '中共省'];
  }
  return [''];
}

/**
 * Every printed form of one name: after each level prefix (市工信局, 盐城市工信局), with the prefix
 * inside (团市委), or complete with its city (人民银行盐城市分行). Without a city, a form that needs
 * one is skipped rather than matched loosely (海关 alone is no body).
 */
function surfaceForms(kind: DepartmentKind, name: string, context: CityContext | null): string[] {
  if (PLACEHOLDER.test(name)) return context ? [fillTemplate(name, context)] : [];
  const prefixes = levelPrefixes(kind.level, context).filter((p) => !(name.includes('{level}') && p.startsWith('中共')));
  if (name.includes('{level}')) return prefixes.map((p) => name.replace('{level}', p));
  return [...prefixes.map((p) => p + name), ...(kind.standalone ? [name] : [])];
}

function departmentHit(kind: DepartmentKind, kinds: DepartmentKind[], context: CityContext | null): DepartmentHit {
  const current = kind.until === undefined ? undefined : kinds.find((k) => k.kind === kind.kind && k.level === kind.level && k.until === undefined);
  return {
    kind: kind.kind,
    canonical: fillTemplate(kind.canonical, context),
    level: kind.level,
    type: kind.type,
    city: kind.level === 'city' ? (context?.city ?? null) : null,
    province: kind.level === 'national' ? null : (context?.province ?? null),
    until: kind.until ?? null,
    successor: current ? fillTemplate(current.canonical, context) : null,
  };
}

function genericMatcher(generic: LexiconSource['departments']['generic']): (name: string) => boolean {
  const alternatives = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
  const pattern = new RegExp(`^(?:市|省|县|区|全市|全省)?(?:委|政府|人民政府)?(?:${alternatives(generic.quantifiers)})+(?:${alternatives(generic.heads)})$`);
  return (name) => pattern.test(name);
}

/**
 * `parent`: the prefecture of a county or district plan, whose bodies that plan names with 市
 * (市工信局 in a 惠东县 plan is 惠州市工业和信息化局).
 */
function buildDepartmentDirectory(source: LexiconSource['departments'], context: CityContext | null, parent: CityContext | null = null): DepartmentDirectory {
  const prefixed = new TermMatcher<DepartmentHit>();
  const bare = new TermMatcher<DepartmentHit>();
  if (parent) {
    for (const kind of source.kinds) {
      if (kind.level !== 'city') continue;
      const hit = departmentHit(kind, source.kinds, parent);
      for (const name of kind.names) for (const form of surfaceForms(kind, name, parent)) prefixed.add(form, hit);
      prefixed.add(hit.canonical, hit);
    }
  }
  for (const kind of source.kinds) {
    const hit = departmentHit(kind, source.kinds, context);
    for (const name of kind.names) {
      for (const form of surfaceForms(kind, name, context)) prefixed.add(form, hit);
      if (kind.level === 'city' && name.length > 1 && kind.type !== 'leadership' && !PLACEHOLDER.test(name) && !name.includes('{level}')) bare.add(name, hit);
    }
    if (context || !PLACEHOLDER.test(kind.canonical)) prefixed.add(hit.canonical, hit);
  }
  return { prefixed, bare };
}

function buildPlaceMatcher(city: CityEntry | undefined, cityName: string): TermMatcher<PlaceHit> {
  const matcher = new TermMatcher<PlaceHit>();
  if (!city) return matcher;
  // Zones first: their aliases (市开发区) must not be read as the bare 市 + a region.
  for (const zone of city.zones) {
    const hit: PlaceHit = { type: 'zone', name: zone.name, platformType: zone.type, region: zone.region ?? null, city: cityName };
    for (const term of [zone.name, ...zone.aliases]) matcher.add(term, hit);
  }
  for (const region of city.regions) {
    const hit: PlaceHit = { type: 'region', name: region.name, kind: region.kind, city: cityName };
    for (const term of [region.name, `${city.short}${region.name}`, `${city.name}${region.name}`, ...region.aliases]) {
      matcher.add(term, hit);
    }
  }
  return matcher;
}

export function buildLexicon(source: LexiconSource): Lexicon {
  const gazetteer = buildGazetteer(source.gazetteer);
  const { cityByName, cityMatcher } = gazetteer;
  const provinceShortOf = new Map(source.provinces.map((p) => [p.name, p.short]));

  const concepts = new Map(source.industries.map((c) => [c.name, c]));
  const industryMatcher = new TermMatcher<string>();
  for (const concept of source.industries) for (const term of [concept.name, ...concept.synonyms]) industryMatcher.add(term, concept.name);

  const enterpriseMatcher = new TermMatcher<EnterpriseHit>();
  for (const entry of source.enterprises) {
    enterpriseMatcher.add(entry.name, { entry, followedBy: null });
    for (const alias of entry.aliases) {
      if (typeof alias === 'string') enterpriseMatcher.add(alias, { entry, followedBy: null });
      else enterpriseMatcher.add(alias.text, { entry, followedBy: alias.followedBy });
    }
  }

  const institutionMatcher = new TermMatcher<string>();
  for (const inst of source.platforms.institutions) for (const term of [inst.name, ...inst.aliases]) institutionMatcher.add(term, inst.name);
  const knownPlatformMatcher = new TermMatcher<LexiconSource['platforms']['known'][number]>();
  for (const known of source.platforms.known) for (const term of [known.name, ...known.aliases]) knownPlatformMatcher.add(term, known);

  const platformSuffixes = [...source.platforms.suffixes].sort((a, b) => b.suffix.length - a.suffix.length);

  const departmentCache = new Map<string, DepartmentDirectory>();
  const placeCache = new Map<string, TermMatcher<PlaceHit>>();

  const cityContext = (cityName: string): CityContext => {
    const entry = cityByName.get(cityName);
    const province = entry?.province ?? null;
    return {
      city: cityName,
      short: entry?.short ?? cityName.replace(/市$/, ''),
      province,
      provinceShort: province ? (provinceShortOf.get(province) ?? province.replace(/省$/, '')) : null,
      kind: entry?.kind ?? null,
      prefecture: entry?.parent ?? null,
    };
  };

  const ancestors = (concept: string): string[] => {
    const order: string[] = [];
    const queue = [...(concepts.get(concept)?.broader ?? [])];
    while (queue.length > 0) {
      const next = queue.shift() as string;
      if (order.includes(next)) continue;
      order.push(next);
      queue.push(...(concepts.get(next)?.broader ?? []));
    }
    return order;
  };

  const userDictionary = (): string[] => {
    const lines = new Map<string, string>();
    const put = (word: string, tag: string) => {
      if (word.length >= 2 && !/\s/.test(word) && !lines.has(word)) lines.set(word, tag);
    };
    for (const concept of source.industries) for (const term of [concept.name, ...concept.synonyms]) put(term, 'nz');
    for (const name of gazetteer.placeNames()) put(name, 'ns');
    // Department names qualified by a city only for the cities with a supplement file: for all ~3,000
    // divisions the dictionary would grow a hundredfold; elsewhere 新乡市 + 市工业和信息化局 still align.
    for (const supplement of source.gazetteer.supplements) {
      const city = cityByName.get(supplement.name);
      if (!city) continue;
      for (const zone of city.zones) for (const term of [zone.name, ...zone.aliases]) put(term, 'ns');
      for (const kind of source.departments.kinds) {
        for (const name of kind.names) for (const form of surfaceForms(kind, name, cityContext(city.name))) if (!form.startsWith('中共')) put(form, 'nt');
      }
    }
    for (const entry of source.enterprises) {
      put(entry.name, 'nt');
      for (const alias of entry.aliases) put(typeof alias === 'string' ? alias : alias.text, 'nt');
    }
    for (const inst of source.platforms.institutions) for (const term of [inst.name, ...inst.aliases]) put(term, 'nt');
    for (const { suffix } of source.platforms.suffixes) put(suffix, 'n');
    for (const verb of source.terms.policyVerbs) put(verb, 'v');
    return [...lines].map(([word, tag]) => `${word} ${tag}`);
  };

  return {
    source,
    gazetteer,
    cityByName,
    cityMatcher,
    provinceShortOf,
    concepts,
    industryMatcher,
    enterpriseMatcher,
    institutionMatcher,
    knownPlatformMatcher,
    platformSuffixes,
    genericPlatformWords: new Set(source.platforms.genericModifiers),
    indicators: buildIndicatorCatalogue(source.indicators),
    instruments: buildInstrumentScheme(source.instruments),
    succession: source.succession,
    departmentsFor(context) {
      const key = context ? `${context.city}|${context.province ?? ''}` : '';
      let directory = departmentCache.get(key);
      if (!directory) {
        const parent = context?.prefecture && localUnit(context) !== '市' ? cityContext(context.prefecture) : null;
        directory = buildDepartmentDirectory(source.departments, context, parent);
        departmentCache.set(key, directory);
      }
      return directory;
    },
    placesFor(city) {
      let matcher = placeCache.get(city);
      if (!matcher) {
        matcher = buildPlaceMatcher(cityByName.get(city), city);
        placeCache.set(city, matcher);
      }
      return matcher;
    },
    isGenericBody: genericMatcher(source.departments.generic),
    cityContext,
    ancestors,
    userDictionary,
  };
}

const loaded = new Map<string, Lexicon>();

/** Loads the lexicon folder once per process. */
export function loadLexicon(dir: string): Lexicon {
  let lexicon = loaded.get(dir);
  if (!lexicon) {
    lexicon = buildLexicon(loadLexiconSource(dir));
    loaded.set(dir, lexicon);
  }
  return lexicon;
}
