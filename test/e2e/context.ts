/** What a module of end-to-end journeys is given: the page of each width, the server's address, screenshots, the report. */
import type { Page } from 'playwright-core';

export interface ClientContext {
  page(width: number): Page;
  base(): string;
  shot(page: Page, name: string): Promise<unknown>;
  report(line: string): void;
}
