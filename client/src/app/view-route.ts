/**
 * A view's route: its path, its name in the navigation, how its state is read from and written to the
 * URL (the URL is the state: links are shareable, back and forward work), and how its component is
 * loaded on demand. A new view is a folder with a route.ts and one line in registry.ts.
 */
import type { ComponentType } from 'preact';

export type QueryValue = string | number | boolean | null | undefined | readonly string[];
/** A state's query: a record, or ordered pairs when the order of repeated keys carries meaning. */
export type QueryEntries = Record<string, QueryValue> | readonly (readonly [string, string])[];

export interface ViewProps<S> {
  state: S;
}

export interface ViewRoute<N extends string = string, S = unknown> {
  readonly name: N;
  readonly path: string;
  /** Further paths that open the view (the home page as /overview). */
  readonly aliases?: readonly string[];
  /** Its name in the navigation and the page title. */
  readonly title: string;
  /** What it answers, as the navigation's tooltip. */
  readonly hint: string;
  parse(params: URLSearchParams): S;
  query(state: S): QueryEntries;
  load(): Promise<{ default: ComponentType<ViewProps<S>> }>;
}

export function defineView<N extends string, S>(route: ViewRoute<N, S>): ViewRoute<N, S> {
  return route;
}

/** A trimmed, non-empty parameter, or null. */
export function text(params: URLSearchParams, key: string): string | null {
  const value = params.get(key)?.trim();
  return value ? value : null;
}

export function flag(params: URLSearchParams, key: string): boolean {
  const value = params.get(key);
  return value === '1' || value === 'true';
}

/** A non-negative integer parameter (document offsets), or null. */
export function offset(params: URLSearchParams, key: string): number | null {
  const value = params.get(key)?.trim();
  return value !== undefined && /^\d{1,9}$/.test(value) ? Number(value) : null;
}

/** A day parameter (YYYY-MM-DD, a day the calendar has), or null. */
export function day(params: URLSearchParams, key: string): string | null {
  const value = params.get(key)?.trim();
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value) ? value : null;
}

export function oneOf<T extends string>(params: URLSearchParams, key: string, options: readonly T[], fallback: T): T {
  const value = params.get(key);
  return options.includes(value as T) ? (value as T) : fallback;
}

/** A comma-separated list parameter, each item one of `options`. */
export function listOf<T extends string>(params: URLSearchParams, key: string, options: readonly T[]): T[] {
  return (params.get(key) ?? '').split(',').filter((item): item is T => options.includes(item as T));
}

/** `?…` for a state's query, leaving out empty values (null, '', false, []). */
export function searchOf(entries: QueryEntries): string {
  const params = new URLSearchParams();
  const pairs = Array.isArray(entries) ? (entries as readonly (readonly [string, string])[]) : Object.entries(entries as Record<string, QueryValue>);
  for (const [key, value] of pairs) {
    if (value === null || value === undefined || value === '' || value === false) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.append(key, value.join(','));
    } else params.append(key, value === true ? '1' : String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}
