/**
 * “Which cities plan for 氢能, in what words, with which enterprises and platforms?” — per city: the
 * wordings matched (exact, synonym, a narrower industry, or with `related` a related concept: 海洋装备
 * for 海工装备, see lexicon/related-concepts.ts), plans, tasks, responsible departments, enterprises and
 * platforms named alongside, targets, and the sentences; plus the cities that do not mention it.
 */
import { z } from 'zod';
import { errors } from '../../core/errors.ts';
import { nodeIds } from '../../graph/ids.ts';
import type { Evidence, GraphEdge, GraphNode, NodeOfLabel } from '../../graph/schema.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import { relatedConcepts, RELATIONS, type RelatedConcept } from '../../lexicon/related-concepts.ts';
import { EntityRefSchema, EvidenceSchema, PlanRefSchema, TargetRefSchema, TaskRefSchema } from '../schemas/common.ts';
import type { GraphReader } from './graph-reader.ts';
import { findIndustry, narrowerIndustries } from './industries.ts';
import { entityRef, evidenceOf, isLabel, planRef, targetRef, taskRef } from './refs.ts';

/**
 * A province-sized graph has hundreds of cities planning for 氢能; all of them at once is a megabyte
 * nobody reads. The default keeps the answer small and complete for a handful of cities.
 */
export const OVERLAP_CITY_LIMIT = 50;

export const MATCH_KINDS = ['exact', 'synonym', 'narrower', 'related'] as const;
export const MatchKindSchema = z.enum(MATCH_KINDS);
/** How a related concept relates: the concept's close broader one, one beside it, or a listed link. */
export const RelationSchema = z.enum(RELATIONS);

export const OverlapSchema = z.object({
  concept: EntityRefSchema.extend({
    aliases: z.array(z.string()),
    broader: z.array(EntityRefSchema),
    narrower: z.array(EntityRefSchema.extend({ via: z.string() })),
    /** With `related`: the related concepts some plan mentions. */
    related: z.array(EntityRefSchema.extend({ relation: RelationSchema, via: z.string().nullable() })).optional(),
  }),
  related: z.boolean(),
  cities: z.array(
    z.object({
      city: z.string(),
      plans: z.array(PlanRefSchema),
      matches: z.array(z.object({ term: z.string(), match: MatchKindSchema, industry: EntityRefSchema, count: z.number().int(), relation: RelationSchema.optional() })),
      tasks: z.array(TaskRefSchema),
      departments: z.array(z.object({ department: EntityRefSchema, led: z.number().int(), assigned: z.number().int() })),
      enterprises: z.array(EntityRefSchema),
      platforms: z.array(EntityRefSchema),
      targets: z.array(TargetRefSchema),
      evidence: z.array(EvidenceSchema.extend({ match: MatchKindSchema, industry: z.string() })),
    }),
  ),
  /** Cities that mention the concept; `cities` holds the first `limit` of them. */
  citiesTotal: z.number().int(),
  absent: z.array(z.string()),
});
export type Overlap = z.infer<typeof OverlapSchema>;
type CityOverlap = Overlap['cities'][number];

const sameSentence = (a: Evidence, b: Evidence) => a.plan === b.plan && a.start < b.end && b.start < a.end;

/** Concepts related to `concept` in the lexicon, by node id; none for a plan's own industry. */
function relatedById(lexicon: Lexicon | null, concept: NodeOfLabel<'Industry'>): Map<string, RelatedConcept> {
  if (!lexicon || concept.source !== 'lexicon') return new Map();
  return new Map(relatedConcepts(lexicon, concept.name).map((r) => [nodeIds.industry(r.concept), r]));
}

