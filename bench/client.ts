/** Placeholder until the client benchmark is written (needs the web client). */
import type { GraphStore } from '../graph/store.ts';
import type { Lexicon } from '../lexicon/index.ts';

export interface ClientResult {
  overviewFirstRenderMs: number;
  largeGraphFirstRenderMs: number;
  largeGraphNodes: number;
  panFps: number;
}

export async function benchClient(_store: GraphStore, _lexicon: Lexicon): Promise<ClientResult | null> {
  return null;
}
