/**
 * The gazetteer: every division of GB/T 2260 merged with the supplements under `cities/`, and the
 * lookups built from it once per lexicon. A “city” here is any division that can issue a plan of its
 * own — a municipality, a prefecture-level unit, a county-level city, a county or a district — so that
 * 江阴市's plan is 江阴's, not 无锡's.
 */
import { TermMatcher } from '../../core/term-matcher.ts';
import { errors } from '../../core/errors.ts';
import type { CityEntry, CitySupplement, Division, GazetteerSource } from '../schema.ts';
import { flattenStandard, type StandardZone } from './divisions.ts';
import { ethnicForms, rankOf, safeShortForms, stemOf } from './short-forms.ts';

export interface ProvinceInfo {
  name: string;
  short: string;
  abbreviation?: string;
}

export interface Gazetteer {
  provinces: ProvinceInfo[];
  /** Every division below province level, by its (unique) name. */
  cityByName: Map<string, CityEntry>;
  /** Cities proper — municipalities, prefecture-level units, county-level cities — by name and safe short forms. */
  cityMatcher: TermMatcher<CityEntry>;
  /** Every division below province level by name and safe short forms; several when districts share a name (鼓楼区). */
  divisionMatcher: TermMatcher<CityEntry[]>;
  /**
   * The division `text` names at `at`, read whole: a city followed by one of its own counties or
   * districts (南京市鼓楼区, 宿迁沭阳县) is that county or district.
   */
  divisionAt(text: string, at: number): { owners: CityEntry[]; term: string; start: number; end: number } | null;
  /** Provinces by name and short form. */
  provinceMatcher: TermMatcher<ProvinceInfo>;
  /** The 文号 prefixes of a division's organs (澄 → 江阴市), from the supplements. */
  documentPrefixes: Map<string, CityEntry>;
  /** Place names for the segmenter's dictionary: every division's name and short forms. */
  placeNames(): string[];
}

const CITY_KINDS = new Set<CityEntry['kind']>(['municipality', 'prefecture', 'county-city']);

function supplementedDivision(supplement: CitySupplement, known: Map<string, Division>, file: string): Division {
  const found = known.get(supplement.name);
  if (found) return found;
  if (!supplement.kind || !supplement.province) {
    throw errors.lexiconInvalid(file, [`${supplement.name} is not a GB/T 2260 division: give its kind and province (and parent, if county-level)`]);
  }
  return { code: null, name: supplement.name, kind: supplement.kind, province: supplement.province, parent: supplement.parent ?? null };
}

function nameCounts(divisions: Division[]): Map<string, number> {
  const count = new Map<string, number>();
  for (const d of divisions) count.set(d.name, (count.get(d.name) ?? 0) + 1);
  return count;
}

/** Districts share names across cities (鼓楼区 ×4); such a division is known by its city's name and its own. */
function uniqueNames(divisions: Division[]): Map<Division, string> {
  const count = nameCounts(divisions);
  return new Map(divisions.map((d) => [d, (count.get(d.name) ?? 0) > 1 && d.parent ? d.parent + d.name : d.name]));
}

function regionKind(kind: Division['kind']): CityEntry['regions'][number]['kind'] {
  return kind === 'county-city' || kind === 'district' ? kind : 'county';
}

