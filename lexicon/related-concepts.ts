/**
 * Concepts close to an industry concept without being it or under it, derived from the hierarchy in
 * industries.json: a broader concept that spans only a handful of concepts (海洋装备 for 海工装备,
 * 半导体 for 集成电路, 生物制造 for 合成生物), the other concepts under such a parent (船舶 beside
 * 海工装备), and the links a concept lists under `related` (LNG and 港口物流), which go both ways.
 * A sector (高端装备, 40 concepts under it) is not a neighbour of everything in it.
 */
import type { Lexicon } from './index.ts';

export const RELATIONS = ['broader', 'sibling', 'listed'] as const;
export type Relation = (typeof RELATIONS)[number];

export interface RelatedConcept {
  concept: string;
  relation: Relation;
  /** The parent shared with a sibling. */
  via: string | null;
}

/** How many concepts a broader concept may span and still be a neighbour of those under it. */
export const NEIGHBOURHOOD_SPAN = 12;

interface Tree {
  children: Map<string, string[]>;
  span: Map<string, number>;
  listed: Map<string, string[]>;
}

const trees = new WeakMap<Lexicon, Tree>();

function treeOf(lexicon: Lexicon): Tree {
  let tree = trees.get(lexicon);
  if (tree) return tree;
  const children = new Map<string, string[]>();
  const listed = new Map<string, string[]>();
  const link = (map: Map<string, string[]>, from: string, to: string) => map.set(from, [...(map.get(from) ?? []), to]);
  for (const concept of lexicon.source.industries) {
    for (const parent of concept.broader) link(children, parent, concept.name);
    for (const other of concept.related) {
      link(listed, concept.name, other);
      link(listed, other, concept.name);
    }
  }
  const span = new Map<string, number>();
  const under = (name: string, seen: Set<string>): Set<string> => {
    for (const child of children.get(name) ?? []) if (!seen.has(child)) under(child, seen.add(child));
    return seen;
  };
  for (const name of children.keys()) span.set(name, under(name, new Set()).size);
  tree = { children, span, listed };
  trees.set(lexicon, tree);
  return tree;
}

/** The concepts related to `concept`, each once, closest relation first (broader, sibling, listed). */
export function relatedConcepts(lexicon: Lexicon, concept: string): RelatedConcept[] {
  const entry = lexicon.concepts.get(concept);
  if (!entry) return [];
  const { children, span, listed } = treeOf(lexicon);
  const found = new Map<string, RelatedConcept>();
  const add = (name: string, relation: Relation, via: string | null) => {
    if (name !== concept && !found.has(name) && !lexicon.ancestors(name).includes(concept)) found.set(name, { concept: name, relation, via });
  };
  const parents = entry.broader.filter((parent) => (span.get(parent) ?? 0) <= NEIGHBOURHOOD_SPAN);
  for (const parent of parents) add(parent, 'broader', null);
  for (const parent of parents) for (const sibling of children.get(parent) ?? []) add(sibling, 'sibling', parent);
  for (const other of listed.get(concept) ?? []) add(other, 'listed', null);
  return [...found.values()];
}
