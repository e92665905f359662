/**
 * The embedded store as the corpus grows — 10×, 100× and, on request, 1,000× (5,000 plans): one store
 * filled plan batch by plan batch, measured at each size as a user meets it, through the real CLI and
 * server in child processes. Each figure has its baseline from the same run: one more plan's ingest
 * against the same plan into an empty store, `policy-kg stats` against the CLI starting and printing
 * its help, load time per item against that at the first size.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../core/config.ts';
import { SqliteStore } from '../graph/sqlite/index.ts';
import type { PlanContribution } from '../graph/schema.ts';
import { ingestFile } from '../ingest/pipeline.ts';
import { createSegmenter } from '../ingest/segment/index.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { corpusDocument, seedDocuments, type CorpusDocument } from './corpus.ts';
import { median, now, ratio, round } from './measure.ts';
import { startServerProcess, stopServerProcess } from './server-process.ts';

/** Plans written per replacePlans call while filling the store, as an ingest of a folder would. */
const BATCH = 50;
const RUNS = 3;

export interface ScaleResult {
  factor: number;
  plans: number;
  items: number;
  /** Store writes only (not the pipeline), for the plans added since the previous size. */
  loadMicrosecondsPerItem: number;
  storeMiB: number;
  sourceMiB: number;
  storeOverSource: number;
  /** Wall and CPU time; the CLI starting and printing its help is the baseline. */
  stats: Measured & { cliStartMs: number; cliStartCpuMs: number };
  oneMorePlan: Measured & { emptyStoreMs: number; emptyStoreCpuMs: number; ratio: number; cpuRatio: number };
  overlap: { uncachedMs: number; cachedMs: number; serverPeakMiB: number };
}

interface Measured {
  ms: number;
  cpuMs: number;
  peakMiB: number;
}

const peakFile = () => path.join(os.tmpdir(), `policy-kg-bench-peak-${process.pid}-${Math.random().toString(36).slice(2)}`);

/** What bench/peak-rss.cjs wrote: the child's peak memory and its CPU time. */
function readPeak(file: string): { peakMiB: number; cpuMs: number } {
  const [kib, cpuMicroseconds] = fs.readFileSync(file, 'utf8').split(' ').map(Number);
  fs.rmSync(file, { force: true });
  return { peakMiB: Math.round((kib as number) / 1024), cpuMs: Math.round((cpuMicroseconds as number) / 1000) };
}

/** The real CLI in a child process: wall time and peak memory. */
function cli(args: string[], dataDir: string): Measured {
  const peak = peakFile();
  const started = now();
  const result = spawnSync(process.execPath, ['--require', path.join(PROJECT_ROOT, 'bench/peak-rss.cjs'), path.join(PROJECT_ROOT, 'bin/policy-kg.js'), ...args], {
    env: { ...process.env, NEO4J_URI: '', POLICY_KG_DATA: dataDir, POLICY_KG_BENCH_PEAK_FILE: peak },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = now() - started;
  if (result.status !== 0) throw new Error(`policy-kg ${args.join(' ')} failed: ${result.stderr}`);
  return { ms, ...readPeak(peak) };
}

function medianOf(runs: Measured[]): Measured {
  return { ms: round(median(runs.map((r) => r.ms))), cpuMs: median(runs.map((r) => r.cpuMs)), peakMiB: Math.max(...runs.map((r) => r.peakMiB)) };
}

/** The real server in a child process: /api/overlap uncached (distinct limits, so each is computed) and cached. */
async function overlapThroughServer(dataDir: string): Promise<ScaleResult['overlap']> {
  const peak = peakFile();
  const server = await startServerProcess({ POLICY_KG_DATA: dataDir, POLICY_KG_BENCH_PEAK_FILE: peak }, ['--require', path.join(PROJECT_ROOT, 'bench/peak-rss.cjs')]);
  try {
    const timed = async (limit: number) => {
      const started = now();
      const response = await fetch(`${server.url}/api/overlap?concept=${encodeURIComponent('氢能')}&limit=${limit}`, { headers: { 'accept-encoding': 'gzip' } });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`/api/overlap answered ${response.status}`);
      return now() - started;
    };
    const uncached = [await timed(50), await timed(49), await timed(48)];
    const cached: number[] = [];
    for (let i = 0; i < 20; i += 1) cached.push(await timed(48));
    await stopServerProcess(server);
    return { uncachedMs: round(median(uncached)), cachedMs: round(median(cached)), serverPeakMiB: readPeak(peak).peakMiB };
  } finally {
    server.child.kill('SIGKILL');
  }
}

function filesMiB(dir: string): number {
  return fs.readdirSync(dir).reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0) / 1024 / 1024;
}

