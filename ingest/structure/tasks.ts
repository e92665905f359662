/**
 * Tasks: the leaf items of a plan's task and safeguard sections (1．科学精准定位。…, （一）强化组织
 *领导。…), plus any numbered item that carries a responsibility clause wherever it stands.
 */
import { findAttributions, findProseAttribution } from './attribution.ts';
import type { AttributionItem, Section, Task } from './schema.ts';

function topAncestor(sections: Section[], section: Section): number {
  let current = section;
  while (current.parent !== null) current = sections[current.parent] as Section;
  return current.index;
}

export function selectTasks(sections: Section[], text: string): Task[] {
  const tasks: Task[] = [];
  for (const section of sections) {
    if (section.kind !== 'heading') continue;
    const children = sections.filter((s) => s.parent === section.index);
    const hasSubheadings = children.some((s) => s.kind === 'heading');
    if (hasSubheadings) continue;
    // A box (专栏) or table inside the item is not part of the item's own text.
    const end = Math.min(section.end, ...children.map((c) => c.start));
    const body = text.slice(section.start, end);
    let attributions = findAttributions(body, section.start);
    const inTaskSection = section.role === 'task' || section.role === 'safeguard';
    if (!(inTaskSection && (section.level >= 1 || section.inlineBody)) && attributions.length === 0) continue;
    if (attributions.length === 0) {
      const prose = findProseAttribution(body, section.start);
      if (prose) attributions = [prose];
    }
    tasks.push({
      index: tasks.length,
      section: section.index,
      number: section.number,
      title: section.title,
      kind: section.role === 'safeguard' ? 'safeguard' : 'task',
      attributions,
      implicit: [],
      start: section.start,
      end: end > section.start ? trimEnd(text, section.start, end) : end,
    });
  }
  applyCarryOver(sections, tasks);
  return tasks;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1] as string)) e -= 1;
  return e;
}

/** “以下…均需…落实，不再列出” binds every later task under the same top-level heading. */
function applyCarryOver(sections: Section[], tasks: Task[]): void {
  const carried = new Map<number, AttributionItem[]>();
  for (const task of tasks) {
    const scope = topAncestor(sections, sections[task.section] as Section);
    const active = carried.get(scope);
    if (active) task.implicit = active;
    for (const attribution of task.attributions) {
      if (attribution.carryOver && attribution.carryOver.items.length > 0) carried.set(scope, attribution.carryOver.items);
    }
  }
}
