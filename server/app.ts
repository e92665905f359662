/**
 * The Express application: security, request logs, the API routes (zod in, zod out), the OpenAPI
 * document, the web client's static files, and one error handler.
 */
import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import type { Config } from '../core/config.ts';
import { errors } from '../core/errors.ts';
import type { GraphStore } from '../graph/store.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { IngestService } from '../ingest/service/index.ts';
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
import { jobRoutes } from './routes/jobs.ts';
import { searchRoutes } from './routes/search.ts';
import { targetRoutes } from './routes/targets.ts';
import { timeRoutes } from './routes/time.ts';
import { UploadJobs } from './services/uploads.ts';

export interface AppDependencies {
  store: GraphStore;
  config: Config;
  /** The lexicon the read routes use (industries' hierarchy, the indicator catalogue); ingest loads its own in its workers. */
  lexicon: Lexicon;
  logger: Logger;
  /** The ingest service uploads go through (server/main.ts shares its own; otherwise one is made from config). */
  ingest?: IngestService;
  /** Extra routes mounted beside the API, behind the same middleware (the benchmark's bare endpoint). */
  extraRoutes?: (app: Express) => void;
}

export function apiRoutes(dependencies: { config: Config; lexicon: Lexicon; uploads: UploadJobs }): Route[] {
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
    ...documentRoutes(dependencies.uploads, dependencies.config.maxFileBytes),
    ...jobRoutes(dependencies.uploads),
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
  applySecurity(app, config);
  app.use(requestLog(logger));
  const ingest = dependencies.ingest ?? new IngestService(config);
  const uploads = new UploadJobs(store, ingest, config.ingest.workers + config.ingest.queueLimit);
  const routes = apiRoutes({ config, lexicon: dependencies.lexicon, uploads });
  const readerFor = async (query: Record<string, unknown>) => new GraphReader(await timeView(store, dependencies.lexicon.succession, typeof query.asOf === 'string' ? query.asOf : undefined));
  mountRoutes(app, routes, { store, config, validateResponses: config.validateResponses, readerFor });
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
