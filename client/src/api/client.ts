/**
 * Typed access to the policy-kg API. Response types are the server's (server/contract.ts, type-only
 * imports). `createApi(base)` serves the browser (same origin) and the controllers' tests in Node
 * (the real server on a loopback port) alike.
 */
import type {
  Benchmarks,
  CodedSentences,
  Compare,
  ConceptTimeline,
  DepartmentDetail,
  DepartmentList,
  DocumentDetail,
  DocumentList,
  EdgeDetail,
  Health,
  IndicatorTimeline,
  Indicators,
  InstrumentMatrix,
  InstrumentScheme,
  Label,
  Matrix,
  Neighborhood,
  Overlap,
  Overview,
  Paths,
  Peers,
  PlanEditBody,
  PlanInTime,
  PlanTimes,
  SearchResult,
  TargetsLedger,
} from '../../../server/contract.ts';
import { ApiError, errorFromResponse, isAbort } from './errors.ts';

/** What every write sends (see the README's “Who may write”): the header a cross-origin form cannot, and the token when the user gave one. */
export function writeHeaders(token?: string | null): Record<string, string> {
  return { 'x-requested-with': 'policy-kg', ...(token ? { authorization: `Bearer ${token}` } : {}) };
}

export type Query = Record<string, string | number | boolean | null | undefined | readonly string[]>;
export type MatrixLabel = Matrix['label'];

export function queryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === undefined || value === '' || value === false) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export interface PathOptions {
  /** The k shortest paths (of increasing length) instead of all equally short ones. */
  k?: number;
  avoidHubs?: boolean;
}

/** The targets ledger's filters (`indicator: 'none'` for the targets no indicator fits). */
export interface LedgerFilter {
  city?: string | null;
  plan?: string | null;
  indicator?: string | null;
  year?: number | null;
}

/** Which coded sentences: an instrument subtype or a side, in a city or a plan (none: all of them). */
export interface InstrumentFilter {
  instrument?: string | null;
  side?: InstrumentMatrix['sides'][number]['side'] | null;
  city?: string | null;
  plan?: string | null;
}

const id = (value: string) => encodeURIComponent(value);
const instrumentQuery = (filter: InstrumentFilter): Query => ({ instrument: filter.instrument, side: filter.side, city: filter.city, plan: filter.plan });
const ledgerQuery = (filter: LedgerFilter): Query => ({ city: filter.city, plan: filter.plan, indicator: filter.indicator, year: filter.year });

