/** The seed documents and their contributions, computed once per test process. */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../core/config.ts';
import type { Graph, GraphEdge, GraphNode, PlanContribution } from '../../graph/schema.ts';
import { ingestFile } from '../../ingest/pipeline.ts';
import { loadLexicon, type Lexicon } from '../../lexicon/index.ts';

export const SEEDS_DIR = path.join(PROJECT_ROOT, 'seeds');
export const SEED_FILES = fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();

export function lexicon(): Lexicon {
  return loadLexicon(path.join(PROJECT_ROOT, 'lexicon'));
}

export function seedBytes(file: string): Buffer {
  return fs.readFileSync(path.join(SEEDS_DIR, file));
}

export async function contributionOf(name: string, text: string | Uint8Array): Promise<PlanContribution> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return ingestFile({ name, bytes }, { lexicon: lexicon() });
}

let cached: Promise<PlanContribution[]> | null = null;

export function seedContributions(): Promise<PlanContribution[]> {
  cached ??= Promise.all(SEED_FILES.map((file) => ingestFile({ name: file, bytes: seedBytes(file) }, { lexicon: lexicon() })));
  return cached;
}

/**
 * What a store must hold after storing these contributions, computed the simplest way: the union of
 * node ids and edge ids. The contract compares stores against this oracle.
 */
export function expectedIds(contributions: PlanContribution[]): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const c of contributions) {
    for (const n of c.nodes) nodes.add(n.id);
    for (const e of c.edges) edges.add(e.id);
  }
  return { nodes, edges };
}

export function idsOf(graph: Graph): { nodes: Set<string>; edges: Set<string> } {
  return { nodes: new Set(graph.nodes.map((n: GraphNode) => n.id)), edges: new Set(graph.edges.map((e: GraphEdge) => e.id)) };
}
