/**
 * The base of every view's controller: it owns the view's model, its requests and its actions, and
 * knows nothing of the DOM, so it runs (and is tested) in Node. A change of model reaches the screen
 * along one path only: `update` → subscribers → the component renders the new model.
 */
import type { Api } from '../api/client.ts';
import { isAbort } from '../api/errors.ts';
import type { Catalogues } from './catalogues.ts';

export interface NavigateOptions {
  /** Replace the history entry (a refinement of the same view) instead of adding one. */
  replace?: boolean;
}

/** What a controller may use: the API, the router, the status line, cached lists. */
export interface ViewDeps {
  api: Api;
  navigate(href: string, options?: NavigateOptions): void;
  announce(message: string): void;
  catalogues: Catalogues;
}

/** A model that tells its subscribers when it changes: the one way a change reaches the screen. */
export class Observable<M extends object> {
  private current: M;
  private readonly listeners = new Set<() => void>();

  constructor(initial: M) {
    this.current = initial;
  }

  get model(): M {
    return this.current;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    this.listeners.clear();
  }

  protected update(patch: Partial<M>): void {
    this.current = { ...this.current, ...patch };
    for (const listener of this.listeners) listener();
  }
}

export abstract class Controller<M extends object> extends Observable<M> {
  private requests = new AbortController();
  private readonly alive = new AbortController();
  private readonly parts = new Map<string, AbortController>();

  constructor(
    protected readonly deps: ViewDeps,
    initial: M,
  ) {
    super(initial);
  }

  /** Stops every request of the view (it is leaving the screen). */
  override destroy(): void {
    this.requests.abort();
    this.alive.abort();
    for (const part of this.parts.values()) part.abort();
    super.destroy();
  }

  /** A signal for a new load, aborting the previous one: only the latest answer is shown. */
  protected freshSignal(): AbortSignal {
    this.requests.abort();
    this.requests = new AbortController();
    return this.requests.signal;
  }

  /**
   * A signal for a new load of one part of the model that has requests of its own (a timeline beside
   * the overlap, the cities as of a day beside the heatmap), aborting only that part's previous load.
   */
  protected freshSignalFor(part: string): AbortSignal {
    this.parts.get(part)?.abort();
    const requests = new AbortController();
    this.parts.set(part, requests);
    return requests.signal;
  }

  /** Aborted only when the view leaves: for loads no later load supersedes. */
  protected get lifetime(): AbortSignal {
    return this.alive.signal;
  }

  /** The current load's signal, for requests that belong to it (details of what it shows). */
  protected get signal(): AbortSignal {
    return this.requests.signal;
  }

  /**
   * Runs a request for one Loadable field of the model: loading, then ready or failed. An answer that
   * arrives after its load was superseded is dropped (null).
   */
  protected async track<K extends keyof M>(key: K, run: () => Promise<Loaded<M[K]>>, signal: AbortSignal = this.signal): Promise<Loaded<M[K]> | null> {
    this.update({ [key]: loadingState } as unknown as Partial<M>);
    try {
      const value = await run();
      if (signal.aborted) return null;
      this.update({ [key]: ready(value) } as unknown as Partial<M>);
      return value;
    } catch (error) {
      if (isAbort(error) || signal.aborted) return null;
      this.update({ [key]: failed(error) } as unknown as Partial<M>);
      return null;
    }
  }
}

type Loaded<L> = Extract<L, { status: 'ready' }> extends { value: infer T } ? T : never;

/** A controller that follows the URL: `show` is called with every new state of its view. */
export interface ViewController<S> {
  show(state: S): void | Promise<void>;
  destroy(): void;
  subscribe(listener: () => void): () => void;
}

/** The async state of something loaded: what a view shows while waiting, on success and on failure. */
export type Loadable<T> = { status: 'idle' } | { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: unknown };

export const idle: Loadable<never> = { status: 'idle' };
export const loadingState: Loadable<never> = { status: 'loading' };
export const ready = <T>(value: T): Loadable<T> => ({ status: 'ready', value });
export const failed = (error: unknown): Loadable<never> => ({ status: 'failed', error });

export function valueOf<T>(loadable: Loadable<T>): T | null {
  return loadable.status === 'ready' ? loadable.value : null;
}
