/** Graph nodes → the small references API responses carry. */
import { targetFactOf, type Evidence, type GraphEdge, type GraphNode, type NodeOfLabel } from '../../graph/schema.ts';
import type { EntityRef, PlanRef, TargetRef, TaskRef } from '../schemas/common.ts';

export function cityOf(node: GraphNode): string | null {
  if (node.label === 'City') return node.name;
  return 'city' in node ? (node.city ?? null) : null;
}

export function entityRef(node: GraphNode): EntityRef {
  return { id: node.id, label: node.label, name: node.name, city: cityOf(node) };
}

export function planRef(node: NodeOfLabel<'Plan'>): PlanRef {
  return { id: node.id, title: node.title || node.file, city: node.city, file: node.file };
}

export function taskRef(node: NodeOfLabel<'Task'>): TaskRef {
  return { id: node.id, name: node.name, plan: node.plan, number: node.number, title: node.title };
}

export function targetRef(node: NodeOfLabel<'Target'>, evidence: Evidence[]): TargetRef {
  return { id: node.id, plan: node.plan, city: node.city, ...targetFactOf(node), evidence };
}

export function isLabel<L extends GraphNode['label']>(label: L) {
  return (node: GraphNode | undefined): node is NodeOfLabel<L> => node?.label === label;
}

export function evidenceOf(edges: GraphEdge[]): Evidence[] {
  return edges.flatMap((e) => e.evidence ?? []);
}