/** The measurements at one size; the store must be closed (so its size on disk is settled). */
async function measureAt(dataDir: string, next: CorpusDocument, work: string): Promise<Omit<ScaleResult, 'factor' | 'plans' | 'items' | 'loadMicrosecondsPerItem' | 'sourceMiB' | 'storeOverSource'> & { storeMiB: number }> {
  const storeMiB = filesMiB(dataDir);
  const start = medianOf(Array.from({ length: RUNS }, () => cli(['--help'], dataDir)));
  const stats = medianOf(Array.from({ length: RUNS }, () => cli(['stats'], dataDir)));
  const file = path.join(work, next.name);
  fs.writeFileSync(file, next.text);
  const emptyDir = fs.mkdtempSync(path.join(work, 'empty-'));
  const empty = cli(['ingest', file], emptyDir);
  fs.rmSync(emptyDir, { recursive: true, force: true });
  const more = cli(['ingest', file], dataDir);
  const overlap = await overlapThroughServer(dataDir);
  return {
    storeMiB: round(storeMiB, 1),
    stats: { ...stats, cliStartMs: start.ms, cliStartCpuMs: start.cpuMs },
    oneMorePlan: { ...more, ms: round(more.ms), emptyStoreMs: round(empty.ms), emptyStoreCpuMs: empty.cpuMs, ratio: ratio(more.ms, empty.ms), cpuRatio: ratio(more.cpuMs, empty.cpuMs) },
    overlap,
  };
}

/** Fills one store to each factor in turn (factors ascending) and measures it there. */
export async function benchStoreScale(factors: number[], lexicon: Lexicon, log: (message: string) => void): Promise<ScaleResult[]> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-kg-bench-scale-'));
  const dataDir = path.join(work, 'data');
  const seeds = seedDocuments();
  const segmenter = createSegmenter(lexicon);
  const results: ScaleResult[] = [];
  let index = 0;
  let items = 0;
  let sourceBytes = 0;
  try {
    for (const factor of factors) {
      const store = new SqliteStore({ file: path.join(dataDir, 'graph.db') });
      await store.init();
      let writeMs = 0;
      let written = 0;
      while (index < factor * seeds.length) {
        const batch: PlanContribution[] = [];
        for (; batch.length < BATCH && index < factor * seeds.length; index += 1) {
          const document = corpusDocument(seeds, index);
          const bytes = new TextEncoder().encode(document.text);
          sourceBytes += bytes.length;
          batch.push(await ingestFile({ name: document.name, bytes }, { lexicon, segmenter }));
        }
        const started = now();
        await store.replacePlans(batch);
        writeMs += now() - started;
        written += batch.reduce((sum, c) => sum + c.nodes.length + c.edges.length, 0);
        if (index % 500 === 0) log(`store-scale: ${index} plans stored`);
      }
      await store.close();
      items += written;
      log(`store-scale: measuring at ${factor}× (${index} plans)`);
      // One more plan: the next document of the corpus, which the next size then stores again unchanged.
      const measured = await measureAt(dataDir, corpusDocument(seeds, index), work);
      const sourceMiB = round(sourceBytes / 1024 / 1024, 1);
      results.push({ factor, plans: index, items, loadMicrosecondsPerItem: round((writeMs * 1000) / written), sourceMiB, storeOverSource: ratio(measured.storeMiB, sourceMiB), ...measured });
    }
    return results;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
