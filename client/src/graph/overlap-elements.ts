/**
 * /api/overlap → a graph: the concept in the middle; the narrower industries matched (dotted link to
 * the concept) and the related concepts (a dash-dot link captioned with how they relate: 上位概念,
 * 同级概念, 词表关联 — close to the concept, not part of it); each city with its plans; an edge from the
 * concept (or narrower or related industry) to each plan that uses it — solid for the exact name,
 * dashed for a synonym, dotted for a narrower industry, dash-dot for a related one — captioned with the
 * wording and count; the plans' tasks and targets; the city's departments, enterprises and platforms.
 * At most `maxPerKind` of each per city (the side panel lists them all).
 */
import type { Overlap } from '../../../server/contract.ts';
import { MATCH_NAMES, RELATION_NAMES, truncate, type MatchKind } from '../format.ts';
import { makeEdge, makeNode, type EdgeElement, type ElementSet, type NodeElement } from './elements.ts';

export interface OverlapElements extends ElementSet {
  /** Items left out of the graph to keep it readable. */
  omitted: number;
}

type CityEntry = Overlap['cities'][number];

class GraphBuilder {
  readonly nodes = new Map<string, NodeElement>();
  readonly edges = new Map<string, EdgeElement>();
  omitted = 0;

  constructor(private readonly maxPerKind: number) {}

  node(n: NodeElement): void {
    if (!this.nodes.has(n.data.id)) this.nodes.set(n.data.id, n);
  }

  edge(e: EdgeElement): void {
    if (!this.edges.has(e.data.id)) this.edges.set(e.data.id, e);
  }

  capped<T>(items: T[]): T[] {
    this.omitted += Math.max(0, items.length - this.maxPerKind);
    return items.slice(0, this.maxPerKind);
  }

  result(): OverlapElements {
    const edges = [...this.edges.values()].filter((e) => this.nodes.has(e.data.source) && this.nodes.has(e.data.target));
    return { nodes: [...this.nodes.values()], edges, omitted: this.omitted };
  }
}

