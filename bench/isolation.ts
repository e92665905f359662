/**
 * Isolation and scale of ingest (issue 15): how responsive the server stays while a 5 MB plan is
 * ingested, the peak memory of reading a PDF decompression bomb, and ingest of a corpus on two worker
 * processes against one. Each figure has its baseline from the same run: /api/health on the idle
 * server, a fresh process reading a seed, the same corpus on one worker.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadConfig, PROJECT_ROOT } from '../core/config.ts';
import { IngestService } from '../ingest/service/index.ts';
import { pdfBomb } from '../test/helpers/make-raw-pdf.ts';
import { buildCorpus, seedDocuments } from './corpus.ts';
import { now, percentile, ratio, round } from './measure.ts';
import { startServerProcess } from './server-process.ts';

const MB = 1024 * 1024;
const run = promisify(execFile);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const TSX = ['--import', 'tsx'];

export interface Latencies {
  samples: number;
  /** Requests that got no answer (a refused or reset connection). */
  failed: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface IsolationResult {
  /** inPipeline: while the document was in the pool; wholeUpload: until the job was done, the store's write included. */
  healthDuringUpload: { uploadMiB: number; seconds: number; pipelineSeconds: number; idle: Latencies; inPipeline: Latencies; wholeUpload: Latencies };
  pdfBomb: { fileKiB: number; inflatedMiB: number; code: string; peakRssMiB: number; baselinePeakRssMiB: number };
  parallelIngest: {
    documents: number;
    oneWorkerMs: number;
    twoWorkersMs: number;
    speedup: number;
    /** CPU time of the worker processes, one worker and two; null where /proc is missing. */
    workerCpuMs: { one: number; two: number } | null;
    /** What two free cores give: one worker's CPU time over half of two workers'. */
    cpuSpeedup: number | null;
    cliOneWorkerMs: number;
    cliTwoWorkersMs: number;
    cliSpeedup: number;
  };
}

function latencies({ samples, failed }: { samples: { ms: number }[]; failed: number }): Latencies {
  const ms = samples.map((s) => s.ms);
  return { samples: ms.length, failed, p50Ms: round(percentile(ms, 0.5)), p99Ms: round(percentile(ms, 0.99)), maxMs: round(Math.max(...ms)) };
}

interface Sample {
  due: number;
  ms: number;
}

/**
 * Asks for /api/health every `intervalMs` whether or not earlier answers came (open loop), so a stalled
 * server shows as many slow answers rather than one: each latency counts from when its request was due.
 */
async function healthSamples(base: string, until: () => boolean, intervalMs = 10): Promise<{ samples: Sample[]; failed: number }> {
  const samples: Sample[] = [];
  let failed = 0;
  const pending: Promise<void>[] = [];
  while (!until()) {
    const due = now();
    pending.push(
      fetch(`${base}/api/health`).then(
        async (response) => {
          await response.arrayBuffer();
          samples.push({ due, ms: now() - due });
        },
        () => void (failed += 1),
      ),
    );
    await sleep(intervalMs);
  }
  await Promise.all(pending);
  return { samples, failed };
}

const PIPELINE_STAGES = new Set(['read', 'normalise', 'structure', 'segment', 'extract', 'resolve', 'link']);

/**
 * Polls the job to its end. `pipelineUntil`: when the last poll that found the document still in the
 * pipeline was sent — before it, the work was in the pool; after it came the transfer and the store's write.
 */
async function followJob(base: string, id: string, state: { finished: string | null; pipelineUntil: number }): Promise<void> {
  while (!state.finished) {
    const sent = now();
    // A keep-alive connection the server closed as it came out of a stall: ask again.
    const answer = await fetch(`${base}/api/jobs/${id}`).catch(() => null);
    if (!answer) continue;
    const { job } = (await answer.json()) as { job: { status: string; stage?: string; error?: { message: string } } };
    if (job.status === 'queued' || PIPELINE_STAGES.has(job.stage ?? '')) state.pipelineUntil = sent;
    if (job.status === 'done' || job.status === 'failed') state.finished = job.status === 'done' ? 'done' : `failed: ${job.error?.message}`;
    else await sleep(50);
  }
}

function fiveMegabytePlan(): string {
  let text = '';
  while (Buffer.byteLength(text) < 5 * MB) text += seedDocuments().map((d) => d.text).join('\n');
  return text;
}

