/**
 * The embedded store for tests that need a store but are not about one. Tests take their store from
 * here, so a change of embedded store is made in one place.
 */
import type { PlanContribution } from '../../graph/schema.ts';
import { SqliteStore, type SqliteStoreOptions } from '../../graph/sqlite/index.ts';

/** An opened embedded store: private and in memory, or in `file` when one is given. */
export async function openEmbeddedStore(file?: string, options: Omit<SqliteStoreOptions, 'file'> = {}): Promise<SqliteStore> {
  const store = new SqliteStore({ file: file ?? ':memory:', ...options });
  await store.init();
  return store;
}

/** An embedded store in memory holding these plans. */
export async function embeddedStoreWith(contributions: PlanContribution[]): Promise<SqliteStore> {
  const store = await openEmbeddedStore();
  await store.replacePlans(contributions);
  return store;
}
