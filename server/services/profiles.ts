/**
 * What each city's plans say about industries, enterprises and platforms: mention counts per entity,
 * with a plan's own industry names rolled up to the shared concepts they belong to.
 */
import type { GraphNode } from '../../graph/schema.ts';
import type { GraphReader } from './graph-reader.ts';
import { conceptsOf } from './industries.ts';

/** city → entity id → mention count. */
export type Profiles = Map<string, Map<string, number>>;


export async function profiles(reader: GraphReader, label: 'Industry' | 'Enterprise' | 'Platform'): Promise<Profiles> {
  const plans = await reader.plans();
  const mentions = await reader.edges({ from: plans.map((p) => p.id), types: ['MENTIONS'], targetLabels: [label] });
  const cityOfPlan = new Map(plans.map((p) => [p.id, p.city]));
  let rollUp = new Map<string, string[]>();
  if (label === 'Industry') {
    const nodes = await reader.nodesById(mentions.map((e) => e.target));
    rollUp = await conceptsOf(reader, [...nodes.values()] as GraphNode[]);
  }
  const result: Profiles = new Map();
  for (const edge of mentions) {
    const city = cityOfPlan.get(edge.source);
    if (!city || edge.type !== 'MENTIONS') continue;
    const counts = result.get(city) ?? new Map<string, number>();
    for (const id of label === 'Industry' ? (rollUp.get(edge.target) ?? []) : [edge.target]) counts.set(id, (counts.get(id) ?? 0) + edge.count);
    result.set(city, counts);
  }
  return result;
}

export function jaccard(a: Map<string, number>, b: Map<string, number>): number {
  const union = new Set([...a.keys(), ...b.keys()]);
  if (union.size === 0) return 0;
  let shared = 0;
  for (const id of a.keys()) if (b.has(id)) shared += 1;
  return shared / union.size;
}

export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [id, x] of a) {
    na += x * x;
    dot += x * (b.get(id) ?? 0);
  }
  for (const y of b.values()) nb += y * y;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

export const round = (x: number) => Math.round(x * 1000) / 1000;
