/**
 * What a plan's ingestion found, reduced to what must not depend on the file format: departments,
 * tasks, industries and targets. Equivalence tests compare these across .txt/.docx/.pdf/encodings.
 */
import type { PlanContribution } from '../../graph/schema.ts';

export interface PlanSummary {
  departments: string[];
  tasks: string[];
  industries: string[];
  targets: string[];
}

export function planSummary(contribution: PlanContribution): PlanSummary {
  const sorted = (values: string[]) => [...new Set(values)].sort();
  const nodes = contribution.nodes;
  return {
    departments: sorted(nodes.flatMap((n) => (n.label === 'Department' ? [n.id] : []))),
    tasks: sorted(nodes.flatMap((n) => (n.label === 'Task' ? [`${n.number} ${n.title}`] : []))),
    industries: sorted(nodes.flatMap((n) => (n.label === 'Industry' ? [n.id] : []))),
    targets: sorted(
      nodes.flatMap((n) =>
        n.label === 'Target' ? [`${n.subject} | ${n.metric} | ${n.value ?? '?'} ${n.unit} | ${n.year ?? (n.annual ? '每年' : '-')}`] : [],
      ),
    ),
  };
}
