/** What a module of end-to-end journeys is given: the page of each width, the server's address, the store behind it, screenshots, the report. */
import type { Page } from 'playwright-core';
import type { GraphStore } from '../../graph/store.ts';

export interface ClientContext {
  page(width: number): Page;
  base(): string;
  /** The store the server reads, for journeys that add a plan of their own (and remove it after). */
  store(): GraphStore;
  shot(page: Page, name: string): Promise<unknown>;
  report(line: string): void;
}
