/**
 * Precision, recall and F1 of one plan's graph against the references. An extracted entity matches a
 * reference one when its canonical name or any wording the plan used for it is the reference's
 * canonical name or one of its wordings in that document; matching is one-to-one.
 */
import type { GraphEdge, GraphNode, PlanContribution } from '../graph/schema.ts';
import type { GoldEntity, GoldTarget, GoldTask } from './gold.ts';

export interface Score {
  truePositives: number;
  extracted: number;
  expected: number;
  precision: number;
  recall: number;
  f1: number;
  missed: string[];
  spurious: string[];
}

export function score(truePositives: number, extracted: number, expected: number, missed: string[] = [], spurious: string[] = []): Score {
  const precision = extracted === 0 ? (expected === 0 ? 1 : 0) : truePositives / extracted;
  const recall = expected === 0 ? 1 : truePositives / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, extracted, expected, precision, recall, f1, missed, spurious };
}

export function combine(scores: Score[]): Score {
  const sum = (f: (s: Score) => number) => scores.reduce((total, s) => total + f(s), 0);
  return score(sum((s) => s.truePositives), sum((s) => s.extracted), sum((s) => s.expected), scores.flatMap((s) => s.missed), scores.flatMap((s) => s.spurious));
}

/** Wordings a plan used for each node, from its MENTIONS edges. */
function wordingsOf(contribution: PlanContribution): Map<string, Set<string>> {
  const wordings = new Map<string, Set<string>>();
  for (const edge of contribution.edges) {
    if (edge.type !== 'MENTIONS') continue;
    const set = wordings.get(edge.target) ?? new Set<string>();
    for (const term of edge.terms) set.add(term.replace(/[“”]/g, ''));
    wordings.set(edge.target, set);
  }
  return wordings;
}

/** Aligns a plan's nodes of one label with the references for one document; returns node id → reference canonical. */
export function alignEntities(contribution: PlanContribution, label: GraphNode['label'] | GraphNode['label'][], gold: GoldEntity[], doc: string): { alignment: Map<string, string>; score: Score } {
  const labels = Array.isArray(label) ? label : [label];
  const wordings = wordingsOf(contribution);
  const nodes = contribution.nodes.filter((n) => labels.includes(n.label) && wordings.has(n.id));
  const expected = gold.filter((g) => g.docs.includes(doc));
  const alignment = new Map<string, string>();
  const used = new Set<string>();
  for (const node of nodes) {
    const names = new Set([node.name.replace(/[“”]/g, ''), ...(wordings.get(node.id) ?? [])]);
    const match = expected.find((g) => !used.has(g.canonical) && [g.canonical, ...(g.aliases_by_doc[doc] ?? [])].some((w) => names.has(w.replace(/[“”]/g, ''))));
    if (match) {
      alignment.set(node.id, match.canonical);
      used.add(match.canonical);
    }
  }
  const missed = expected.filter((g) => !used.has(g.canonical)).map((g) => g.canonical);
  const spurious = nodes.filter((n) => !alignment.has(n.id)).map((n) => n.name);
  return { alignment, score: score(alignment.size, nodes.length, expected.length, missed, spurious) };
}

type TaskNode = Extract<GraphNode, { label: 'Task' }>;

/** 1 and 1．, （一） and (一): numbers compared as printed, whatever their width or closing dot. */
const numberKey = (number: string) => number.normalize('NFKC').trim().replace(/[.、\s]+$/, '');

/**
 * The task node each reference task names: same kind and number; where a plan numbers its tasks
 * anew under each heading, the one whose heading the reference names.
 */
export function matchTasks(contribution: PlanContribution, tasks: GoldTask[], doc: string): Map<GoldTask, TaskNode> {
  const taskNodes = contribution.nodes.filter((n): n is TaskNode => n.label === 'Task');
  const sectionTitle = new Map(contribution.nodes.filter((n) => n.label === 'Section').map((n) => [n.id, n.name]));
  const matched = new Map<GoldTask, TaskNode>();
  const used = new Set<string>();
  for (const task of tasks.filter((t) => t.doc === doc)) {
    const kind = task.kind === '保障措施' ? 'safeguard' : 'task';
    const candidates = taskNodes.filter((n) => !used.has(n.id) && n.kind === kind && numberKey(n.number) === numberKey(task.label_raw ?? task.label));
    const inSection = candidates.find((n) => n.section !== null && task.section?.includes(sectionTitle.get(n.section) ?? '\u0000'));
    const node = inSection ?? candidates[0];
    if (node) {
      matched.set(task, node);
      used.add(node.id);
    }
  }
  return matched;
}

export interface AssignmentScores {
  lead: Score;
  all: Score;
  /** Only where the references record co-operating bodies. */
  cooperating: Score | null;
}