function groupBy<T>(items: T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Most of the ~3,000 divisions have no regions, zones or prefixes of their own: they share one empty list. */
const NONE = Object.freeze([]) as never[];

/** A division's zones: its supplement's, then the statistical codes' it does not already list. */
function zonesOf(supplement: CitySupplement | undefined, standardZones: StandardZone[]): CityEntry['zones'] {
  if (!supplement && standardZones.length === 0) return NONE;
  const zones = [...(supplement?.zones ?? [])];
  for (const zone of standardZones) if (!zones.some((z) => z.name === zone.name)) zones.push({ name: zone.name, type: 'zone', aliases: [] });
  return zones;
}

export function buildGazetteer(source: GazetteerSource, file = 'lexicon/cities'): Gazetteer {
  const ethnic = ethnicForms(source.ethnicGroups);
  const flat = flattenStandard(source.standard);
  const known = new Map<string, Division>();
  const counts = nameCounts(flat.divisions);
  for (const d of flat.divisions) {
    if (counts.get(d.name) === 1) known.set(d.name, d);
    if (d.parent) known.set(d.parent + d.name, d);
  }
  const supplementOf = new Map<Division, CitySupplement>();
  const divisions = [...flat.divisions];
  for (const supplement of source.supplements) {
    const division = supplementedDivision(supplement, known, file);
    if (division.code === null && !divisions.includes(division)) divisions.push(division);
    supplementOf.set(division, supplement);
  }
  const names = uniqueNames(divisions);
  const nameOf = (d: Division) => names.get(d) as string;
  const shortForms = safeShortForms(divisions, ethnic, source.shortForms, nameOf);
  const aliasCache = new Map<Division, string[]>();
  const aliasesOf = (d: Division): string[] => {
    let aliases = aliasCache.get(d);
    if (!aliases) {
      const extra = supplementOf.get(d)?.aliases ?? [];
      const derived = shortForms.get(nameOf(d)) ?? [];
      aliases = extra.length === 0 ? derived : [...new Set([...derived, ...extra])];
      aliasCache.set(d, aliases);
    }
    return aliases;
  };

  const children = groupBy(divisions, (d) => d.parent);
  const standardZones = groupBy(flat.zones, (z) => z.city);
  const supplementByName = new Map(source.supplements.map((s) => [s.name, s]));
  const cityByName = new Map<string, CityEntry>();
  for (const d of divisions) {
    if (d.kind === 'province') continue;
    const supplement = supplementOf.get(d);
    const regions: CityEntry['regions'] = children.get(d.name)?.map((child) => ({ name: child.name, kind: regionKind(child.kind), aliases: aliasesOf(child) })) ?? (supplement?.regions.length ? [] : NONE);
    for (const extra of supplement?.regions ?? []) {
      const region = regions.find((r) => r.name === extra.name);
      if (region) region.aliases = [...new Set([...region.aliases, ...extra.aliases])];
      else regions.push({ name: extra.name, kind: extra.kind ?? 'area', aliases: extra.aliases });
    }
    // A county-level city's zones are listed with its prefecture's (江阴高新区 in wuxi.json, region 江阴市).
    const parentZones = d.parent ? (supplementByName.get(d.parent)?.zones.filter((z) => z.region === d.name) ?? NONE) : NONE;
    cityByName.set(nameOf(d), {
      ...d,
      name: nameOf(d),
      short: stemOf(d.name, ethnic).stem,
      aliases: aliasesOf(d),
      documentNumberPrefixes: supplement?.documentNumberPrefixes ?? NONE,
      regions,
      zones: parentZones.length > 0 ? [...zonesOf(supplement, standardZones.get(d.name) ?? NONE), ...parentZones] : zonesOf(supplement, standardZones.get(d.name) ?? NONE),
    });
  }
  return assemble(divisions, cityByName, source, ethnic);
}

function assemble(divisions: Division[], cityByName: Map<string, CityEntry>, source: GazetteerSource, ethnic: string[]): Gazetteer {
  const abbreviations = new Map(source.provinces.map((p) => [p.name, p.abbreviation]));
  const provinces: ProvinceInfo[] = divisions
    .filter((d) => d.kind === 'province' || d.kind === 'municipality')
    .map((d) => ({ name: d.name, short: stemOf(d.name, ethnic).stem, ...(abbreviations.has(d.name) ? { abbreviation: abbreviations.get(d.name) as string } : {}) }));
  const provinceMatcher = new TermMatcher<ProvinceInfo>();
  for (const p of provinces) for (const term of [p.name, p.short]) provinceMatcher.add(term, p);

  const entries = [...cityByName.values()].sort((a, b) => rankOf(a) - rankOf(b));
  const cityMatcher = new TermMatcher<CityEntry>();
  for (const city of entries) if (CITY_KINDS.has(city.kind)) for (const term of [city.name, ...city.aliases]) cityMatcher.add(term, city);

  const named = new Map<string, CityEntry[]>();
  const claim = (term: string, city: CityEntry) => {
    const owners = named.get(term);
    if (!owners) named.set(term, [city]);
    else if (!owners.includes(city)) owners.push(city);
  };
  // 南京市鼓楼区 is read as 南京市 then its district (see `within`), not stored as one more term.
  for (const city of entries) {
    const bare = city.parent && city.name.startsWith(city.parent) ? city.name.slice(city.parent.length) : city.name;
    for (const term of [city.name, bare, ...city.aliases]) claim(term, city);
  }
  const divisionMatcher = new TermMatcher<CityEntry[]>();
  for (const [term, owners] of named) divisionMatcher.add(term, owners);

  // A prefix two city files claim (宁 for 南京 and 宁夏) says nothing.
  const documentPrefixes = new Map<string, CityEntry>();
  const claimed = new Set<string>();
  for (const city of entries) {
    for (const prefix of city.documentNumberPrefixes) {
      if (claimed.has(prefix)) documentPrefixes.delete(prefix);
      else documentPrefixes.set(prefix, city);
      claimed.add(prefix);
    }
  }

  const divisionAt = (text: string, at: number) => {
    const match = divisionMatcher.matchesAt(text, at).pop();
    if (!match) return null;
    const parents = new Set(match.value.map((c) => c.name));
    const child = divisionMatcher.matchesAt(text, match.end).pop();
    const within = child?.value.filter((c) => c.parent !== null && parents.has(c.parent)) ?? [];
    if (child && within.length > 0) return { owners: within, term: text.slice(at, child.end), start: at, end: child.end };
    return { owners: match.value, term: match.term, start: at, end: match.end };
  };

  return {
    provinces,
    cityByName,
    divisionAt,
    cityMatcher,
    divisionMatcher,
    provinceMatcher,
    documentPrefixes,
    // Names and short forms only: the segmenter keeps 南京市 and 鼓楼区 whole, and so 南京市鼓楼区 aligns too.
    placeNames: () => [...new Set([...entries.flatMap((c) => [c.name, ...c.aliases]), ...provinces.flatMap((p) => [p.name, p.short])])],
  };
}
