/**
 * npm run bench [-- --sizes 1,10,100 --seconds 10 --skip-client --skip-isolation --empty-neo4j]: every benchmark, each
 * figure a ratio against a baseline measured in the same run; prints a table and writes
 * bench/results.json. Neo4j parts run when NEO4J_URI is set (eval "$(scripts/neo4j-local start)") and
 * need an empty database, which they leave empty (see neo4j-database.ts). `--only isolation` runs
 * just the isolation figures (isolation.ts) on the largest size.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../core/config.ts';
import { MemoryStore } from '../graph/memory/index.ts';
import { openStore } from '../graph/open-store.ts';
import type { PlanContribution } from '../graph/schema.ts';
import { loadLexicon } from '../lexicon/index.ts';
import { benchApi, type ApiResult } from './api.ts';
import { benchClient, type ClientResult } from './client.ts';
import { buildCorpus } from './corpus.ts';
import { benchIngest, type IngestResult } from './ingest.ts';
import { benchIsolation } from './isolation.ts';
import { ratio } from './measure.ts';
import { eraseDatabase, requireEmptyDatabase } from './neo4j-database.ts';
import { benchMemoryStorage, benchNeo4jStorage, type StorageResult } from './storage.ts';
import { printReport, targetsOf } from './report.ts';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const sizes = option('sizes', '1,10,100').split(',').map(Number);
const seconds = Number(option('seconds', '10'));
const config = loadConfig();
const lexicon = loadLexicon(config.lexiconDir);
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const isolationFactor = Math.max(...sizes);

if (option('only', '') === 'isolation') {
  const results = { ingest: [], perCharacterGrowth: Number.NaN, storage: [], api: [], client: null, isolation: await benchIsolation(isolationFactor, log) };
  printReport({ ...results, targets: targetsOf(results) });
  process.exit(0);
}
if (config.neo4j) {
  try {
    await requireEmptyDatabase(config.neo4j, process.argv.includes('--empty-neo4j'));
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n`);
    process.exit(2);
  }
}

const ingest: IngestResult[] = [];
let largest: PlanContribution[] = [];
for (const factor of sizes) {
  log(`ingest ${factor}× corpus`);
  const { result, contributions } = await benchIngest(factor, buildCorpus(factor), lexicon);
  ingest.push(result);
  largest = contributions;
}
const first = ingest[0];
const last = ingest[ingest.length - 1];
const perCharacterGrowth = first && last ? ratio(last.microsecondsPerCharacter, first.microsecondsPerCharacter) : Number.NaN;

const storage: StorageResult[] = [];
log(`storage: embedded store, ${largest.length} plans`);
storage.push(await benchMemoryStorage(largest));
if (config.neo4j) {
  log(`storage: Neo4j at ${config.neo4j.uri}, ${largest.length} plans`);
  storage.push(await benchNeo4jStorage(config.neo4j, largest, () => openStore(config, 'neo4j')));
} else log('NEO4J_URI not set: Neo4j storage and API benchmarks skipped');

const api: ApiResult[] = [];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-kg-bench-api-'));
const memory = new MemoryStore({ file: path.join(dir, 'graph.json') });
await memory.init();
await memory.replacePlans(largest);
log('API: embedded store');
api.push(await benchApi(memory, seconds));
if (config.neo4j) {
  log('API: Neo4j');
  const neo = await openStore(config, 'neo4j');
  api.push(await benchApi(neo, seconds));
  await neo.close();
  await eraseDatabase(config.neo4j);
}

let client: ClientResult | null = null;
if (!process.argv.includes('--skip-client')) {
  log('client: headless Chromium');
  client = await benchClient(memory);
}
await memory.close();
fs.rmSync(dir, { recursive: true, force: true });

const isolation = process.argv.includes('--skip-isolation') ? null : await benchIsolation(isolationFactor, log);

const results = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, node: process.version },
  ingest,
  perCharacterGrowth,
  storage,
  api,
  client,
  isolation,
};
const report = { ...results, targets: targetsOf(results) };
fs.writeFileSync(path.join(PROJECT_ROOT, 'bench/results.json'), `${JSON.stringify(report, null, 2)}\n`);
printReport(report);
