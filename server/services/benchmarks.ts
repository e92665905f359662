/**
 * Targets grouped into comparable metrics: the same subject (the entity a target measures, or its
 * wording), the same metric and the same unit — so a planner can set 泰州's 新能源 规模 (亿元) beside
 * 盐城's.
 */
import { z } from 'zod';
import type { NodeOfLabel } from '../../graph/schema.ts';
import { TargetRefSchema, type TargetRef } from '../schemas/common.ts';
import type { GraphReader } from './graph-reader.ts';
import { targetRef } from './refs.ts';

export const BenchmarkGroupSchema = z.object({
  key: z.string(),
  subject: z.string(),
  metric: z.string(),
  unit: z.string(),
  cities: z.array(z.string()),
  targets: z.array(TargetRefSchema),
});
export type BenchmarkGroup = z.infer<typeof BenchmarkGroupSchema>;
export const BenchmarksSchema = z.object({ groups: z.array(BenchmarkGroupSchema) });

const SAME_METRIC: Record<string, string> = { 产业规模: '规模', 产值规模: '规模', 产业产值: '产值' };

export function metricKey(metric: string): string {
  const bare = metric.replace(/^每年/, '').trim();
  return SAME_METRIC[bare] ?? bare;
}

/** 30条重点产业链 → 重点产业链; 全市规上工业企业 → 规上工业企业. */
export function subjectKey(subject: string): string {
  return subject.replace(/\s+/g, '').replace(/^(全市|我市|全区|全县)/, '').replace(/^\d+(\.\d+)?(条|个|家|项)/, '').replace(/(产业|产业链)$/, '');
}

export async function allTargets(reader: GraphReader): Promise<{ target: TargetRef; subject: string; subjectName: string }[]> {
  const nodes = (await reader.store.findNodes({ labels: ['Target'] })).filter((n): n is NodeOfLabel<'Target'> => n.label === 'Target');
  const [setIn, measures] = await Promise.all([
    reader.edges({ from: nodes.map((n) => n.id), types: ['SET_IN'] }),
    reader.edges({ from: nodes.map((n) => n.id), types: ['MEASURES'] }),
  ]);
  const evidence = new Map(setIn.map((e) => [e.source, e.evidence ?? []]));
  const measured = new Map(measures.map((e) => [e.source, e.target]));
  const subjects = await reader.nodesById(measured.values());
  return nodes.map((node) => {
    const entity = measured.get(node.id);
    const subjectNode = entity ? subjects.get(entity) : undefined;
    return {
      target: targetRef(node, evidence.get(node.id) ?? []),
      subject: subjectNode ? subjectNode.id : `text:${subjectKey(node.subject)}`,
      subjectName: subjectNode ? subjectNode.name : node.subject,
    };
  });
}

export function groupTargets(targets: Awaited<ReturnType<typeof allTargets>>): BenchmarkGroup[] {
  const groups = new Map<string, BenchmarkGroup>();
  for (const { target, subject, subjectName } of targets) {
    if (!target.city) continue;
    const metric = metricKey(target.metric);
    const key = `${subject}|${metric}|${target.unit}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, subject: subjectName, metric, unit: target.unit, cities: [], targets: [] };
      groups.set(key, group);
    }
    group.targets.push(target);
    if (!group.cities.includes(target.city)) group.cities.push(target.city);
  }
  for (const group of groups.values()) {
    group.cities.sort();
    group.targets.sort((a, b) => (a.city ?? '').localeCompare(b.city ?? '') || (a.year ?? 0) - (b.year ?? 0) || a.id.localeCompare(b.id));
  }
  return [...groups.values()].sort((a, b) => b.cities.length - a.cities.length || b.targets.length - a.targets.length || a.key.localeCompare(b.key));
}

export async function benchmarks(reader: GraphReader, options: { metric?: string; all?: boolean; cities?: string[] }): Promise<z.infer<typeof BenchmarksSchema>> {
  let groups = groupTargets(await allTargets(reader));
  if (options.cities && options.cities.length > 0) {
    const wanted = options.cities;
    groups = groups
      .map((g) => ({ ...g, targets: g.targets.filter((t) => wanted.includes(t.city ?? '')), cities: g.cities.filter((c) => wanted.includes(c)) }))
      .filter((g) => g.targets.length > 0);
  }
  if (!options.all) groups = groups.filter((g) => g.cities.length >= 2);
  if (options.metric) {
    const needle = options.metric.toLowerCase();
    groups = groups.filter((g) => `${g.metric} ${g.subject} ${g.unit}`.toLowerCase().includes(needle));
  }
  return { groups };
}
