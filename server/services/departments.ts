/**
 * “What does 市工信局 own in each city — as lead, as responsible, as co-operating body — and with whom?”
 */
import { z } from 'zod';
import { errors } from '../../core/errors.ts';
import { AssignmentRoleSchema, type GraphEdge, type NodeOfLabel } from '../../graph/schema.ts';
import { EntityRefSchema, EvidenceSchema, PlanRefSchema, TaskRefSchema } from '../schemas/common.ts';
import type { GraphReader } from './graph-reader.ts';
import { entityRef, isLabel, planRef, taskRef } from './refs.ts';

const RoleCountsSchema = z.object({
  led: z.number().int(),
  responsible: z.number().int(),
  cooperating: z.number().int(),
  joint: z.number().int(),
  implicit: z.number().int(),
});
type RoleCounts = z.infer<typeof RoleCountsSchema>;

export const DepartmentSummarySchema = z.object({
  department: EntityRefSchema.extend({
    kind: z.string(),
    level: z.string(),
    type: z.string(),
    collective: z.boolean(),
    /** A name a reform retired: the year, and today's body of the same kind. */
    until: z.number().int().optional(),
    successor: z.string().optional(),
    /** Named in a plan whose city is unknown. */
    unqualified: z.boolean().optional(),
  }),
  tasks: RoleCountsSchema,
  plans: z.number().int(),
});
export const DepartmentListSchema = z.object({ departments: z.array(DepartmentSummarySchema) });

export const DepartmentDetailSchema = z.object({
  department: DepartmentSummarySchema.shape.department.extend({ aliases: z.array(z.string()) }),
  tasks: RoleCountsSchema,
  plans: z.array(
    PlanRefSchema.extend({
      tasks: z.array(
        TaskRefSchema.extend({
          role: AssignmentRoleSchema,
          /** The task's completion time as printed, and its last day where the wording names one. */
          deadline: z.string().optional(),
          deadlineDate: z.string().optional(),
          evidence: z.array(EvidenceSchema),
        }),
      ),
    }),
  ),
  industries: z.array(EntityRefSchema.extend({ tasks: z.number().int(), oversees: z.boolean() })),
  partners: z.array(EntityRefSchema.extend({ sharedTasks: z.number().int() })),
  sameKind: z.array(DepartmentSummarySchema),
});
export type DepartmentDetail = z.infer<typeof DepartmentDetailSchema>;

type Department = NodeOfLabel<'Department'>;
const emptyCounts = (): RoleCounts => ({ led: 0, responsible: 0, cooperating: 0, joint: 0, implicit: 0 });

function countRoles(edges: GraphEdge[]): RoleCounts {
  const counts = emptyCounts();
  for (const edge of edges) {
    if (edge.type !== 'ASSIGNED_TO') continue;
    if (edge.role === 'lead') counts.led += 1;
    else counts[edge.role] += 1;
  }
  return counts;
}

function summary(department: Department, assigned: GraphEdge[]) {
  return {
    department: {
      ...entityRef(department),
      kind: department.kind,
      level: department.level,
      type: department.type,
      collective: department.collective,
      ...(department.until !== undefined ? { until: department.until } : {}),
      ...(department.successor !== undefined ? { successor: department.successor } : {}),
      ...(department.unqualified ? { unqualified: true } : {}),
    },
    tasks: countRoles(assigned),
    plans: department.plans.length,
  };
}

async function summaries(reader: GraphReader, departments: Department[]) {
  const assigned = await reader.edges({ to: departments.map((d) => d.id), types: ['ASSIGNED_TO'] });
  const byDepartment = new Map<string, GraphEdge[]>();
  for (const edge of assigned) byDepartment.set(edge.target, [...(byDepartment.get(edge.target) ?? []), edge]);
  return departments.map((d) => summary(d, byDepartment.get(d.id) ?? []));
}

const owned = (s: { tasks: RoleCounts }) => s.tasks.led + s.tasks.responsible + s.tasks.cooperating + s.tasks.joint;

