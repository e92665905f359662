/**
 * Stage 6 — resolve: Extraction → ResolvedDocument. Every mention is tied to one canonical entity
 * (a department per city, an industry concept or the plan's own industry, an enterprise, a
 * platform, a region), and what tables and names state about them becomes relations.
 */
import type { Lexicon } from '../../lexicon/index.ts';
import type { Extraction, TableFact } from '../extract/schema.ts';
import type { Attribution, Task } from '../structure/schema.ts';
import { resolveDepartment } from './departments.ts';
import { conceptsJoined } from '../text/industry-terms.ts';
import { conceptOfTerm, conceptsWithin } from './industries.ts';
import { EntityRegistry } from './registry.ts';
import type { Assignment, ResolvedDocument, ResolvedMention } from './schema.ts';

export type { Assignment, ResolvedDocument, ResolvedMention } from './schema.ts';

function clauseOf(tasks: Task[], at: number): Attribution | undefined {
  for (const task of tasks) for (const attribution of task.attributions) if (attribution.start <= at && at < attribution.end) return attribution;
  return undefined;
}

function expandZoneName(name: string, lexicon: Lexicon): string {
  for (const { short, full } of lexicon.source.abbreviations) if (name.endsWith(short) && /区$/.test(short)) return name.slice(0, -short.length) + full;
  return name;
}

/** The warning of a plan whose city could not be inferred. */
export const NO_CITY_WARNING = '文件未写明所属城市：部门按原文名称保留，未限定城市（unqualified）。';

