/**
 * The one admission rule both stores follow when growing a neighbourhood, so they return the same
 * subgraph for the same graph: each level's neighbours are taken by id until the node limit.
 */
import type { Label } from './schema.ts';
import type { NeighborhoodOptions } from './store.ts';

export interface LevelResult {
  /** The ids admitted at this level: the next level grows from them. */
  frontier: string[];
  /** True when the limit left some eligible neighbour out. */
  truncated: boolean;
}

/** Adds one level's eligible neighbours to `included` (mutated); callers call it once per level, nearest first. */
export function admitLevel(included: Set<string>, neighbours: Iterable<[id: string, label: Label]>, options: NeighborhoodOptions): LevelResult {
  const eligible = [...neighbours]
    .filter(([id, label]) => !included.has(id) && (!options.labels || options.labels.includes(label)))
    .map(([id]) => id)
    .sort();
  const frontier: string[] = [];
  for (const id of eligible) {
    if (included.size >= options.limit) return { frontier, truncated: true };
    included.add(id);
    frontier.push(id);
  }
  return { frontier, truncated: false };
}
