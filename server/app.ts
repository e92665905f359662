/**
 * The Express application: security, request logs, the API routes (zod in, zod out), the OpenAPI
 * document, the web client's static files, and one error handler.
 */
import fs from 'node:fs';
import path from 'node:path';
import express, { type Express, type RequestHandler } from 'express';
import type { Config } from '../core/config.ts';
import { errors } from '../core/errors.ts';
import type { GraphStore } from '../graph/store.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { errorHandler } from './http/errors.ts';
import { requestLog, type Logger } from './http/logger.ts';
import { mountRoutes, openApiDocument, type Route } from './http/route.ts';
import { applySecurity } from './http/security.ts';
import { GraphReader } from './services/graph-reader.ts';
import { timeView } from './services/time-view.ts';
import { cityRoutes } from './routes/cities.ts';
import { departmentRoutes } from './routes/departments.ts';
import { documentRoutes } from './routes/documents.ts';
import { exportRoutes } from './routes/export.ts';
import { graphRoutes } from './routes/graph.ts';
import { healthRoutes } from './routes/health.ts';
import { industryRoutes } from './routes/industries.ts';
import { instrumentRoutes } from './routes/instruments.ts';
import { searchRoutes } from './routes/search.ts';
import { targetRoutes } from './routes/targets.ts';
import { timeRoutes } from './routes/time.ts';

export interface AppDependencies {
  store: GraphStore;
  config: Config;
  lexicon: Lexicon;
  logger: Logger;
  /** Checks every write (upload, plan edit) must pass; see RouteDependencies.writeGuard. */
  writeGuard?: RequestHandler[];
  /** Extra routes mounted beside the API, behind the same middleware (the benchmark's bare endpoint). */
  extraRoutes?: (app: Express) => void;
}

export function apiRoutes(dependencies: Pick<AppDependencies, 'lexicon' | 'config'>): Route[] {
  return [
    ...healthRoutes,
    ...searchRoutes,
    ...industryRoutes(dependencies.lexicon),
    ...cityRoutes(dependencies.lexicon.indicators),
    ...targetRoutes(dependencies.lexicon.indicators),
    ...instrumentRoutes(dependencies.lexicon.instruments),
    ...timeRoutes(dependencies.lexicon),
    ...departmentRoutes,
    ...graphRoutes,
    ...documentRoutes(dependencies.lexicon, dependencies.config.maxFileBytes),
    ...exportRoutes,
  ];
}

function serveClient(app: Express, clientDir: string): void {
  const index = path.join(clientDir, 'index.html');
  if (!fs.existsSync(index)) {
    app.get('/', (_req, res) => {
      res.type('text/plain; charset=utf-8').send('policy-kg API is running; the web client is not built (npm run build:client).\n');
    });
    return;
  }
  app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h', setHeaders: (res, file) => file.endsWith('index.html') && res.setHeader('Cache-Control', 'no-cache') }));
  // Client-side routes (/overlap, /reader …) all load the single page.
  app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(index));
}

export function createApp(dependencies: AppDependencies): Express {
  const { config, logger, store } = dependencies;
  const app = express();
  applySecurity(app, { trustProxy: config.trustProxy, rateLimitPerMinute: config.rateLimitPerMinute });
  app.use(requestLog(logger));
  const routes = apiRoutes(dependencies);
  const readerFor = async (query: Record<string, unknown>) => new GraphReader(await timeView(store, dependencies.lexicon.succession, typeof query.asOf === 'string' ? query.asOf : undefined));
  mountRoutes(app, routes, { store, config, validateResponses: config.validateResponses, readerFor, ...(dependencies.writeGuard ? { writeGuard: dependencies.writeGuard } : {}) });
  const openapi = openApiDocument(routes, { title: 'policy-kg API', version: '0.1.0' });
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openapi);
  });
  dependencies.extraRoutes?.(app);
  app.use('/api', (req, _res, next) => next(errors.notFound('API endpoint', `${req.method} ${req.originalUrl.split('?')[0]}`)));
  serveClient(app, config.clientDir);
  app.use(errorHandler(logger));
  return app;
}