/**
 * Task × department pairs: `lead` from LED_BY, `all` from ASSIGNED_TO other than carried-over bodies,
 * `cooperating` from ASSIGNED_TO with that role.
 */
export function scoreAssignments(contribution: PlanContribution, tasks: GoldTask[], doc: string, departments: Map<string, string>): AssignmentScores {
  const goldTasks = tasks.filter((t) => t.doc === doc);
  const nodes = matchTasks(contribution, tasks, doc);
  const pairs = (edges: GraphEdge[]) => new Set(edges.map((e) => `${e.source}|${departments.get(e.target) ?? e.target}`));
  const assigned = (keep: (role: string) => boolean) => pairs(contribution.edges.filter((e) => e.type === 'ASSIGNED_TO' && keep(e.role)));
  const evaluate = (extractedPairs: Set<string>, goldPairs: (t: GoldTask) => string[]): Score => {
    const expected: string[] = [];
    for (const task of goldTasks) for (const body of goldPairs(task)) expected.push(`${nodes.get(task)?.id ?? `missing:${task.id}`}|${body}`);
    const hits = expected.filter((p) => extractedPairs.has(p));
    return score(hits.length, extractedPairs.size, expected.length, expected.filter((p) => !extractedPairs.has(p)), [...extractedPairs].filter((p) => !expected.includes(p)));
  };
  const annotatesCooperating = goldTasks.some((t) => t.cooperating !== undefined);
  return {
    lead: evaluate(pairs(contribution.edges.filter((e) => e.type === 'LED_BY')), (t) => t.lead),
    all: evaluate(assigned((role) => role !== 'implicit'), (t) => t.responsible),
    cooperating: annotatesCooperating ? evaluate(assigned((role) => role === 'cooperating'), (t) => t.cooperating ?? []) : null,
  };
}

/** Completion times: a task's deadline is right when its wording and its date are. */
export function scoreDeadlines(contribution: PlanContribution, tasks: GoldTask[], doc: string): Score | null {
  const goldTasks = tasks.filter((t) => t.doc === doc);
  if (!goldTasks.some((t) => t.deadline !== undefined)) return null;
  const nodes = matchTasks(contribution, tasks, doc);
  const expected = goldTasks.filter((t) => t.deadline);
  const found = expected.filter((t) => {
    const node = nodes.get(t);
    return node?.deadline === t.deadline?.text && (node?.deadlineDate ?? null) === t.deadline?.date;
  });
  const extracted = contribution.nodes.filter((n): n is TaskNode => n.label === 'Task' && n.deadline !== undefined);
  const missed = expected.filter((t) => !found.includes(t)).map((t) => `${t.id} ${t.deadline?.text}`);
  const spurious = extracted.filter((n) => ![...nodes].some(([t, m]) => m.id === n.id && t.deadline)).map((n) => `${n.id} ${n.deadline}`);
  return score(found.length, extracted.length, expected.length, missed, spurious);
}

function valuesOf(node: Extract<GraphNode, { label: 'Target' }>): number[] {
  return node.values ? node.values.map((v) => v.value) : node.value === null ? [] : [node.value];
}

/**
 * Targets: a reference target is found when extracted targets whose text overlaps its evidence
 * carry its value(s) with the same unit and year.
 */
export function scoreTargets(contribution: PlanContribution, targets: GoldTarget[], doc: string): Score {
  const nodes = contribution.nodes.filter((n): n is Extract<GraphNode, { label: 'Target' }> => n.label === 'Target' && n.origin === 'text');
  const source = contribution.sourceText;
  const expected = targets.filter((t) => t.doc === doc);
  const used = new Set<string>();
  const missed: string[] = [];
  let hits = 0;
  for (const gold of expected) {
    const at = source.indexOf(gold.evidence);
    const span = at >= 0 ? { start: at, end: at + gold.evidence.length } : null;
    const near = nodes.filter((n) => span !== null && n.start < span.end && span.start < n.end && n.unit === gold.unit && n.year === gold.year);
    const wanted = typeof gold.value === 'number' ? [gold.value] : Object.values(gold.value);
    const found = near.filter((n) => valuesOf(n).some((v) => wanted.includes(v)));
    const covered = new Set(found.flatMap(valuesOf));
    if (found.length > 0 && wanted.every((v) => covered.has(v))) {
      hits += 1;
      for (const n of found) used.add(n.id);
    } else missed.push(`${gold.id} ${gold.evidence}`);
  }
  const spurious = nodes.filter((n) => !used.has(n.id)).map((n) => n.name);
  // Several extracted targets may make up one reference (parallel values), so precision counts targets used.
  const result = score(used.size, nodes.length, expected.length, missed, spurious);
  const recall = expected.length === 0 ? 1 : hits / expected.length;
  const f1 = result.precision + recall === 0 ? 0 : (2 * result.precision * recall) / (result.precision + recall);
  return { ...result, truePositives: hits, recall, f1 };
}
