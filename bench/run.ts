/**
 * npm run bench [-- --sizes 1,10,100 --seconds 10 --skip-client --skip-isolation --empty-neo4j --scale 10,100
 * --scale-1000 --only-store-scale]: every benchmark, each figure a ratio against a baseline measured in
 * the same run; prints a table and writes bench/results.json (the store-scale part also
 * bench/store-scale.json). Neo4j parts run when NEO4J_URI is set (eval "$(scripts/neo4j-local start)")
 * and need an empty database, which they leave empty (see neo4j-database.ts). The 1,000× store (5,000
 * plans, about 15 minutes) is measured only with --scale-1000. `--only isolation` runs just the
 * isolation figures (isolation.ts) on the largest size; `--only storage` just ingests the largest size
 * and loads it into each store against its baseline (storage.ts), erasing the Neo4j database after,
 * and prints the machine's load average before and after each load (writes no results file).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../core/config.ts';
import { SqliteStore } from '../graph/sqlite/index.ts';
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
import { benchNeo4jStorage, benchSqliteStorage, type StorageResult } from './storage.ts';
import { printReport, targetsOf } from './report.ts';
import { benchStoreScale } from './store-scale.ts';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const onlyStoreScale = process.argv.includes('--only-store-scale');
const sizes = onlyStoreScale ? [] : option('sizes', '1,10,100').split(',').map(Number);
const scaleFactors = [...option('scale', '10,100').split(',').map(Number), ...(process.argv.includes('--scale-1000') ? [1000] : [])];
const seconds = Number(option('seconds', '10'));
const config = loadConfig();
const lexicon = loadLexicon(config.lexiconDir);
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
// The largest ingest size: the isolation and --only storage figures use it (also when --only-store-scale leaves ingest out).
const largestFactor = Math.max(...option('sizes', '1,10,100').split(',').map(Number));

if (option('only', '') === 'isolation') {
  const results = { ingest: [], perCharacterGrowth: Number.NaN, storage: [], api: [], client: null, storeScale: [], isolation: await benchIsolation(largestFactor, log) };
  printReport({ ...results, targets: targetsOf(results) });
  process.exit(0);
}
if (config.neo4j && !onlyStoreScale) {
  try {
    await requireEmptyDatabase(config.neo4j, process.argv.includes('--empty-neo4j'));
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n`);
    process.exit(2);
  }
}

const loadAverage = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
if (option('only', '') === 'storage') {
  log(`ingest ${largestFactor}× corpus`);
  const { result, contributions } = await benchIngest(largestFactor, buildCorpus(largestFactor), lexicon);
  const storage: StorageResult[] = [];
  log(`storage: embedded store, ${contributions.length} plans (load average ${loadAverage()})`);
  storage.push(await benchSqliteStorage(contributions));
  if (config.neo4j) {
    log(`storage: Neo4j at ${config.neo4j.uri}, ${contributions.length} plans (load average ${loadAverage()})`);
    storage.push(await benchNeo4jStorage(config.neo4j, contributions, () => openStore(config, 'neo4j')));
    await eraseDatabase(config.neo4j);
  }
  log(`storage done (load average ${loadAverage()})`);
  const results = { ingest: [result], perCharacterGrowth: Number.NaN, storage, api: [], client: null, storeScale: [], isolation: null };
  printReport({ ...results, targets: targetsOf(results) });
  process.stdout.write(`${JSON.stringify(storage, null, 2)}\n`);
  process.exit(0);
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
const api: ApiResult[] = [];
let client: ClientResult | null = null;
if (!onlyStoreScale) {
  log(`storage: embedded store, ${largest.length} plans`);
  storage.push(await benchSqliteStorage(largest));
  if (config.neo4j) {
    log(`storage: Neo4j at ${config.neo4j.uri}, ${largest.length} plans`);
    storage.push(await benchNeo4jStorage(config.neo4j, largest, () => openStore(config, 'neo4j')));
  } else log('NEO4J_URI not set: Neo4j storage and API benchmarks skipped');

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-kg-bench-api-'));
  const embedded = new SqliteStore({ file: path.join(dir, 'graph.db') });
  await embedded.init();
  await embedded.replacePlans(largest);
  log('API: embedded store');
  api.push(await benchApi(embedded, lexicon, seconds));
  if (config.neo4j) {
    log('API: Neo4j');
    const neo = await openStore(config, 'neo4j');
    api.push(await benchApi(neo, lexicon, seconds));
    await neo.close();
    await eraseDatabase(config.neo4j);
  }

  if (!process.argv.includes('--skip-client')) {
    log('client: headless Chromium');
    client = await benchClient(embedded, lexicon);
  }
  await embedded.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

log(`store-scale: ${scaleFactors.join('×, ')}×`);
const storeScale = await benchStoreScale(scaleFactors, lexicon, log);
fs.writeFileSync(path.join(PROJECT_ROOT, 'bench/store-scale.json'), `${JSON.stringify({ date: new Date().toISOString(), storeScale }, null, 2)}\n`);

const isolation = onlyStoreScale || process.argv.includes('--skip-isolation') ? null : await benchIsolation(largestFactor, log);

const results = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, node: process.version },
  ingest,
  perCharacterGrowth,
  storage,
  api,
  client,
  isolation,
  storeScale,
};
const report = { ...results, targets: targetsOf(results) };
if (!onlyStoreScale) fs.writeFileSync(path.join(PROJECT_ROOT, 'bench/results.json'), `${JSON.stringify(report, null, 2)}\n`);
printReport(report);
