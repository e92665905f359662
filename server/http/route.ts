/**
 * Routes are declared, not hand-wired: each names its zod input (query, path params) and output. The
 * same declarations mount the Express handlers — input is `unknown` until its schema parses it — and
 * generate the OpenAPI document.
 */
import express, { type Express, type Request, type RequestHandler, type Response } from 'express';
import { z } from 'zod';
import type { Config } from '../../core/config.ts';
import { errors } from '../../core/errors.ts';
import type { GraphStore } from '../../graph/store.ts';
import { GraphReader } from '../services/graph-reader.ts';
import { ErrorBodySchema } from './errors.ts';
import { gzipVariant, ResponseCache, type CachedResponse, type ComputedResponse } from './response-cache.ts';
import { writeAccess } from './write-access.ts';

export interface RouteContext {
  reader: GraphReader;
  store: GraphStore;
  config: Config;
  request: Request;
}

/** A non-JSON answer (GraphML, CSV, a download). */
export class RawBody {
  constructor(
    readonly contentType: string,
    readonly body: string,
    readonly filename?: string,
  ) {}
}

type Method = 'get' | 'post' | 'patch' | 'delete';

export interface Route {
  method: Method;
  path: string;
  summary: string;
  query?: z.ZodObject;
  params?: z.ZodObject;
  response: z.ZodType;
  status?: number;
  /** Extra middleware before validation (body parsers for uploads). */
  before?: RequestHandler[];
  /** Request body documented in OpenAPI (uploads). */
  requestBody?: Record<string, unknown>;
  /** Response headers derived from the answer (Location of a created resource). */
  headers?(result: unknown): Record<string, string>;
  /** A GET whose answer changes without the graph changing (a job's progress): never served from cache. */
  uncached?: boolean;
  /** A JSON body parsed by this schema (documented in OpenAPI from it). */
  body?: z.ZodType;
  handle(input: { query: Record<string, unknown>; params: Record<string, unknown>; body: unknown; context: RouteContext }): Promise<unknown>;
}

export function defineRoute<Q extends z.ZodObject | undefined, P extends z.ZodObject | undefined, R extends z.ZodType, B extends z.ZodType | undefined = undefined>(route: {
  method: Method;
  path: string;
  summary: string;
  query?: Q;
  params?: P;
  response: R;
  status?: number;
  before?: RequestHandler[];
  requestBody?: Record<string, unknown>;
  headers?(result: z.infer<R>): Record<string, string>;
  uncached?: boolean;
  body?: B;
  handle(input: {
    query: Q extends z.ZodObject ? z.infer<Q> : Record<string, never>;
    params: P extends z.ZodObject ? z.infer<P> : Record<string, never>;
    body: B extends z.ZodType ? z.infer<B> : undefined;
    context: RouteContext;
  }): Promise<z.infer<R> | RawBody>;
}): Route {
  return route as unknown as Route;
}

function parse(schema: z.ZodType | undefined, value: unknown, what: string): Record<string, unknown> {
  if (!schema) return {};
  const parsed = schema.safeParse(value ?? {});
  if (!parsed.success) {
    throw errors.validationFailed(what, parsed.error.issues.map((issue) => ({ path: issue.path.join('.') || '(root)', message: issue.message })));
  }
  return parsed.data as Record<string, unknown>;
}

/** A JSON body of at most 16 KiB, for routes that declare one (an upload parses its own). */
const jsonBody = express.json({ limit: '16kb', type: () => true });

function send(req: Request, res: Response, response: CachedResponse): void {
  const gzip = req.acceptsEncodings('gzip', 'identity') === 'gzip' ? gzipVariant(response) : null;
  const etag = gzip?.etag ?? response.etag;
  res.vary('Accept-Encoding');
  res.setHeader('ETag', etag);
  if (response.filename) res.attachment(response.filename);
  if (req.headers['if-none-match'] === etag) {
    res.status(304).end();
    return;
  }
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  res.status(response.status).type(response.contentType).send(gzip?.body ?? response.body);
}