export async function listDepartments(reader: GraphReader, city?: string): Promise<z.infer<typeof DepartmentListSchema>> {
  const departments = (await reader.store.findNodes({ labels: ['Department'], ...(city ? { city } : {}) })).filter(isLabel('Department'));
  const rows = await summaries(reader, departments);
  return { departments: rows.sort((a, b) => owned(b) - owned(a) || b.tasks.implicit - a.tasks.implicit || a.department.name.localeCompare(b.department.name)) };
}

export async function departmentDetail(reader: GraphReader, id: string): Promise<DepartmentDetail> {
  const department = await reader.node(id);
  if (!isLabel('Department')(department)) throw errors.notFound('department', id);
  const assigned = (await reader.edges({ to: [id], types: ['ASSIGNED_TO'] })).filter((e) => e.type === 'ASSIGNED_TO');
  const taskIds = assigned.map((e) => e.source);
  const [tasks, coAssigned, concerns, oversees] = await Promise.all([
    reader.nodesById(taskIds),
    reader.edges({ from: taskIds, types: ['ASSIGNED_TO'] }),
    reader.edges({ from: taskIds, types: ['CONCERNS'] }),
    reader.edges({ from: [id], types: ['OVERSEES'] }),
  ]);
  const plans = await reader.plans();
  const byPlan = new Map<string, DepartmentDetail['plans'][number]>();
  for (const edge of assigned) {
    const task = tasks.get(edge.source);
    if (!isLabel('Task')(task) || edge.type !== 'ASSIGNED_TO') continue;
    const plan = plans.find((p) => p.id === task.plan);
    if (!plan) continue;
    const entry = byPlan.get(plan.id) ?? { ...planRef(plan), tasks: [] };
    const deadline = { ...(task.deadline ? { deadline: task.deadline } : {}), ...(task.deadlineDate ? { deadlineDate: task.deadlineDate } : {}) };
    entry.tasks.push({ ...taskRef(task), role: edge.role, ...deadline, evidence: edge.evidence ?? [] });
    byPlan.set(plan.id, entry);
  }
  const industryCounts = new Map<string, number>();
  for (const edge of concerns) industryCounts.set(edge.target, (industryCounts.get(edge.target) ?? 0) + 1);
  for (const edge of oversees) if (!industryCounts.has(edge.target)) industryCounts.set(edge.target, 0);
  const partnerCounts = new Map<string, number>();
  for (const edge of coAssigned) if (edge.target !== id && edge.type === 'ASSIGNED_TO' && edge.role !== 'implicit') partnerCounts.set(edge.target, (partnerCounts.get(edge.target) ?? 0) + 1);
  const related = await reader.nodesById([...industryCounts.keys(), ...partnerCounts.keys()]);
  const sameKind = (await reader.store.findNodes({ labels: ['Department'] })).filter(isLabel('Department')).filter((d) => d.kind === department.kind && d.id !== id);

  return {
    department: { ...summary(department, assigned).department, aliases: department.aliases ?? [] },
    tasks: countRoles(assigned),
    plans: [...byPlan.values()].map((p) => ({ ...p, tasks: p.tasks.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true })) })),
    industries: [...industryCounts]
      .filter(([industry]) => related.has(industry))
      .map(([industry, count]) => ({ ...entityRef(related.get(industry) as never), tasks: count, oversees: oversees.some((e) => e.target === industry) }))
      .sort((a, b) => b.tasks - a.tasks || a.name.localeCompare(b.name)),
    partners: [...partnerCounts]
      .filter(([partner]) => related.has(partner))
      .map(([partner, count]) => ({ ...entityRef(related.get(partner) as never), sharedTasks: count }))
      .sort((a, b) => b.sharedTasks - a.sharedTasks || a.name.localeCompare(b.name)),
    sameKind: (await summaries(reader, sameKind)).sort((a, b) => (a.department.city ?? '').localeCompare(b.department.city ?? '')),
  };
}