export async function overlap(reader: GraphReader, query: string, related: boolean, limit = OVERLAP_CITY_LIMIT, lexicon: Lexicon | null = null): Promise<Overlap> {
  const concept = await findIndustry(reader, query);
  if (!concept) throw errors.notFound('industry concept', query);
  const narrower = related ? await narrowerIndustries(reader, concept.id) : [];
  const relatives = related ? relatedById(lexicon, concept) : new Map<string, RelatedConcept>();
  for (const n of narrower) relatives.delete(n.node.id);
  const ids = [concept.id, ...narrower.map((n) => n.node.id), ...relatives.keys()];
  const [mentions, concerns, measures, hosts, broaderEdges] = await Promise.all([
    reader.edges({ to: ids, types: ['MENTIONS'] }),
    reader.edges({ to: ids, types: ['CONCERNS'] }),
    reader.edges({ to: ids, types: ['MEASURES'] }),
    reader.edges({ to: ids, types: ['HOSTS'] }),
    reader.edges({ from: [concept.id], types: ['BROADER'] }),
  ]);
  const plans = await reader.plans();
  const plansById = new Map(plans.map((p) => [p.id, p]));
  const cityOfPlan = new Map(plans.map((p) => [p.id, p.city]));
  const byCity = new Map<string, CityOverlap>();
  const cityEntry = (city: string): CityOverlap => {
    let entry = byCity.get(city);
    if (!entry) {
      entry = { city, plans: [], matches: [], tasks: [], departments: [], enterprises: [], platforms: [], targets: [], evidence: [] };
      byCity.set(city, entry);
    }
    return entry;
  };
  const industries = await reader.nodesById(ids);
  addMentions(mentions, { concept, relatives, industries, plansById }, cityEntry);
  const tasks = await addTasks(reader, concerns, cityOfPlan, cityEntry);
  const targets = await reader.nodesById(measures.map((e) => e.source));
  for (const edge of measures) {
    const target = targets.get(edge.source);
    if (target?.label === 'Target' && target.city) cityEntry(target.city).targets.push(targetRef(target, edge.evidence ?? []));
  }
  // Ranking needs only the sentences; departments and organisations (the costly part on a province-sized
  // graph) are gathered for the cities the answer shows, not for every city that mentions the concept.
  const cities = ranked([...byCity.values()]);
  const shown = new Map(cities.slice(0, limit).map((entry) => [entry.city, entry]));
  const shownTasks = tasks.filter((task) => shown.has(cityOfPlan.get(task.plan) ?? ''));
  await addDepartments(reader, shownTasks, cityOfPlan, shown);
  await addOrganisations(reader, mentions, shownTasks, hosts, cityOfPlan, shown);
  for (const entry of shown.values()) sortDepartments(entry);

  const broader = await reader.nodesById(broaderEdges.map((e) => e.target));
  return {
    concept: {
      ...entityRef(concept),
      aliases: concept.aliases ?? [],
      broader: [...broader.values()].map(entityRef),
      narrower: narrower.map((n) => ({ ...entityRef(n.node), via: n.via })),
      ...(related ? { related: [...relatives].filter(([id]) => industries.has(id)).map(([id, r]) => ({ ...entityRef(industries.get(id) as GraphNode), relation: r.relation, via: r.via })) } : {}),
    },
    related,
    cities: cities.slice(0, limit),
    citiesTotal: cities.length,
    absent: (await reader.cities()).filter((c) => !byCity.has(c)),
  };
}

interface Mentioned {
  concept: NodeOfLabel<'Industry'>;
  relatives: Map<string, RelatedConcept>;
  industries: Map<string, GraphNode>;
  plansById: Map<string, NodeOfLabel<'Plan'>>;
}

/** Each sentence naming the concept, a narrower or a related one, with how its wording matches. */
function addMentions(mentions: GraphEdge[], { concept, relatives, industries, plansById }: Mentioned, cityEntry: (city: string) => CityOverlap): void {
  const matchOf = (target: string, term: string) => (relatives.has(target) ? 'related' : target !== concept.id ? 'narrower' : term === concept.name ? 'exact' : 'synonym');
  for (const edge of mentions) {
    const plan = plansById.get(edge.source);
    if (!plan?.city || edge.type !== 'MENTIONS') continue;
    const entry = cityEntry(plan.city);
    if (!entry.plans.some((p) => p.id === plan.id)) entry.plans.push(planRef(plan));
    const industry = entityRef(industries.get(edge.target) as GraphNode);
    const relation = relatives.get(edge.target)?.relation;
    for (const evidence of edge.evidence ?? []) {
      const term = evidence.term ?? industry.name;
      const match = matchOf(edge.target, term);
      entry.evidence.push({ ...evidence, match, industry: industry.name });
      const existing = entry.matches.find((m) => m.term === term && m.industry.id === industry.id);
      if (existing) existing.count += 1;
      else entry.matches.push({ term, match, industry, count: 1, ...(relation ? { relation } : {}) });
    }
  }
}

/** Cities naming the concept itself (or under it) first, then by sentences; matches in order. */
function ranked(cities: CityOverlap[]): CityOverlap[] {
  const direct = (entry: CityOverlap) => entry.evidence.filter((e) => e.match !== 'related').length;
  for (const entry of cities) entry.matches.sort((a, b) => MATCH_KINDS.indexOf(a.match) - MATCH_KINDS.indexOf(b.match) || b.count - a.count);
  return cities.sort((a, b) => direct(b) - direct(a) || b.evidence.length - a.evidence.length || a.city.localeCompare(b.city));
}