export interface RouteDependencies {
  store: GraphStore;
  config: Config;
  validateResponses: boolean;
  /** The reader a request's services use, from its parsed query (the graph as of `asOf`); the store's own by default. */
  readerFor?: (query: Record<string, unknown>) => Promise<GraphReader>;
}

export function mountRoutes(app: Express, routes: Route[], dependencies: RouteDependencies): void {
  const cache = new ResponseCache();
  const { store } = dependencies;
  for (const route of routes) {
    const handler = async (req: Request, res: Response) => {
      const query = parse(route.query, req.query, 'query parameters');
      const params = parse(route.params, req.params, 'path parameters');
      const body = route.body ? parse(route.body, req.body, 'request body') : undefined;
      // GET answers depend only on the URL and the graph, so they are served again until the graph changes.
      const revision = route.method === 'get' && !route.uncached ? await store.revision() : null;
      let headers: Record<string, string> | undefined;
      const compute = async (): Promise<ComputedResponse> => {
        const reader = dependencies.readerFor ? await dependencies.readerFor(query) : new GraphReader(store);
        const context: RouteContext = { reader, store, config: dependencies.config, request: req };
        const result = await route.handle({ query, params, body, context });
        headers = route.headers && !(result instanceof RawBody) ? route.headers(result) : undefined;
        const status = route.status ?? 200;
        if (result instanceof RawBody) {
          return { revision: revision ?? '', status, contentType: result.contentType, body: result.body, ...(result.filename ? { filename: result.filename } : {}) };
        }
        if (dependencies.validateResponses) route.response.parse(result);
        return { revision: revision ?? '', status, contentType: 'application/json; charset=utf-8', body: JSON.stringify(result) };
      };
      if (revision !== null) {
        send(req, res, await cache.getOrCompute(`${route.path} ${req.originalUrl}`, revision, compute));
        return;
      }
      const response = await compute();
      if (response.filename) res.attachment(response.filename);
      if (headers) res.set(headers);
      res.status(response.status).type(response.contentType).send(response.body);
    };
    // Every route that is not a GET changes the graph, so every one of them passes the write checks first.
    const guard = route.method === 'get' ? [] : [writeAccess(dependencies.config)];
    app[route.method](route.path, ...guard, ...(route.body ? [jsonBody] : []), ...(route.before ?? []), handler);
  }
}

const toJsonSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;

function parameters(schema: z.ZodObject | undefined, location: 'query' | 'path'): Record<string, unknown>[] {
  if (!schema) return [];
  return Object.entries(schema.shape).map(([name, field]) => {
    const json = toJsonSchema(field as z.ZodType);
    const description = typeof json.description === 'string' ? json.description : undefined;
    return { name, in: location, required: location === 'path' || !(field as z.ZodType).safeParse(undefined).success, schema: json, ...(description ? { description } : {}) };
  });
}

const ERROR_RESPONSE = { description: 'Error', content: { 'application/json': { schema: toJsonSchema(ErrorBodySchema) } } };
const READ_ERRORS = [400, 404, 429, 503];
// Writes: no credential (401), a failed Origin/Host/X-Requested-With check or writes off (403), the plan exists (409), the body refused (413, 415).
const WRITE_ERRORS = [400, 401, 403, 404, 409, 413, 415, 429, 503];

export function openApiDocument(routes: Route[], info: { title: string; version: string }): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:([A-Za-z]+)/g, '{$1}');
    paths[path] ??= {};
    (paths[path] as Record<string, unknown>)[route.method] = {
      summary: route.summary,
      parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
      ...(route.requestBody ? { requestBody: route.requestBody } : {}),
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: toJsonSchema(route.body) } } } } : {}),
      responses: {
        [String(route.status ?? 200)]: { description: 'OK', content: { 'application/json': { schema: toJsonSchema(route.response) } } },
        ...Object.fromEntries((route.method === 'get' ? READ_ERRORS : WRITE_ERRORS).map((status) => [status, ERROR_RESPONSE])),
      },
    };
  }
  return { openapi: '3.1.0', info, paths };
}
