/**
 * Entity search by name or alias, ranked: exact name, exact alias, name prefix, alias prefix, then
 * substrings; entities people look for (departments, industries, enterprises, platforms, places)
 * before document parts (tasks, sections, targets).
 */
import { z } from 'zod';
import type { GraphNode, Label } from '../../graph/schema.ts';
import { EntityRefSchema } from '../schemas/common.ts';
import type { GraphReader } from './graph-reader.ts';
import { entityRef } from './refs.ts';

export const SearchResultSchema = z.object({
  results: z.array(EntityRefSchema.extend({ matched: z.string(), rank: z.number().int(), plans: z.number().int() })),
});

const LABEL_ORDER: Label[] = ['Industry', 'Department', 'Enterprise', 'Platform', 'Instrument', 'City', 'Region', 'Plan', 'Task', 'Section', 'Target'];

function rankOf(node: GraphNode, query: string): { rank: number; matched: string } {
  const q = query.toLowerCase();
  const name = node.name.toLowerCase();
  const aliases = (node.aliases ?? []).map((a) => [a, a.toLowerCase()] as const);
  if (name === q) return { rank: 0, matched: node.name };
  const exactAlias = aliases.find(([, a]) => a === q);
  if (exactAlias) return { rank: 1, matched: exactAlias[0] };
  if (name.startsWith(q)) return { rank: 2, matched: node.name };
  const prefixAlias = aliases.find(([, a]) => a.startsWith(q));
  if (prefixAlias) return { rank: 3, matched: prefixAlias[0] };
  if (name.includes(q)) return { rank: 4, matched: node.name };
  return { rank: 5, matched: aliases.find(([, a]) => a.includes(q))?.[0] ?? node.name };
}

export async function search(reader: GraphReader, query: { q: string; label?: Label; city?: string; limit: number }): Promise<z.infer<typeof SearchResultSchema>> {
  const found = await reader.store.findNodes({ text: query.q, ...(query.label ? { labels: [query.label] } : {}), ...(query.city ? { city: query.city } : {}), limit: 2000 });
  const ranked = found.map((node) => ({ node, ...rankOf(node, query.q) }));
  ranked.sort(
    (a, b) =>
      a.rank - b.rank ||
      LABEL_ORDER.indexOf(a.node.label) - LABEL_ORDER.indexOf(b.node.label) ||
      b.node.plans.length - a.node.plans.length ||
      a.node.name.length - b.node.name.length ||
      a.node.id.localeCompare(b.node.id),
  );
  return { results: ranked.slice(0, query.limit).map(({ node, rank, matched }) => ({ ...entityRef(node), matched, rank, plans: node.plans.length })) };
}
