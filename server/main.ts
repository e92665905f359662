/**
 * npm start: open the configured store (Neo4j when NEO4J_URI is set, the embedded store otherwise),
 * ingest seeds/ if the store is empty, and serve the API and the web client.
 */
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../core/config.ts';
import { isPolicyKgError } from '../core/errors.ts';
import { openStore } from '../graph/open-store.ts';
import { IngestService } from '../ingest/service/index.ts';
import { loadLexicon } from '../lexicon/index.ts';
import { createApp } from './app.ts';
import { createLogger } from './http/logger.ts';
import { describeWriteAccess } from './http/write-access.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const store = await openStore(config);
  logger.info('store opened', { kind: store.kind, location: store.location });
  const ingest = new IngestService(config);
  // The read routes' lexicon (industries, indicators); the ingest workers load their own.
  const lexicon = loadLexicon(config.lexiconDir);

  const plans = await store.findNodes({ labels: ['Plan'], limit: 1 });
  if (plans.length === 0) {
    logger.info('store is empty; ingesting seeds', { folder: 'seeds/' });
    const { contributions, failures } = await ingest.ingestPaths([path.join(PROJECT_ROOT, 'seeds')]);
    for (const failure of failures) logger.warn('seed not ingested', { file: failure.file, reason: failure.message });
    await store.replacePlans(contributions);
    logger.info('seeds ingested', { plans: contributions.length });
  }

  const app = createApp({ store, config, lexicon, logger, ingest });
  const server = app.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    process.stdout.write(`\npolicy-kg is serving on http://${config.host}:${port}/  (store: ${store.kind}, ${store.location}; ${describeWriteAccess(config)})\n\n`);
  });
  const shutdown = () => {
    server.close(() => void Promise.allSettled([ingest.close(), store.close()]).finally(() => process.exit(0)));
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`error: ${isPolicyKgError(error) ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
