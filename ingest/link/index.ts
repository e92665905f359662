/**
 * Stage 7 — link: ResolvedDocument → PlanContribution. The plan, its sections, tasks and targets
 * become nodes; every relation becomes an edge citing the sentence it comes from.
 */
import { nodeIds } from '../../graph/ids.ts';
import { targetFactOf, type GraphNode, type NodeOfLabel, type PlanContribution } from '../../graph/schema.ts';
import type { ResolvedDocument, ResolvedMention } from '../resolve/schema.ts';
import type { Section, Sentence } from '../structure/schema.ts';
import { EdgeCollector } from './edges.ts';
import { EvidenceMaker } from './evidence.ts';
import { linkInstruments } from './instruments.ts';
import { linkAssignments, linkTasks, type TaskLinking } from './tasks.ts';


export function link(resolved: ResolvedDocument): PlanContribution {
  const document = resolved.extraction.segmented.structured;
  const normalised = document.normalised;
  const source = normalised.source;
  const key = source.key;
  const planId = nodeIds.plan(key);
  const evidence = new EvidenceMaker(normalised, planId);
  const edges = new EdgeCollector(planId);
  const sentence = (index: number) => document.sentences[index] as Sentence;
  const cite = (index: number, term?: string) => evidence.of(sentence(index), term);
  const nodes: GraphNode[] = [];
  const meta = document.meta;

  const plan: NodeOfLabel<'Plan'> = {
    id: planId,
    label: 'Plan',
    name: meta.title || source.file,
    plans: [planId],
    city: meta.city,
    title: meta.title,
    file: source.file,
    sha256: source.sha256,
    encoding: source.encoding,
    cityCue: meta.cityCue,
    genre: meta.genre,
    status: meta.status,
    period: meta.period,
    periodBasis: meta.periodBasis,
    issuer: meta.issuer,
    issuers: meta.issuers.map((i) => i.name),
    issued: meta.issued,
    documentNumber: meta.documentNumber,
    provenance: evidence.provenance(meta.sources),
    characters: source.text.length,
  };
  nodes.push(plan);
  for (const entity of resolved.entities) nodes.push({ ...entity, plans: [planId] });

  const cue = meta.sources.city;
  if (meta.city && cue) {
    const where = document.sentences.find((s) => s.start <= cue.start && cue.end <= s.end);
    edges.stated('ISSUED_BY', planId, nodeIds.city(meta.city), {}, evidence.of(where ?? cue, cue.text));
  }

  // Sections and tasks: a task is a leaf item; sections hold them.
  const taskSections = new Set(document.tasks.flatMap((t) => (t.origin === 'heading' && t.section !== null ? [t.section] : [])));
  const sectionId = (s: Section) => nodeIds.section(key, s.path);
  const parentId = (s: Section): string => {
    let parent = s.parent === null ? null : (document.sections[s.parent] as Section);
    while (parent && taskSections.has(parent.index)) parent = parent.parent === null ? null : (document.sections[parent.parent] as Section);
    return parent ? sectionId(parent) : planId;
  };
  // A heading is cited by its own line.
  const headingEvidence = (s: Section) => {
    const lineEnd = normalised.text.indexOf('\n', s.start);
    return evidence.of({ start: s.start, end: lineEnd < 0 ? normalised.text.length : lineEnd });
  };
  document.sections.forEach((s, order) => {
    if (taskSections.has(s.index)) return;
    const [start, end] = evidence.originalRange(s);
    nodes.push({ id: sectionId(s), label: 'Section', name: s.title || s.number, plans: [planId], plan: planId, number: s.number, title: s.title, level: s.level, kind: s.kind, start, end });
    edges.stated('HAS_SECTION', parentId(s), sectionId(s), { order }, headingEvidence(s));
  });
  const linking: TaskLinking = { document, planId, evidence, edges, parentOf: parentId, sectionId, headingEvidence };
  const tasks = linkTasks(linking, key);
  nodes.push(...tasks);
  const taskIds = tasks.map((t) => t.id);
  linkAssignments(resolved.assignments, taskIds, linking);

  // Mentions: per plan and entity, with every wording and one citation per sentence.
  const byEntity = new Map<string, ResolvedMention[]>();
  for (const m of resolved.mentions) {
    const list = byEntity.get(m.entity);
    if (list) list.push(m);
    else byEntity.set(m.entity, [m]);
  }
  for (const [entity, list] of byEntity) {
    const terms = [...new Set(list.map((m) => m.surface))];
    // Each task's wordings for this entity, gathered once rather than per mention.
    const termsByTask = new Map<number, Set<string>>();
    for (const x of list) {
      const task = sentence(x.sentence).task;
      if (task !== null) termsByTask.set(task, (termsByTask.get(task) ?? new Set()).add(x.surface));
    }
    edges.stated('MENTIONS', planId, entity, { count: list.length, terms });
    for (const m of list) edges.stated('MENTIONS', planId, entity, { count: list.length, terms }, cite(m.sentence, m.surface));
    for (const m of list) {
      const task = sentence(m.sentence).task;
      if (task === null) continue;
      const taskId = taskIds[task] as string;
      if (m.label === 'Industry') {
        const taskTerms = [...(termsByTask.get(task) as Set<string>)];
        edges.stated('CONCERNS', taskId, entity, { terms: taskTerms }, cite(m.sentence, m.surface));
      } else if (m.label === 'Enterprise' || m.label === 'Platform' || m.label === 'Region') {
        edges.stated('INVOLVES', taskId, entity, {}, cite(m.sentence, m.surface));
      }
    }
  }

  for (const b of resolved.broader) {
    if (b.origin === 'table' && b.sentence !== null) edges.stated('BROADER', b.source, b.target, { origin: 'wording' }, cite(b.sentence));
    else edges.structural('BROADER', b.source, b.target, { origin: b.origin === 'lexicon' ? 'lexicon' : 'wording' });
  }
  for (const p of resolved.partOf) edges.structural('PART_OF', p.source, p.target, {});
  for (const l of resolved.locatedIn) {
    if (l.sentence === null) edges.structural('LOCATED_IN', l.source, l.target, {});
    else edges.stated('LOCATED_IN', l.source, l.target, {}, cite(l.sentence));
  }
  for (const h of resolved.hosts) edges.stated('HOSTS', h.source, h.target, {}, cite(h.sentence));
  for (const o of resolved.oversees) edges.stated('OVERSEES', o.source, o.target, {}, cite(o.sentence));

  resolved.targets.forEach((t, ordinal) => {
    const id = nodeIds.target(key, ordinal + 1);
    const [start, end] = evidence.originalRange(t);
    const metric = t.metric && t.metric !== t.subject ? ` ${t.metric}` : '';
    nodes.push({ id, label: 'Target', name: `${t.subject}${metric} ${t.display}`.trim(), plans: [planId], plan: planId, city: meta.city, ...targetFactOf(t), start, end });
    const cited = { ...evidence.of({ start: t.start, end: t.end }), ...(t.reading ? { reading: t.reading } : {}) };
    edges.stated('SET_IN', id, planId, {}, cited);
    if (t.subjectEntity) edges.stated('MEASURES', id, t.subjectEntity, {}, cited);
    const task = sentence(t.sentence).task;
    if (task !== null) edges.stated('HAS_TARGET', taskIds[task] as string, id, {}, cited);
  });

  const codes = resolved.extraction.instruments;
  nodes.push(...linkInstruments({ planId, codes, sentences: document.sentences, taskIds, cite }, edges));

  return { plan, nodes, edges: edges.all(), sourceText: source.text, warnings: resolved.warnings };
}
