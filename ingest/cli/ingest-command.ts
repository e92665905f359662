/**
 * policy-kg ingest [paths…]: every file is read and processed first; only if all succeed is the
 * stored graph replaced, in one atomic write. Any bad file leaves the store untouched.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../core/config.ts';
import { errors, isPolicyKgError } from '../../core/errors.ts';
import { openStore, type StoreKind } from '../../graph/open-store.ts';
import type { PlanContribution } from '../../graph/schema.ts';
import { loadLexicon } from '../../lexicon/index.ts';
import { ingestFile } from '../pipeline.ts';
import { defaultReaders } from '../read/readers.ts';
import { collectFiles } from './collect-files.ts';
import { writeGraphJson } from './export-command.ts';
import { countsTables, ProgressBar, table } from './report.ts';

export interface IngestOptions {
  json?: string;
  store?: StoreKind;
}

export interface FileFailure {
  file: string;
  message: string;
}

export async function ingestPaths(paths: string[], config: Config): Promise<{ contributions: PlanContribution[]; failures: FileFailure[] }> {
  const files = collectFiles(paths);
  const lexicon = loadLexicon(config.lexiconDir);
  const contributions: PlanContribution[] = [];
  const failures: FileFailure[] = [];
  const progress = new ProgressBar(files.length);
  for (const [index, file] of files.entries()) {
    progress.update(index, path.basename(file));
    try {
      const size = fs.statSync(file).size;
      if (size > config.maxFileBytes) throw errors.inputTooLarge(path.basename(file), size, config.maxFileBytes);
      contributions.push(await ingestFile({ name: path.basename(file), bytes: fs.readFileSync(file) }, { lexicon, readers: defaultReaders(config) }));
    } catch (error) {
      if (!isPolicyKgError(error)) throw error;
      failures.push({ file, message: error.message });
    }
  }
  progress.update(files.length, 'done');
  progress.finish();
  return { contributions, failures };
}

export async function runIngest(paths: string[], options: IngestOptions, config: Config): Promise<number> {
  const { contributions, failures } = await ingestPaths(paths, config);
  if (failures.length > 0) {
    for (const failure of failures) process.stderr.write(`error: ${failure.message}\n`);
    process.stderr.write(`\nNothing was stored: ${failures.length} of ${failures.length + contributions.length} file(s) could not be ingested.\n`);
    return 1;
  }
  const store = await openStore(config, options.store);
  try {
    await store.replacePlans(contributions);
    const rows = contributions.map((c) => [path.basename(c.plan.file), c.plan.city ?? '?', c.nodes.length, c.edges.length, c.warnings.length]);
    process.stdout.write(`${table(['file', 'city', 'nodes', 'edges', 'warnings'], rows)}\n\n`);
    for (const c of contributions) for (const warning of c.warnings) process.stdout.write(`warning: ${c.plan.file}: ${warning}\n`);
    process.stdout.write(`\nStored graph (${store.kind}, ${store.location}):\n${countsTables(await store.counts())}\n`);
    if (options.json) await writeGraphJson(store, options.json);
    return 0;
  } finally {
    await store.close();
  }
}