function sortDepartments(entry: CityOverlap): void {
  entry.departments.sort((a, b) => b.led - a.led || b.assigned - a.assigned || a.department.name.localeCompare(b.department.name));
}

/** The tasks concerned, each under its plan's city. */
async function addTasks(reader: GraphReader, concerns: GraphEdge[], cityOfPlan: Map<string, string | null>, cityEntry: (city: string) => CityOverlap): Promise<NodeOfLabel<'Task'>[]> {
  const tasks = [...(await reader.nodesById(concerns.map((e) => e.source))).values()].filter(isLabel('Task'));
  for (const task of tasks) {
    const city = cityOfPlan.get(task.plan);
    if (city) cityEntry(city).tasks.push(taskRef(task));
  }
  return tasks;
}

/** The departments assigned those tasks, with how many each leads. */
async function addDepartments(reader: GraphReader, tasks: NodeOfLabel<'Task'>[], cityOfPlan: Map<string, string | null>, byCity: Map<string, CityOverlap>): Promise<void> {
  const assigned = await reader.edges({ from: tasks.map((task) => task.id), types: ['ASSIGNED_TO'] });
  const departments = await reader.nodesById(assigned.map((e) => e.target));
  const cityOfTask = new Map(tasks.map((task) => [task.id, cityOfPlan.get(task.plan)]));
  const rows = new Map<string, CityOverlap['departments'][number]>();
  for (const edge of assigned) {
    const department = departments.get(edge.target);
    const entry = byCity.get(cityOfTask.get(edge.source) ?? '');
    if (!department || !entry || edge.type !== 'ASSIGNED_TO') continue;
    const key = `${entry.city}\u0000${department.id}`;
    let row = rows.get(key);
    if (!row) {
      row = { department: entityRef(department), led: 0, assigned: 0 };
      rows.set(key, row);
      entry.departments.push(row);
    }
    if (edge.role === 'lead') row.led += 1;
    if (edge.role !== 'implicit') row.assigned += 1;
  }
}

/** Enterprises and platforms named in the same sentences, in the tasks concerned, or hosting the industry. */
async function addOrganisations(
  reader: GraphReader,
  mentions: GraphEdge[],
  tasks: NodeOfLabel<'Task'>[],
  hosts: GraphEdge[],
  cityOfPlan: Map<string, string | null>,
  byCity: Map<string, CityOverlap>,
): Promise<void> {
  const shown = (plan: string | null | undefined) => byCity.has(cityOfPlan.get(plan ?? '') ?? '');
  const planIds = [...new Set(mentions.map((e) => e.source))].filter(shown);
  const sentencesByPlan = new Map<string, Evidence[]>();
  for (const sentence of evidenceOf(mentions)) {
    const sentences = sentencesByPlan.get(sentence.plan) ?? [];
    sentences.push(sentence);
    sentencesByPlan.set(sentence.plan, sentences);
  }
  const sharesSentence = (e: Evidence) => (sentencesByPlan.get(e.plan) ?? []).some((s) => sameSentence(e, s));
  const organisationMentions = await reader.edges({ from: planIds, types: ['MENTIONS'], targetLabels: ['Enterprise', 'Platform'] });
  const involved = await reader.edges({ from: tasks.map((task) => task.id), types: ['INVOLVES'] });
  const found = new Map<string, Set<string>>();
  const add = (city: string | null | undefined, id: string) => {
    if (!city || !byCity.has(city)) return;
    const set = found.get(city) ?? new Set<string>();
    set.add(id);
    found.set(city, set);
  };
  for (const edge of organisationMentions) {
    if ((edge.evidence ?? []).some(sharesSentence)) add(cityOfPlan.get(edge.source), edge.target);
  }
  for (const edge of [...involved, ...hosts]) {
    const plan = edge.plan;
    if (plan && (edge.source.startsWith('platform:') || edge.target.startsWith('enterprise:') || edge.target.startsWith('platform:'))) {
      add(cityOfPlan.get(plan), edge.type === 'HOSTS' ? edge.source : edge.target);
    }
  }
  const nodes = await reader.nodesById([...found.values()].flatMap((s) => [...s]));
  for (const [city, ids] of found) {
    const entry = byCity.get(city) as CityOverlap;
    for (const id of [...ids].sort()) {
      const node = nodes.get(id);
      if (node?.label === 'Enterprise') entry.enterprises.push(entityRef(node));
      if (node?.label === 'Platform') entry.platforms.push(entityRef(node));
    }
  }
}
