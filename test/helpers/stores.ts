/**
 * The embedded store for tests that need a store but are not about one. New tests take their store
 * from here, so a change of embedded store is made in one place.
 */
import { MemoryStore } from '../../graph/memory/index.ts';
import type { PlanContribution } from '../../graph/schema.ts';
import type { GraphStore } from '../../graph/store.ts';

/** An opened embedded store, in memory, or persisted in `file` when one is given. */
export async function openEmbeddedStore(file?: string): Promise<GraphStore> {
  const store = new MemoryStore(file ? { file } : {});
  await store.init();
  return store;
}

/** An embedded store in memory holding these plans. */
export async function embeddedStoreWith(contributions: PlanContribution[]): Promise<GraphStore> {
  const store = await openEmbeddedStore();
  await store.replacePlans(contributions);
  return store;
}
