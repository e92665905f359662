/**
 * Lists several views need — the plans, the cities, the concept matrix, the departments, the indicator
 * catalogue, the plans in time — asked for once and shared; refreshed after an upload changes the graph.
 */
import type { DepartmentSummary, Indicators, Matrix, Overview, PlanSummary, PlanTimes } from '../../../server/contract.ts';
import type { Api } from '../api/client.ts';

export interface Catalogues {
  documents(): Promise<PlanSummary[]>;
  overview(): Promise<Overview>;
  industries(): Promise<Matrix>;
  departments(): Promise<DepartmentSummary[]>;
  /** The indicator catalogue with how many targets and cities set each. */
  indicators(): Promise<Indicators>;
  /** Plans by id, for evidence captions; empty when the list cannot be had. */
  planTitles(): Promise<Map<string, PlanSummary>>;
  cities(): Promise<string[]>;
  /** Every plan's dates, status and succession (hand edits applied), and the days the plans in force change. */
  planTimes(): Promise<PlanTimes>;
  /** Forget everything (the graph changed). */
  refresh(): void;
}

export function createCatalogues(api: Api): Catalogues {
  const cache = new Map<string, Promise<unknown>>();
  // A failed request is forgotten, so the next view asks again.
  const once = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    let entry = cache.get(key) as Promise<T> | undefined;
    if (!entry) {
      entry = load();
      cache.set(key, entry);
      entry.catch(() => cache.delete(key));
    }
    return entry;
  };
  const catalogues: Catalogues = {
    documents: () => once('documents', async () => (await api.documents()).documents),
    overview: () => once('overview', () => api.overview()),
    industries: () => once('industries', () => api.matrix('Industry')),
    departments: () => once('departments', async () => (await api.departments()).departments),
    indicators: () => once('indicators', () => api.indicators()),
    planTitles: () => catalogues.documents().then((documents) => new Map(documents.map((d) => [d.id, d])), () => new Map()),
    cities: async () => (await catalogues.overview()).cities.map((c) => c.city),
    planTimes: () => once('planTimes', () => api.planTimes()),
    refresh: () => cache.clear(),
  };
  return catalogues;
}
