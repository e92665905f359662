/**
 * The industry hierarchy as the API sees it: a concept found by name or alias, its narrower
 * industries (BROADER edges walked downwards), and the concepts a plan's own industry rolls up to.
 */
import type { GraphNode, NodeOfLabel } from '../../graph/schema.ts';
import type { GraphReader } from './graph-reader.ts';

export type Industry = NodeOfLabel<'Industry'>;

/** The Industry node a query names: its id, its name, or one of its aliases. */
export async function findIndustry(reader: GraphReader, query: string): Promise<Industry | null> {
  const direct = await reader.node(query.startsWith('industry:') ? query : `industry:${query}`);
  if (direct?.label === 'Industry') return direct;
  const candidates = (await reader.store.findNodes({ labels: ['Industry'], text: query })).filter((n): n is Industry => n.label === 'Industry');
  return candidates.find((n) => n.aliases?.includes(query)) ?? null;
}

export interface Narrower {
  node: Industry;
  /** The broader industry it was reached from. */
  via: string;
  depth: number;
}

/** Everything under `root` in the hierarchy, nearest first. */
export async function narrowerIndustries(reader: GraphReader, root: string, maxDepth = 4): Promise<Narrower[]> {
  const found = new Map<string, Narrower>();
  let frontier = [root];
  for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth += 1) {
    const edges = await reader.edges({ to: frontier, types: ['BROADER'] });
    const next = edges.filter((e) => e.source !== root && !found.has(e.source));
    const nodes = await reader.nodesById(next.map((e) => e.source));
    frontier = [];
    for (const edge of next) {
      const node = nodes.get(edge.source);
      if (node?.label !== 'Industry' || found.has(node.id)) continue;
      found.set(node.id, { node, via: edge.target, depth });
      frontier.push(node.id);
    }
  }
  return [...found.values()];
}

/** Concepts an industry counts towards: itself if it is a lexicon concept, else its broader concepts. */
export async function conceptsOf(reader: GraphReader, industries: GraphNode[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  const documentTerms = industries.filter((n) => n.label === 'Industry' && n.source === 'document');
  for (const node of industries) if (node.label === 'Industry' && node.source === 'lexicon') result.set(node.id, [node.id]);
  if (documentTerms.length === 0) return result;
  const edges = await reader.edges({ from: documentTerms.map((n) => n.id), types: ['BROADER'] });
  const targets = await reader.nodesById(edges.map((e) => e.target));
  for (const term of documentTerms) {
    const concepts = edges
      .filter((e) => e.source === term.id)
      .map((e) => targets.get(e.target))
      .filter((n): n is Industry => n?.label === 'Industry' && n.source === 'lexicon')
      .map((n) => n.id);
    result.set(term.id, [...new Set(concepts)]);
  }
  return result;
}