async function benchHealthDuringUpload(): Promise<IsolationResult['healthDuringUpload']> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-kg-bench-upload-'));
  // `npm start`'s server in its own process, so this process's timers never wait on it.
  const { url: base, child } = await startServerProcess({ POLICY_KG_DATA: dir, HOST: '127.0.0.1', RATE_LIMIT_PER_MINUTE: '1000000' });
  const killServer = () => child.kill();
  // Never left behind, whatever happens to this process.
  process.on('exit', killServer);
  try {
    const idleUntil = now() + 3000;
    const idle = await healthSamples(base, () => now() > idleUntil);
    const text = fiveMegabytePlan();
    const started = now();
    const response = await fetch(`${base}/api/documents?name=bench-5mb.txt`, { method: 'POST', headers: { 'X-Requested-With': 'policy-kg', 'content-type': 'text/plain' }, body: text });
    if (response.status !== 202) throw new Error(`upload refused: ${response.status} ${await response.text()}`);
    const state = { finished: null as string | null, pipelineUntil: started };
    const follow = followJob(base, ((await response.json()) as { job: { id: string } }).job.id, state);
    const during = await healthSamples(base, () => state.finished !== null);
    await follow;
    if (state.finished !== 'done') throw new Error(`the 5 MB upload ${state.finished}`);
    const inPipeline = during.samples.filter((s) => s.due <= state.pipelineUntil);
    return {
      uploadMiB: round(Buffer.byteLength(text) / MB),
      seconds: round((now() - started) / 1000, 1),
      pipelineSeconds: round((state.pipelineUntil - started) / 1000, 1),
      idle: latencies(idle),
      inPipeline: latencies({ samples: inPipeline, failed: 0 }),
      wholeUpload: latencies(during),
    };
  } finally {
    killServer();
    process.off('exit', killServer);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function peakRssReading(file: string): Promise<{ code: string; peakRssMiB: number }> {
  const { stdout } = await run(process.execPath, [...TSX, path.join(PROJECT_ROOT, 'bench/read-document.ts'), file], { encoding: 'utf8' });
  return JSON.parse(stdout) as { code: string; peakRssMiB: number };
}

async function benchPdfBomb(): Promise<IsolationResult['pdfBomb']> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-kg-bench-bomb-'));
  try {
    const bomb = path.join(dir, 'bomb.pdf');
    const inflated = 400 * MB;
    fs.writeFileSync(bomb, await pdfBomb(inflated));
    const baseline = await peakRssReading(path.join(PROJECT_ROOT, 'seeds', seedDocuments()[0]?.name as string));
    const measured = await peakRssReading(bomb);
    return { fileKiB: Math.round(fs.statSync(bomb).size / 1024), inflatedMiB: inflated / MB, code: measured.code, peakRssMiB: measured.peakRssMiB, baselinePeakRssMiB: baseline.peakRssMiB };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * CPU time (ms) of this process's children that have ended, as the kernel counts it (/proc/self/stat
 * cutime + cstime, in ticks of 1/100 s): what the pool's worker processes cost, however the machine's
 * cores were shared meanwhile. null where /proc is missing.
 */
function endedChildrenCpuMs(): number | null {
  try {
    // The fields after the command name: state is field 3, cutime 16 and cstime 17.
    const fields = (fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1] as string).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
}

async function timeService(dir: string, workers: number): Promise<{ wallMs: number }> {
  const config = loadConfig({ ...process.env, NEO4J_URI: '' });
  const service = new IngestService({ ...config, ingest: { ...config.ingest, workers } });
  const started = now();
  try {
    const report = await service.ingestPaths([dir]);
    if (report.failures.length > 0) throw new Error(`ingest failed: ${report.failures[0]?.message}`);
    return { wallMs: now() - started };
  } finally {
    // Closing ends the workers, and only an ended process's CPU time is counted.
    await service.close();
  }
}

async function measureService(dir: string, workers: number): Promise<{ wallMs: number; workerCpuMs: number | null }> {
  const cpuBefore = endedChildrenCpuMs();
  const { wallMs } = await timeService(dir, workers);
  const cpuAfter = endedChildrenCpuMs();
  return { wallMs, workerCpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
}

async function timeCli(dir: string, workers: number): Promise<number> {
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-kg-bench-cli-'));
  try {
    const started = now();
    await run(process.execPath, [path.join(PROJECT_ROOT, 'bin/policy-kg.js'), 'ingest', dir, '--workers', String(workers)], { env: { ...process.env, POLICY_KG_DATA: data, NEO4J_URI: '' }, maxBuffer: 64 * MB });
    return now() - started;
  } finally {
    fs.rmSync(data, { recursive: true, force: true });
  }
}

/**
 * Wall-clock time on one worker and on two, for the ingest service and for the whole CLI (with the
 * store's write). Wall-clock ratios need two free cores; the CPU time of the workers does not: with the
 * documents shared out evenly, two workers' critical path is half their CPU time, and the speed-up two
 * free cores would give is one worker's CPU time over that.
 */
async function benchParallelIngest(factor: number): Promise<IsolationResult['parallelIngest']> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-kg-bench-corpus-'));
  try {
    const corpus = buildCorpus(factor);
    for (const document of corpus) fs.writeFileSync(path.join(dir, document.name), document.text);
    const one = await measureService(dir, 1);
    const two = await measureService(dir, 2);
    const cliOneWorkerMs = await timeCli(dir, 1);
    const cliTwoWorkersMs = await timeCli(dir, 2);
    const cpu = one.workerCpuMs !== null && two.workerCpuMs !== null ? { one: one.workerCpuMs, two: two.workerCpuMs } : null;
    return {
      documents: corpus.length,
      oneWorkerMs: Math.round(one.wallMs),
      twoWorkersMs: Math.round(two.wallMs),
      speedup: ratio(one.wallMs, two.wallMs),
      workerCpuMs: cpu,
      cpuSpeedup: cpu ? ratio(cpu.one, cpu.two / 2) : null,
      cliOneWorkerMs: Math.round(cliOneWorkerMs),
      cliTwoWorkersMs: Math.round(cliTwoWorkersMs),
      cliSpeedup: ratio(cliOneWorkerMs, cliTwoWorkersMs),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchIsolation(factor: number, log: (message: string) => void): Promise<IsolationResult> {
  log('isolation: /api/health while a 5 MB plan is ingested');
  const healthDuringUpload = await benchHealthDuringUpload();
  log('isolation: reading a PDF decompression bomb');
  const bomb = await benchPdfBomb();
  log(`isolation: ${factor}× corpus on 1 and 2 workers`);
  return { healthDuringUpload, pdfBomb: bomb, parallelIngest: await benchParallelIngest(factor) };
}