/** The wordings of each (industry, plan, match kind), counted: one captioned edge each. */
function wordingGroups(entry: CityEntry, conceptId: string) {
  const industryByName = new Map(entry.matches.map((m) => [m.industry.name, m.industry]));
  const groups = new Map<string, { industry: string; plan: string; match: MatchKind; terms: Map<string, number> }>();
  for (const evidence of entry.evidence) {
    const industry = industryByName.get(evidence.industry)?.id ?? conceptId;
    const key = `${industry}|${evidence.plan}|${evidence.match}`;
    const group = groups.get(key) ?? { industry, plan: evidence.plan, match: evidence.match, terms: new Map<string, number>() };
    const term = evidence.term ?? evidence.industry;
    group.terms.set(term, (group.terms.get(term) ?? 0) + 1);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** How many sentences, in every city, use an industry in a kind of match: the weight of its link to the concept. */
function sentencesOf(overlap: Overlap): (industry: string, match: MatchKind) => number {
  const counts = new Map<string, number>();
  for (const e of overlap.cities.flatMap((c) => c.evidence)) counts.set(`${e.industry}|${e.match}`, (counts.get(`${e.industry}|${e.match}`) ?? 0) + 1);
  return (industry, match) => counts.get(`${industry}|${match}`) ?? 0;
}

function addWordings(graph: GraphBuilder, entry: CityEntry, conceptId: string, sentences: (industry: string, match: MatchKind) => number): void {
  for (const match of entry.matches) {
    if (match.industry.id === conceptId) continue;
    const industry = { id: match.industry.id, label: 'Industry' as const, name: match.industry.name, city: null, kind: null, plans: 1 };
    const link = { source: match.industry.id, target: conceptId, role: null, plan: null, evidence: sentences(match.industry.name, match.match) };
    if (match.match === 'related') {
      graph.node(makeNode(industry, 'related'));
      const caption = match.relation ? RELATION_NAMES[match.relation] : MATCH_NAMES.related;
      graph.edge(makeEdge({ ...link, id: `ov|RELATED|${match.industry.id}|${conceptId}`, type: 'RELATED', match: 'related', caption }, `relation relation-${match.relation ?? 'listed'}`));
    } else {
      graph.node(makeNode(industry, 'narrower'));
      graph.edge(makeEdge({ ...link, id: `ov|BROADER|${match.industry.id}|${conceptId}`, type: 'BROADER', match: 'narrower' }, 'broader'));
    }
  }
  for (const group of wordingGroups(entry, conceptId)) {
    if (!graph.nodes.has(group.plan)) continue;
    const count = [...group.terms.values()].reduce((a, b) => a + b, 0);
    const caption = `${MATCH_NAMES[group.match]}：${truncate([...group.terms.keys()].join('、'), 12)} ×${count}`;
    const id = `ov|MENTIONS|${group.plan}|${group.industry}|${group.match}`;
    graph.edge(makeEdge({ id, source: group.industry, target: group.plan, type: 'MENTIONS', role: null, plan: group.plan, evidence: count, match: group.match, caption }, `match match-${group.match}`));
  }
}

function addPlanParts(graph: GraphBuilder, entry: CityEntry, cityId: string): void {
  for (const task of graph.capped(entry.tasks)) {
    graph.node(makeNode({ id: task.id, label: 'Task', name: `${task.number} ${task.title}`.trim(), city: entry.city, kind: 'task', plans: 1, plan: task.plan }));
    // A task on the concept in a plan that never names it outright hangs off the city.
    const parent = graph.nodes.has(task.plan) ? task.plan : cityId;
    graph.edge(makeEdge({ id: `ov|HAS_TASK|${parent}|${task.id}`, source: parent, target: task.id, type: 'HAS_TASK', role: null, plan: task.plan, evidence: 0 }));
  }
  for (const target of graph.capped(entry.targets)) {
    if (!graph.nodes.has(target.plan)) continue;
    graph.node(makeNode({ id: target.id, label: 'Target', name: `${target.subject}${target.metric} ${target.display}`, city: entry.city, kind: null, plans: 1, plan: target.plan }));
    graph.edge(makeEdge({ id: `ov|SET_IN|${target.id}|${target.plan}`, source: target.id, target: target.plan, type: 'SET_IN', role: null, plan: target.plan, evidence: target.evidence.length }));
  }
}

function addOrganisations(graph: GraphBuilder, entry: CityEntry, cityId: string): void {
  for (const row of graph.capped(entry.departments)) {
    graph.node(makeNode({ id: row.department.id, label: 'Department', name: row.department.name, city: entry.city, kind: null, plans: 1 }));
    const caption = row.led > 0 ? `牵头 ${row.led} · 参与 ${row.assigned}` : row.assigned > 0 ? `参与 ${row.assigned}` : '承接';
    const role = row.led > 0 ? 'lead' : 'responsible';
    graph.edge(makeEdge({ id: `ov|ASSIGNED_TO|${row.department.id}|${cityId}`, source: row.department.id, target: cityId, type: 'ASSIGNED_TO', role, plan: null, evidence: 0, caption }, `role-${role}`));
  }
  for (const organisation of [...graph.capped(entry.enterprises), ...graph.capped(entry.platforms)]) {
    graph.node(makeNode({ id: organisation.id, label: organisation.label, name: organisation.name, city: organisation.city, kind: null, plans: 1 }));
    graph.edge(makeEdge({ id: `ov|INVOLVES|${cityId}|${organisation.id}`, source: cityId, target: organisation.id, type: 'INVOLVES', role: null, plan: null, evidence: 0 }));
  }
}

export function fromOverlap(overlap: Overlap, maxPerKind = 12): OverlapElements {
  const graph = new GraphBuilder(maxPerKind);
  const concept = overlap.concept;
  const sentences = sentencesOf(overlap);
  graph.node(makeNode({ id: concept.id, label: 'Industry', name: concept.name, city: null, kind: 'lexicon', plans: 0, size: 64 }, 'concept'));
  for (const entry of overlap.cities) {
    const cityId = `city:${entry.city}`;
    graph.node(makeNode({ id: cityId, label: 'City', name: entry.city, city: entry.city, kind: null, plans: entry.plans.length }));
    for (const plan of entry.plans) {
      graph.node(makeNode({ id: plan.id, label: 'Plan', name: plan.title, city: entry.city, kind: null, plans: 1 }));
      graph.edge(makeEdge({ id: `ov|ISSUED_BY|${plan.id}|${cityId}`, source: plan.id, target: cityId, type: 'ISSUED_BY', role: null, plan: plan.id, evidence: 0 }));
    }
    addWordings(graph, entry, concept.id, sentences);
    addPlanParts(graph, entry, cityId);
    addOrganisations(graph, entry, cityId);
  }
  return graph.result();
}
