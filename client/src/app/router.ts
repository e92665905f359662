/**
 * The browser's address as the app's one source of truth: navigate() pushes (or replaces) a history
 * entry and tells subscribers; back/forward do the same; clicks on in-app links are taken over so the
 * page never reloads.
 */
import type { NavigateOptions } from './controller.ts';
import { parsePlace, type Place } from './links.ts';

export interface Router {
  place(): Place;
  /** The current address, path and query. */
  href(): string;
  navigate(href: string, options?: NavigateOptions): void;
  subscribe(listener: (place: Place) => void): () => void;
}

/** Whether a click on a link with this address stays in the app (same origin, not the API, not a file). */
export function isInAppLink(href: string, origin: string, opts: { download: boolean; target: string }): boolean {
  if (opts.download || (opts.target !== '' && opts.target !== '_self')) return false;
  const url = new URL(href, origin);
  return url.origin === origin && !url.pathname.startsWith('/api/');
}

export function createBrowserRouter(win: Window): Router {
  const listeners = new Set<(place: Place) => void>();
  const place = () => parsePlace(win.location.pathname, win.location.search);
  const href = () => `${win.location.pathname}${win.location.search}`;
  const notify = () => {
    const current = place();
    for (const listener of listeners) listener(current);
  };
  const navigate = (target: string, options: NavigateOptions = {}) => {
    if (target !== href()) {
      if (options.replace) win.history.replaceState(null, '', target);
      else win.history.pushState(null, '', target);
    }
    notify();
  };
  win.addEventListener('popstate', notify);
  win.document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a');
    if (!anchor || !anchor.href || !isInAppLink(anchor.href, win.location.origin, { download: anchor.hasAttribute('download'), target: anchor.target })) return;
    event.preventDefault();
    const url = new URL(anchor.href);
    navigate(`${url.pathname}${url.search}`);
  });
  return {
    place,
    href,
    navigate,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
