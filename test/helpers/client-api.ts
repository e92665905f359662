/**
 * The real API (Express app over an embedded store holding the seed plans) on a loopback port, and
 * what the client's controllers need around it — for testing controllers in Node against the server
 * they talk to in the browser. The router is the URL loop itself: a navigation is parsed back into the
 * view's state and shown, as the browser would.
 */
import { createApi, type Api } from '../../client/src/api/client.ts';
import { createCatalogues } from '../../client/src/app/catalogues.ts';
import type { NavigateOptions, ViewDeps } from '../../client/src/app/controller.ts';
import { parsePlace, type Place } from '../../client/src/app/links.ts';
import type { PlanContribution } from '../../graph/schema.ts';
import type { GraphStore } from '../../graph/store.ts';
import { startServer, type RunningServer } from './http.ts';
import { seedContributions } from './seeds.ts';
import { embeddedStoreWith } from './stores.ts';

export interface SeededApi {
  api: Api;
  server: RunningServer;
  store: GraphStore;
  close(): Promise<void>;
}

/** The seed plans, and `extra` plans beside them. */
export async function seededApi(extra: PlanContribution[] = []): Promise<SeededApi> {
  const store = await embeddedStoreWith([...(await seedContributions()), ...extra]);
  const server = await startServer(store, { rateLimitPerMinute: 100_000 });
  return {
    api: createApi(server.url),
    server,
    store,
    async close() {
      await server.close();
      await store.close();
    },
  };
}

export interface RecordingDeps extends ViewDeps {
  navigations: { href: string; replace: boolean }[];
  announcements: string[];
  /** The last navigation as a place, for feeding back into `show`. */
  lastPlace(): Place | null;
}

export function recordingDeps(api: Api): RecordingDeps {
  const navigations: { href: string; replace: boolean }[] = [];
  const announcements: string[] = [];
  return {
    api,
    catalogues: createCatalogues(api),
    navigate: (href: string, options: NavigateOptions = {}) => navigations.push({ href, replace: options.replace ?? false }),
    announce: (message: string) => announcements.push(message),
    navigations,
    announcements,
    lastPlace() {
      const last = navigations.at(-1);
      if (!last) return null;
      const url = new URL(last.href, 'http://localhost');
      return parsePlace(url.pathname, url.search);
    },
  };
}

/** The state of `view` the last navigation leads to (fails the test when it leads elsewhere). */
export function navigatedState<V extends Place['view']>(deps: RecordingDeps, view: V): Extract<Place, { view: V }> extends { state: infer S } ? S : never {
  const place = deps.lastPlace();
  if (!place || place.view !== view) throw new Error(`expected a navigation to ${view}, got ${deps.navigations.at(-1)?.href ?? 'none'}`);
  return (place as unknown as { state: never }).state;
}
