/**
 * Tasks and who carries them: one Task node per task (with its completion time), HAS_TASK from the
 * section or plan that holds it, and per task and body one ASSIGNED_TO edge with the strongest role
 * the plan gives that body (lead > responsible > cooperating > joint > implicit); LED_BY for leads.
 */
import { nodeIds } from '../../graph/ids.ts';
import type { AssignmentRoleSchema, NodeOfLabel } from '../../graph/schema.ts';
import type { z } from 'zod';
import type { Assignment } from '../resolve/schema.ts';
import type { Section, StructuredDocument, Task } from '../structure/schema.ts';
import type { EdgeCollector } from './edges.ts';
import type { EvidenceMaker } from './evidence.ts';

const ROLE_STRENGTH: Record<z.infer<typeof AssignmentRoleSchema>, number> = { lead: 4, responsible: 3, cooperating: 2, joint: 1, implicit: 0 };

export interface TaskLinking {
  document: StructuredDocument;
  planId: string;
  evidence: EvidenceMaker;
  edges: EdgeCollector;
  /** The node id of the section (or plan) that holds a section's items. */
  parentOf(section: Section): string;
  sectionId(section: Section): string;
  headingEvidence(section: Section): ReturnType<EvidenceMaker['of']>;
}

function taskNode(task: Task, id: string, parent: string, linking: TaskLinking): NodeOfLabel<'Task'> {
  const [start, end] = linking.evidence.originalRange(task);
  return {
    id,
    label: 'Task',
    name: `${task.number} ${task.title}`.trim(),
    plans: [linking.planId],
    plan: linking.planId,
    number: task.number,
    title: task.title,
    section: parent === linking.planId ? null : parent,
    kind: task.kind,
    ...(task.deadline ? { deadline: task.deadline.text } : {}),
    ...(task.deadline?.date ? { deadlineDate: task.deadline.date } : {}),
    start,
    end,
  };
}

/** Task nodes and their HAS_TASK edges; returns the nodes, in the document's order. */
export function linkTasks(linking: TaskLinking, key: string): NodeOfLabel<'Task'>[] {
  const { document } = linking;
  return document.tasks.map((task, order) => {
    const section = task.section === null ? null : (document.sections[task.section] as Section);
    const id = nodeIds.task(key, task.path);
    // A heading task sits under its heading's parent; a table row under the section holding the table.
    const parent = !section ? linking.planId : task.origin === 'heading' ? linking.parentOf(section) : linking.sectionId(section);
    const cited = section && task.origin === 'heading' ? linking.headingEvidence(section) : linking.evidence.of(task);
    linking.edges.stated('HAS_TASK', parent, id, { order }, cited);
    return taskNode(task, id, parent, linking);
  });
}

/** ASSIGNED_TO per task and body with its strongest role, citing the clause; LED_BY for a lead. */
export function linkAssignments(assignments: Assignment[], taskIds: string[], linking: TaskLinking): void {
  const strongest = new Map<string, Assignment>();
  for (const a of assignments) {
    const k = `${a.task}|${a.department}`;
    const current = strongest.get(k);
    if (!current || ROLE_STRENGTH[a.role] > ROLE_STRENGTH[current.role]) strongest.set(k, a);
  }
  for (const a of strongest.values()) {
    const taskId = taskIds[a.task] as string;
    const cited = linking.evidence.of(a, a.surface);
    linking.edges.stated('ASSIGNED_TO', taskId, a.department, { role: a.role }, cited, a.role);
    if (a.role === 'lead') linking.edges.stated('LED_BY', taskId, a.department, {}, cited);
  }
}
