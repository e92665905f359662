/** What views share with the shell: navigation, the status line, the page title, cached catalogues. */
import { api } from './api.ts';
import type { ViewState } from './state.ts';
import type { Overview, PlanSummary } from './types.ts';

export interface NavigateOptions {
  /** replaceState instead of pushState (for in-view refinements that should not clutter history). */
  replace?: boolean;
}

export interface View {
  /** Handle a new state of the same view in place; return false to be re-mounted. */
  update?(state: ViewState): boolean;
  destroy(): void;
}

export type Mount<S extends ViewState = ViewState> = (root: HTMLElement, state: S) => View;

let navigator: (target: string | ViewState, options?: NavigateOptions) => void = () => undefined;
let announcer: (message: string) => void = () => undefined;

export function setNavigator(fn: typeof navigator): void {
  navigator = fn;
}

export function setAnnouncer(fn: typeof announcer): void {
  announcer = fn;
}

/** Go to a URL or state (history.pushState; the router renders it). */
export function navigate(target: string | ViewState, options: NavigateOptions = {}): void {
  navigator(target, options);
}

/** Tell screen readers (and the status line) what happened. */
export function announce(message: string): void {
  announcer(message);
}

let documents: Promise<PlanSummary[]> | null = null;
let overview: Promise<Overview> | null = null;

/** Stored plans (cached; refreshed after an upload). */
export function documentCatalog(refresh = false): Promise<PlanSummary[]> {
  if (refresh || !documents) {
    documents = api.documents().then((r) => r.documents);
    documents.catch(() => {
      documents = null;
    });
  }
  return documents;
}

/** The cities with plans, from /api/overview (cached). */
export function overviewCatalog(refresh = false): Promise<Overview> {
  if (refresh || !overview) {
    overview = api.overview();
    overview.catch(() => {
      overview = null;
    });
  }
  return overview;
}

export async function cityList(): Promise<string[]> {
  return (await overviewCatalog()).cities.map((c) => c.city);
}

/** A plan's title for evidence captions (falls back to the id). */
export async function planTitles(): Promise<Map<string, PlanSummary>> {
  try {
    return new Map((await documentCatalog()).map((d) => [d.id, d]));
  } catch {
    return new Map();
  }
}
