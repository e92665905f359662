/**
 * Tasks: the leaf items of a plan's task and safeguard sections (1．科学精准定位。…, （一）强化组织
 * 领导。…), any numbered item that carries a responsibility clause wherever it stands, and the rows
 * of task tables. Each task carries its responsibility clauses, its completion time, and the bodies
 * an earlier “以下…均需…落实，不再列出” carries over to it.
 */
import type { GenericTest } from './attribution-list.ts';
import { findClauses } from './attribution.ts';
import { findProseAttributions } from './prose-attribution.ts';
import type { Attribution, AttributionItem, Section, Table, Task } from './schema.ts';
import { deadlineDate } from './deadlines.ts';
import { isTaskTable, tableTasks } from './task-tables.ts';

export interface TaskReading {
  /** Phrases that name no body (各有关单位); lexicon data. */
  isGeneric: GenericTest;
  /** The year a completion time without one falls in (6月底前 in a plan for 2024), when the plan covers one year. */
  defaultYear: number | null;
}

function isWithin(sections: Section[], inner: number | null, outer: number | null): boolean {
  if (outer === null) return true;
  for (let at = inner; at !== null; at = (sections[at] as Section).parent) if (at === outer) return true;
  return false;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1] as string)) e -= 1;
  return e;
}

function headingTasks(sections: Section[], text: string, taskTables: Table[], reading: TaskReading): Task[] {
  const tasks: Task[] = [];
  for (const section of sections) {
    if (section.kind !== 'heading') continue;
    const children = sections.filter((s) => s.parent === section.index);
    if (children.some((s) => s.kind === 'heading')) continue;
    // A section whose body is a task table has its rows as tasks.
    if (taskTables.some((t) => t.section === section.index)) continue;
    // A box (专栏) or table inside the item is not part of the item's own text.
    const end = Math.min(section.end, ...children.map((c) => c.start));
    const body = text.slice(section.start, end);
    const scan = findClauses(body, section.start, reading.isGeneric, reading.defaultYear);
    const inTaskSection = section.role === 'task' || section.role === 'safeguard';
    if (!(inTaskSection && (section.level >= 1 || section.inlineBody)) && scan.attributions.length === 0) continue;
    const attributions = scan.attributions.length > 0 ? scan.attributions : findProseAttributions(body, section.start, reading.isGeneric);
    tasks.push({
      index: -1,
      section: section.index,
      path: section.path,
      origin: 'heading',
      number: section.number,
      title: section.title,
      kind: section.role === 'safeguard' ? 'safeguard' : 'task',
      attributions,
      implicit: [],
      deadline: attributions.find((a) => a.deadline)?.deadline ?? scan.deadlines[0] ?? null,
      start: section.start,
      end: end > section.start ? trimEnd(text, section.start, end) : end,
    });
  }
  return tasks;
}

export function selectTasks(sections: Section[], text: string, tables: Table[], reading: TaskReading): Task[] {
  const taskTables = tables.filter(isTaskTable);
  const headed = headingTasks(sections, text, taskTables, reading);
  const rows = tableTasks(taskTables, sections, reading.isGeneric, reading.defaultYear, new Set(headed.map((t) => t.path)));
  const preambles = preambleClauses(sections, text, reading);
  const tasks = inheritHeadingClauses(sections, [...headed, ...rows], preambles)
    .sort((a, b) => a.start - b.start)
    .map((task, index) => ({ ...task, index }));
  applyCarryOver(sections, tasks, carriedInPreambles(preambles));
  return reading.defaultYear === null ? withPlanYear(tasks) : tasks;
}

/**
 * 6月底完成 in a plan whose title gave no single year: when the plan's other completion times all
 * name one year (2022年12月底完成, 2022年9月底前完成), that is the year meant.
 */
function withPlanYear(tasks: Task[]): Task[] {
  const years = new Set(tasks.flatMap((t) => (t.deadline ? [...t.deadline.text.matchAll(/((?:19|20)\d\d)年/g)].map((m) => m[1]) : [])));
  if (years.size !== 1) return tasks;
  const year = Number([...years][0]);
  return tasks.map((t) => (t.deadline && t.deadline.date === null ? { ...t, deadline: { ...t.deadline, date: deadlineDate(t.deadline.text, year) } } : t));
}

interface Carried {
  items: AttributionItem[];
  /** Applies to tasks starting after this offset … */
  from: number;
  /** … within this section (null: the whole plan) … */
  scope: number | null;
  /** … and of this kind (a task's “以下…” binds the later tasks, not the safeguards). */
  kind: Task['kind'] | null;
}

/** Clauses between a heading and its first subheading, by the heading's section index. */
function preambleClauses(sections: Section[], text: string, reading: TaskReading): Map<number, Attribution[]> {
  const clauses = new Map<number, Attribution[]>();
  for (const section of sections) {
    const first = sections.find((s) => s.parent === section.index && s.kind === 'heading');
    if (!first) continue;
    const { attributions } = findClauses(text.slice(section.start, first.start), section.start, reading.isGeneric, reading.defaultYear);
    if (attributions.length > 0) clauses.set(section.index, attributions);
  }
  return clauses;
}

/**
 * （一）推进产业升级（牵头单位：市工信局） over items 1．2． with no clause of their own: the heading's
 * clause assigns each of them, citing the heading's clause.
 */
function inheritHeadingClauses(sections: Section[], tasks: Task[], preambles: Map<number, Attribution[]>): Task[] {
  return tasks.map((task) => {
    if (task.attributions.length > 0) return task;
    for (let at = task.section === null ? null : (sections[task.section] as Section).parent; at !== null; at = (sections[at] as Section).parent) {
      const assigning = (preambles.get(at) ?? []).filter((a) => a.items.length > 0);
      if (assigning.length > 0) return { ...task, attributions: assigning, deadline: task.deadline ?? assigning.find((a) => a.deadline)?.deadline ?? null };
    }
    return task;
  });
}

/** “以下…均需…落实” between a heading and its first subheading: it binds every task below that heading. */
function carriedInPreambles(preambles: Map<number, Attribution[]>): Carried[] {
  return [...preambles].flatMap(([section, clauses]) =>
    clauses.flatMap((a) => (a.carryOver && a.carryOver.items.length > 0 ? [{ items: a.carryOver.items, from: a.start, scope: section, kind: null }] : [])),
  );
}

/** A task's own “以下…均需…落实” binds every later task of its kind (重点任务 in 一、二、三、 alike). */
function applyCarryOver(sections: Section[], tasks: Task[], preambles: Carried[]): void {
  const carried = [...preambles];
  for (const task of tasks) {
    for (const a of task.attributions) if (a.carryOver && a.carryOver.items.length > 0) carried.push({ items: a.carryOver.items, from: a.end, scope: null, kind: task.kind });
  }
  for (const task of tasks) {
    const binds = (c: Carried) => c.from <= task.start && isWithin(sections, task.section, c.scope) && (c.kind === null || c.kind === task.kind);
    const binding = carried.filter(binds).sort((a, b) => b.from - a.from)[0];
    if (binding) task.implicit = binding.items;
  }
}
