/**
 * Small hand-made plan contributions for store tests that need a precise shape — which plan supports
 * which node, which structural edge, which wording — rather than the seeds' thousands of items.
 */
import { edgeId, type GraphEdge, type GraphNode, type PlanContribution } from '../../graph/schema.ts';

export interface SmallPlan {
  /** Plan key: the plan id is `plan:<key>`. */
  key: string;
  /** Industries the plan mentions: `name` or `name=wording`; `name~alias` gives a lexicon alias. */
  industries?: string[];
  /** Enterprises the plan mentions, by name. */
  enterprises?: string[];
  /** BROADER edges `child>parent` (structural); `origin` tells versions of the same edge apart. */
  broader?: string[];
  origin?: 'lexicon' | 'wording';
  /** Nodes this plan links to without holding them (an edge to another plan's node). */
  borrowed?: string[];
}

export const planId = (key: string) => `plan:${key}`;
export const industryId = (name: string) => `industry:${name}`;

function industry(spec: string, planIdOf: string): { node: GraphNode; wording: string } {
  const [nameAndAlias = '', wording] = spec.split('=');
  const [name = '', alias] = nameAndAlias.split('~');
  return { node: { id: industryId(name), label: 'Industry', name, plans: [planIdOf], source: 'lexicon', ...(alias ? { aliases: [alias] } : {}) }, wording: wording ?? name };
}

export function smallPlan(spec: SmallPlan): PlanContribution {
  const id = planId(spec.key);
  const plan = {
    id, label: 'Plan' as const, name: `${spec.key} 行动方案`, plans: [id], city: null, title: `${spec.key} 行动方案`, file: `${spec.key}.txt`,
    sha256: '0'.repeat(64), encoding: 'utf-8', genre: null, status: null, period: null, issuers: [], characters: 10,
    cityCue: null, periodBasis: null, issuer: null, issued: null, documentNumber: null, provenance: {},
  };
  const nodes: GraphNode[] = [plan];
  const edges: GraphEdge[] = [];
  const mention = (target: string, wording: string) =>
    edges.push({ id: edgeId('MENTIONS', id, target, id), type: 'MENTIONS', source: id, target, plan: id, count: 1, terms: [wording] });
  for (const entry of spec.industries ?? []) {
    const { node, wording } = industry(entry, id);
    nodes.push(node);
    mention(node.id, wording);
  }
  for (const name of spec.enterprises ?? []) {
    const node: GraphNode = { id: `enterprise:${name}`, label: 'Enterprise', name, plans: [id], city: null, known: false };
    nodes.push(node);
    mention(node.id, name);
  }
  for (const pair of spec.broader ?? []) {
    const [child = '', parent = ''] = pair.split('>');
    edges.push({ id: edgeId('BROADER', industryId(child), industryId(parent)), type: 'BROADER', source: industryId(child), target: industryId(parent), origin: spec.origin ?? 'lexicon' });
  }
  for (const target of spec.borrowed ?? []) mention(target, target);
  return { plan, nodes, edges, sourceText: `${spec.key} 行动方案`, warnings: [] };
}