export function createApi(base = '', fetcher: typeof fetch = (...args) => fetch(...args)) {
  async function send(path: string, init: RequestInit = {}): Promise<Response> {
    let response: Response;
    try {
      response = await fetcher(`${base}${path}`, { ...init, headers: { accept: 'application/json', ...init.headers } });
    } catch (error) {
      if (isAbort(error)) throw error;
      throw new ApiError('NETWORK', 0, error instanceof Error ? error.message : String(error));
    }
    if (!response.ok) throw await errorFromResponse(response);
    return response;
  }

  async function json<T>(response: Response): Promise<T> {
    try {
      return (await response.json()) as T;
    } catch (error) {
      if (isAbort(error)) throw error;
      throw new ApiError('BAD_RESPONSE', response.status, 'response is not JSON');
    }
  }

  const get = async <T>(path: string, query: Query, signal?: AbortSignal): Promise<T> => json<T>(await send(`${path}${queryString(query)}`, signal ? { signal } : {}));

  return {
    base,
    send,
    json,
    health: (signal?: AbortSignal) => get<Health>('/api/health', {}, signal),
    /** `asOf` (YYYY-MM-DD): only the plans in force that day. */
    overview: (signal?: AbortSignal, asOf?: string | null) => get<Overview>('/api/overview', { asOf }, signal),
    matrix: (label: MatrixLabel, signal?: AbortSignal, asOf?: string | null) => get<Matrix>('/api/matrix', { label, asOf }, signal),
    /** `limit` omitted: the server's default number of cities (most sentences first); `asOf`: only the plans in force that day. */
    overlap: (concept: string, related: boolean, options: { limit?: number; asOf?: string | null } = {}, signal?: AbortSignal) =>
      get<Overlap>('/api/overlap', { concept, related, limit: options.limit, asOf: options.asOf }, signal),
    search: (q: string, options: { label?: Label; city?: string; limit?: number } = {}, signal?: AbortSignal) =>
      get<SearchResult>('/api/search', { q, label: options.label, city: options.city, limit: options.limit }, signal),
    compare: (a: string, b: string, signal?: AbortSignal) => get<Compare>('/api/compare', { a, b }, signal),
    peers: (city: string, signal?: AbortSignal) => get<Peers>('/api/peers', { city }, signal),
    /** Groups of comparable targets: one indicator's (every group, one city's too), or those of two cities and more. */
    benchmarks: (query: { indicator?: string; cities?: string[] } = {}, signal?: AbortSignal) => get<Benchmarks>('/api/benchmarks', { indicator: query.indicator, cities: query.cities }, signal),
    indicators: (signal?: AbortSignal) => get<Indicators>('/api/indicators', {}, signal),
    targets: (filter: LedgerFilter, page: { limit: number; offset: number }, signal?: AbortSignal) => get<TargetsLedger>('/api/targets', { ...ledgerQuery(filter), ...page }, signal),
    /** The address of the ledger as CSV, for a download link. */
    targetsCsvHref: (filter: LedgerFilter) => `${base}/api/targets${queryString({ ...ledgerQuery(filter), format: 'csv' })}`,
    departments: (signal?: AbortSignal) => get<DepartmentList>('/api/departments', {}, signal),
    department: (departmentId: string, signal?: AbortSignal) => get<DepartmentDetail>(`/api/departments/${id(departmentId)}`, {}, signal),
    neighborhood: (nodeId: string, options: { depth?: 1 | 2; labels?: Label[]; limit?: number } = {}, signal?: AbortSignal) =>
      get<Neighborhood>('/api/graph/neighborhood', { id: nodeId, depth: options.depth, labels: options.labels, limit: options.limit }, signal),
    path: (from: string, to: string, options: PathOptions = {}, signal?: AbortSignal) =>
      get<Paths>('/api/graph/path', { from, to, k: options.k, avoidHubs: options.avoidHubs }, signal),
    edge: (edgeId: string, signal?: AbortSignal) => get<EdgeDetail>('/api/graph/edge', { id: edgeId }, signal),
    documents: (signal?: AbortSignal) => get<DocumentList>('/api/documents', {}, signal),
    /** Every plan's dates, status and succession; with `asOf`, where each stands that day. */
    planTimes: (asOf?: string | null, signal?: AbortSignal) => get<PlanTimes>('/api/plans/time', { asOf }, signal),
    /** Corrects a plan's issue date, period or status by hand, or reverts fields to the text. */
    editPlan: async (planId: string, body: PlanEditBody, options: { token?: string | null; signal?: AbortSignal } = {}) => {
      const headers = { 'content-type': 'application/json', ...writeHeaders(options.token) };
      return json<PlanInTime>(await send(`/api/documents/${id(planId)}`, { method: 'PATCH', body: JSON.stringify(body), headers, ...(options.signal ? { signal: options.signal } : {}) }));
    },
    conceptTimeline: (concept: string, related: boolean, signal?: AbortSignal, asOf?: string | null) => get<ConceptTimeline>('/api/timelines/concept', { concept, related, asOf }, signal),
    indicatorTimeline: (indicator: string, signal?: AbortSignal) => get<IndicatorTimeline>('/api/timelines/indicator', { indicator }, signal),
    instruments: (signal?: AbortSignal) => get<InstrumentScheme>('/api/instruments', {}, signal),
    instrumentMatrix: (by: InstrumentMatrix['by'], signal?: AbortSignal) => get<InstrumentMatrix>('/api/instruments/matrix', { by }, signal),
    instrumentSentences: (filter: InstrumentFilter, page: { limit: number; offset: number }, signal?: AbortSignal) =>
      get<CodedSentences>('/api/instruments/sentences', { ...instrumentQuery(filter), ...page }, signal),
    /** The address of the coding sheet (CSV) of the sentences `filter` keeps, for a download link. */
    instrumentSheetHref: (filter: InstrumentFilter) => `${base}/api/instruments/sentences${queryString({ ...instrumentQuery(filter), format: 'csv' })}`,
    document: (planId: string, focus?: { start: number; end: number } | null, signal?: AbortSignal) =>
      get<DocumentDetail>(`/api/documents/${id(planId)}`, focus ? { focusStart: focus.start, focusEnd: focus.end } : {}, signal),
  };
}

export type Api = ReturnType<typeof createApi>;