export function resolve(extraction: Extraction, lexicon: Lexicon): ResolvedDocument {
  const document = extraction.segmented.structured;
  const cityName = document.meta.city;
  const city = cityName ? lexicon.cityContext(cityName) : null;
  const registry = new EntityRegistry(lexicon, document.normalised.source.key);
  const mentions: ResolvedMention[] = [];
  const assignments: Assignment[] = [];
  const warnings: string[] = [];
  const broader: ResolvedDocument['broader'] = [];
  const locatedIn: ResolvedDocument['locatedIn'] = [];
  const partOf: ResolvedDocument['partOf'] = [];
  const mention = (entity: string, label: ResolvedMention['label'], m: { surface: string; start: number; end: number; sentence: number }) =>
    mentions.push({ entity, label, surface: m.surface, start: m.start, end: m.end, sentence: m.sentence });

  const cityId = cityName ? registry.city(cityName) : null;
  // A county-level city's plan is its own; the city belongs to its prefecture (江阴市 PART_OF 无锡市).
  const prefecture = cityName ? lexicon.cityByName.get(cityName)?.parent : undefined;
  if (cityId && prefecture) partOf.push({ source: cityId, target: registry.city(prefecture) });
  for (const m of extraction.cities) mention(registry.city(m.city), 'City', m);

  for (const m of extraction.places) {
    if (!cityName || !cityId) continue;
    const id = registry.region(cityName, m.region, m.kind);
    partOf.push({ source: id, target: cityId });
    mention(id, 'Region', m);
  }

  const unresolved = new Set<string>();
  let unqualified = 0;
  for (const m of extraction.departments) {
    const identity = resolveDepartment(m.surface, m.context, city, lexicon, m.sharedPrefix);
    if (!identity) {
      if (m.context === 'attribution' && !lexicon.isGenericBody(m.surface)) unresolved.add(m.surface);
      continue;
    }
    const id = registry.department(identity);
    if (identity.unqualified) unqualified += 1;
    if (identity.city && cityId && identity.city === cityName) partOf.push({ source: id, target: cityId });
    mention(id, 'Department', m);
    if (m.task !== null && m.role) {
      const clause = m.role === 'implicit' ? undefined : clauseOf(document.tasks, m.start);
      const span = clause ?? { start: m.start, end: m.end };
      assignments.push({ task: m.task, department: id, role: m.role, start: span.start, end: span.end, surface: m.surface });
    }
  }
  for (const surface of unresolved) warnings.push(`责任分工中的“${surface}”不是可识别的机构，未计入。`);
  // Said once whether or not the plan names bodies: a researcher should know the plan has no city.
  if (!cityName || unqualified > 0) warnings.push(NO_CITY_WARNING);

  // Industries: concepts with their ancestors, and the plan's own industry names.
  const addConcept = (concept: string): string => {
    const id = registry.industry(concept, 'lexicon');
    for (const parent of lexicon.concepts.get(concept)?.broader ?? []) {
      const parentId = addConcept(parent);
      if (!broader.some((b) => b.source === id && b.target === parentId)) broader.push({ source: id, target: parentId, origin: 'lexicon', sentence: null });
    }
    return id;
  };
  const termEntity = new Map<string, string>();
  for (const { term } of extraction.documentIndustries) {
    const concept = conceptOfTerm(term, lexicon);
    if (concept) {
      termEntity.set(term, addConcept(concept));
      continue;
    }
    const id = registry.industry(term, 'document');
    termEntity.set(term, id);
    const joined = conceptsJoined(term, lexicon);
    if (joined) for (const part of joined) broader.push({ source: addConcept(part), target: id, origin: 'wording', sentence: null });
    else for (const within of conceptsWithin(term, lexicon)) broader.push({ source: id, target: addConcept(within), origin: 'wording', sentence: null });
  }
  for (const m of extraction.industries) {
    const id = m.concept ? addConcept(m.concept) : termEntity.get(m.documentTerm as string);
    if (id) mention(id, 'Industry', m);
  }
  for (const { term, group } of extraction.documentIndustries) {
    const source = termEntity.get(term);
    const target = group ? termEntity.get(group) : undefined;
    if (!source || !target || source === target) continue;
    const row = mentions.find((m) => m.entity === source && document.sentences[m.sentence]?.kind === 'table-row');
    broader.push({ source, target, origin: 'table', sentence: row?.sentence ?? null });
  }

  const registeredNames = extraction.enterprises.filter((m) => !m.known && registeredSuffix(m.surface, lexicon)).map((m) => m.surface);
  for (const m of extraction.enterprises) {
    const known = m.known ? lexicon.source.enterprises.find((e) => e.name === m.known) : undefined;
    let id: string;
    if (known) id = registry.enterprise(known.name, known.aliases.map((a) => (typeof a === 'string' ? a : a.text)), known.city ?? null, true);
    else {
      const municipal = m.surface.startsWith('市') && cityName;
      // 九方装备 after 株洲九方装备股份有限公司 in the same plan: the short name of that company.
      const full = registeredNames.find((name) => name.length > m.surface.length && name.includes(m.surface));
      id = registry.enterprise(full ?? (municipal ? cityName + m.surface.slice(1) : m.surface), [], municipal ? cityName : null, false);
    }
    mention(id, 'Enterprise', m);
  }

  for (const m of extraction.platforms) {
    let id: string;
    if (m.canonical) {
      const zone = cityName ? lexicon.cityByName.get(cityName)?.zones.find((z) => z.name === m.canonical) : undefined;
      const scopeCity = m.scope && m.scope.endsWith('市') ? m.scope : null;
      id = registry.platform(m.canonical, m.type, scopeCity, zone?.aliases ?? []);
      if (zone && cityName && cityId) {
        const region = zone.region ? lexicon.cityByName.get(cityName)?.regions.find((r) => r.name === zone.region) : undefined;
        const target = region ? registry.region(cityName, region.name, region.kind) : cityId;
        if (region) partOf.push({ source: target, target: cityId });
        locatedIn.push({ source: id, target, sentence: null });
      }
    } else {
      const name = m.type === 'zone' ? expandZoneName(m.surface, lexicon) : m.surface;
      id = registry.platform(name, m.type, cityName, []);
      const inside = mentions.find((x) => (x.label === 'Region' || x.label === 'Platform') && x.start >= m.start && x.end <= m.end && x.entity !== id);
      const target = inside?.entity ?? cityId;
      if (target) locatedIn.push({ source: id, target, sentence: m.sentence });
    }
    mention(id, 'Platform', m);
  }

  const entityAt = (span: { start: number; end: number } | null, labels: ResolvedMention['label'][]): string | null => {
    if (!span) return null;
    const found = mentions
      .filter((m) => labels.includes(m.label) && m.start < span.end && span.start < m.end)
      .sort((a, b) => b.end - b.start - (a.end - a.start))[0];
    return found?.entity ?? null;
  };
  const hosts: ResolvedDocument['hosts'] = [];
  const oversees: ResolvedDocument['oversees'] = [];
  const addRelation = (list: ResolvedDocument['hosts'], source: string | null, target: string | null, sentence: number) => {
    if (source && target && !list.some((r) => r.source === source && r.target === target && r.sentence === sentence)) list.push({ source, target, sentence });
  };
  for (const fact of extraction.tableFacts as TableFact[]) {
    const industry = entityAt(fact.industry, ['Industry']);
    addRelation(hosts, entityAt(fact.place, ['Region', 'Platform']), industry, fact.sentence);
    addRelation(oversees, entityAt(fact.department, ['Department']), industry, fact.sentence);
  }
  // 建湖油气钻采井口装备: a place written directly before an industry hosts it.
  for (const place of mentions.filter((m) => m.label === 'Region' || (m.label === 'Platform' && registry.get(m.entity)?.label === 'Platform'))) {
    const next = mentions.find((m) => m.label === 'Industry' && m.start === place.end);
    if (next) addRelation(hosts, place.entity, next.entity, place.sentence);
  }

  const ownTermsBySize = [...termEntity.keys()].sort((a, b) => b.length - a.length);
  const targets = extraction.targets.map((target) => {
    const span = { start: target.subjectStart, end: Math.max(target.subjectEnd, target.subjectStart + 1) };
    // The plan's own industry names (海工装备和高技术船舶产业规模…) first, then whatever the subject's words name.
    const ownTerm = ownTermsBySize.find((term) => target.subject.includes(term));
    let subjectEntity = (ownTerm ? termEntity.get(ownTerm) : undefined) ?? entityAt(span, ['Industry']) ?? entityAt(span, ['Region', 'Platform']);
    if (!subjectEntity && /^全市/.test(target.subject) && cityId) subjectEntity = cityId;
    return { ...target, subjectEntity };
  });

  return {
    extraction,
    entities: registry.all(),
    mentions,
    assignments,
    broader,
    hosts,
    oversees,
    locatedIn,
    partOf: dedupe(partOf),
    targets,
    warnings,
  };
}

function registeredSuffix(name: string, lexicon: Lexicon): boolean {
  return lexicon.source.terms.enterpriseSuffixes.some((suffix) => name.endsWith(suffix) && name.length > suffix.length + 1);
}

function dedupe<T extends { source: string; target: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.source}|${item.target}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

