/**
 * The state of a search-as-you-type box: what was typed, the suggestions /api/search gives (asked
 * once the typing pauses, older answers dropped), which one is highlighted, whether the list is open.
 */
import type { Label, SearchResult } from '../../../server/contract.ts';
import type { Api } from '../api/client.ts';
import { isAbort } from '../api/errors.ts';
import { Observable } from '../app/controller.ts';

export type SearchHit = SearchResult['results'][number];

export interface SearchModel {
  text: string;
  hits: SearchHit[];
  /** The query the hits answer (empty: none asked yet). */
  answered: string;
  open: boolean;
  active: number;
  error: unknown;
}

export interface SearchOptions {
  label?: Label | undefined;
  limit?: number;
  /** Quiet time before asking, in ms. */
  pauseMs?: number;
}

export class SearchController extends Observable<SearchModel> {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private requests: AbortController | null = null;

  constructor(
    private readonly api: Api,
    private readonly options: SearchOptions = {},
  ) {
    super({ text: '', hits: [], answered: '', open: false, active: -1, error: null });
  }

  /** The box's text changed (typing); resolves once its suggestions are in. */
  type(text: string): Promise<void> {
    this.update({ text });
    if (this.timer) clearTimeout(this.timer);
    const query = text.trim();
    if (!query) {
      this.requests?.abort();
      this.update({ hits: [], answered: '', open: false, active: -1 });
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.timer = setTimeout(() => void this.lookup(query).then(resolve), this.options.pauseMs ?? 160);
    });
  }

  /** Sets the text without searching (the box shows the chosen entity). */
  setText(text: string): void {
    if (text !== this.model.text) this.update({ text, open: false });
  }

  private async lookup(query: string): Promise<void> {
    this.requests?.abort();
    const requests = new AbortController();
    this.requests = requests;
    try {
      const result = await this.api.search(query, { ...(this.options.label ? { label: this.options.label } : {}), limit: this.options.limit ?? 12 }, requests.signal);
      if (requests.signal.aborted || this.model.text.trim() !== query) return;
      this.update({ hits: result.results, answered: query, open: true, active: -1, error: null });
    } catch (error) {
      if (!isAbort(error)) this.update({ hits: [], answered: query, open: true, active: -1, error });
    }
  }

  /** Arrow keys: moves the highlight within the suggestions. */
  move(step: 1 | -1): void {
    if (this.model.hits.length === 0) return;
    const active = Math.min(this.model.hits.length - 1, Math.max(0, this.model.active + step));
    this.update({ open: true, active });
  }

  /** Enter: the highlighted suggestion, else the first; closes the list. */
  choose(index = this.model.active >= 0 ? this.model.active : 0): SearchHit | null {
    const hit = this.model.open ? (this.model.hits[index] ?? null) : null;
    this.update({ open: false, active: -1, ...(hit ? { text: hit.name } : {}) });
    return hit;
  }

  close(): void {
    if (this.model.open) this.update({ open: false, active: -1 });
  }

  override destroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.requests?.abort();
    super.destroy();
  }
}
