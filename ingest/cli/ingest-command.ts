/**
 * policy-kg ingest [paths…]: every file is read and processed first, on every core (the ingest
 * service's worker pool); only if all succeed is the stored graph replaced, in one atomic write. Any
 * bad file leaves the store untouched.
 */
import path from 'node:path';
import type { Config } from '../../core/config.ts';
import { openStore, type StoreKind } from '../../graph/open-store.ts';
import { IngestService } from '../service/index.ts';
import { writeGraphJson } from './export-command.ts';
import { countsTables, ProgressBar, table } from './report.ts';

export interface IngestOptions {
  json?: string;
  store?: StoreKind;
}

/** Every file through the ingest service's worker pool, with a progress bar on stderr. */
async function ingestWithProgress(paths: string[], config: Config) {
  const service = new IngestService(config);
  try {
    const progress = new ProgressBar();
    const report = await service.ingestPaths(paths, (done, total, file) => progress.update(done, total, file));
    progress.finish();
    return report;
  } finally {
    await service.close();
  }
}

export async function runIngest(paths: string[], options: IngestOptions, config: Config): Promise<number> {
  const { contributions, failures } = await ingestWithProgress(paths, config);
  if (failures.length > 0) {
    for (const failure of failures) process.stderr.write(`error: ${failure.message}\n`);
    process.stderr.write(`\nNothing was stored: ${failures.length} of ${failures.length + contributions.length} file(s) could not be ingested.\n`);
    return 1;
  }
  const store = await openStore(config, options.store);
  try {
    await store.replacePlans(contributions);
    const summaries = contributions.map((c) => c.summary);
    const rows = summaries.map((s) => [path.basename(s.plan.file), s.plan.city ?? '?', s.nodes, s.edges, s.warnings.length]);
    process.stdout.write(`${table(['file', 'city', 'nodes', 'edges', 'warnings'], rows)}\n\n`);
    for (const s of summaries) for (const warning of s.warnings) process.stdout.write(`warning: ${s.plan.file}: ${warning}\n`);
    process.stdout.write(`\nStored graph (${store.kind}, ${store.location}):\n${countsTables(await store.counts())}\n`);
    if (options.json) await writeGraphJson(store, options.json);
    return 0;
  } finally {
    await store.close();
  }
}
