/**
 * The embedded store when the disk fails: the real `policy-kg ingest` in a child process whose writes
 * to the store's folder run out of space (ENOSPC, with the short write a full disk gives first), fail
 * (EIO), or whose process is killed (SIGKILL) at points spread over the whole run — chosen from a run
 * that counted them, with a seeded generator. After each, the store opens and holds exactly the graph
 * before the command or the one after it; a command that reports success has written the one after;
 * a command that failed said so in one clear line.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../core/config.ts';
import { seededRandom } from '../../../core/seeded-random.ts';
import { runCli } from '../../helpers/cli.ts';
import { buildFailIo, faultEnv, readCount, type Fault, type FaultMode } from '../../helpers/fail-io.ts';
import { SEEDS_DIR, seedContributions } from '../../helpers/seeds.ts';
import { startServerProcess } from '../../../bench/server-process.ts';
import { startServer } from '../../helpers/http.ts';
import { openEmbeddedStore } from '../../helpers/stores.ts';
import { tempDir } from '../../helpers/temp.ts';

const temp = tempDir('policy-kg-faults-');
afterAll(() => temp.cleanup());

const haveGcc = spawnSync('gcc', ['--version']).status === 0;

/** Root may mount a small tmpfs here (a container may forbid it): then a full disk is a real one too. */
function canMountTmpfs(): boolean {
  if (process.getuid?.() !== 0) return false;
  const probe = fs.mkdtempSync(path.join(temp.dir, 'probe-'));
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).status !== 0) return false;
  spawnSync('umount', [probe]);
  return true;
}
const TAIZHOU = 'taizhou-key-industry-chains-action-plan.txt';
const COUNTY = 'yancheng-county-specialty-industries-2026-2028.txt';


async function exported(dataDir: string): Promise<string> {
  const store = await openEmbeddedStore(path.join(dataDir, 'graph.db'));
  try {
    return JSON.stringify(await store.exportGraph());
  } finally {
    await store.close();
  }
}

let cases = 0;
/** A data folder holding a copy of the store as it was before the command. */
function freshData(prior: string): string {
  const data = path.join(temp.dir, `case-${(cases += 1)}`, 'data');
  fs.mkdirSync(data, { recursive: true });
  fs.copyFileSync(prior, path.join(data, 'graph.db'));
  return data;
}

/** `count` points spread over [1, total]: one in each equal stretch, at a seeded place within it. */
function spreadPoints(total: number, count: number, seed: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => 1 + Math.floor(((i + random()) * (total - 1)) / count));
}

describe.skipIf(!haveGcc)('embedded store under disk faults and kill -9 (real CLI, LD_PRELOAD shim)', () => {
  let library: string;
  let prior: string;
  let docs: string;
  let before: string;
  let after: string;
  let total: { calls: number; bytes: number };

  beforeAll(async () => {
    library = buildFailIo(temp.dir);
    // Before: two seed plans. The command: a changed version of one of them and a new plan.
    prior = path.join(temp.dir, 'prior.db');
    const seeds = await seedContributions();
    const store = await openEmbeddedStore(prior);
    await store.replacePlans(seeds.filter((c) => ['lianyungang-manufacturing-strong-city-action-plan.txt', TAIZHOU].includes(c.plan.file)));
    await store.close();
    docs = path.join(temp.dir, 'docs');
    fs.mkdirSync(docs);
    fs.writeFileSync(path.join(docs, TAIZHOU), fs.readFileSync(path.join(SEEDS_DIR, TAIZHOU), 'utf8').replaceAll('亚星锚链', ''));
    fs.copyFileSync(path.join(SEEDS_DIR, COUNTY), path.join(docs, COUNTY));
    const data = freshData(prior);
    before = await exported(data);
    const report = path.join(temp.dir, 'count');
    const counted = runCli(['ingest', docs], { POLICY_KG_DATA: data, ...faultEnv(library, data, { mode: 'count', report }) });
    expect(counted.status, counted.stderr).toBe(0);
    after = await exported(data);
    expect(after).not.toBe(before);
    total = readCount(report);
    expect(total.calls).toBeGreaterThan(10);
  });

  const plans: [FaultMode, (t: { calls: number; bytes: number }) => Fault[]][] = [
    ['enospc', (t) => spreadPoints(t.bytes, 2, 16).map((afterBytes) => ({ mode: 'enospc', afterBytes }))],
    ['eio', (t) => spreadPoints(t.calls, 2, 17).map((afterCalls) => ({ mode: 'eio', afterCalls }))],
    ['kill', (t) => spreadPoints(t.calls, 3, 18).map((afterCalls) => ({ mode: 'kill', afterCalls }))],
  ];

  it.each(plans)('%s at points spread over the write: the graph before or after, never between; failure is loud', async (mode, faultsOf) => {
    for (const fault of faultsOf(total)) {
      const data = freshData(prior);
      const result = runCli(['ingest', docs], { POLICY_KG_DATA: data, ...faultEnv(library, data, fault) });
      const stored = await exported(data);
      const where = `${mode} at ${fault.afterBytes ?? fault.afterCalls}: exit ${result.status} ${result.signal ?? ''} ${result.stderr.slice(-300)}`;
      expect([before, after], where).toContain(stored);
      if (result.status === 0) expect(stored, where).toBe(after);
      if (mode === 'kill') expect([0, null], where).toContain(result.status);
      else if (result.status !== 0) {
        expect(result.status, where).toBe(1);
        expect(result.stderr, where).toMatch(/^error: (Writing the graph to .* failed; the previous graph is unchanged|Graph store at .* is unavailable)/m);
        expect(result.stderr, where).toMatch(/database or disk is full|disk I\/O error/);
        expect(result.stderr, where).not.toMatch(/\n\s+at /);
      }
    }
  });

  it('answers an upload on a full disk with 503 STORE_WRITE_FAILED, the server going on with the graph it had', async () => {
    const data = freshData(prior);
    const server = await startServerProcess({ POLICY_KG_DATA: data, ...faultEnv(library, data, { mode: 'enospc', afterBytes: 64 * 1024 }) });
    try {
      const { url } = server;
      const text = fs.readFileSync(path.join(docs, COUNTY), 'utf8');
      const upload = await fetch(`${url}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: COUNTY, text }) });
      expect(upload.status).toBe(503);
      expect(((await upload.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'STORE_WRITE_FAILED', message: expect.stringMatching(/database or disk is full/) });
      const documents = (await (await fetch(`${url}/api/documents`)).json()) as { documents: unknown[] };
      expect(documents.documents).toHaveLength(2);
    } finally {
      server.child.kill('SIGKILL');
    }
    expect(await exported(data)).toBe(before);
  });

  it('lands two CLIs and a server upload writing different plans into one store at once', async () => {
    const data = freshData(prior);
    const ingest = (file: string) =>
      new Promise<{ status: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin/policy-kg.js'), 'ingest', path.join(docs, file)], { env: { ...process.env, NEO4J_URI: '', POLICY_KG_DATA: data } });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('close', (status) => resolve({ status, stderr }));
      });
    const store = await openEmbeddedStore(path.join(data, 'graph.db'));
    const api = await startServer(store);
    try {
      const upload = api.get('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: COUNTY, text: fs.readFileSync(path.join(docs, COUNTY), 'utf8') }) });
      const [taizhou, county, uploaded] = await Promise.all([ingest(TAIZHOU), ingest(COUNTY), upload]);
      for (const result of [taizhou, county]) expect(result.status, result.stderr).toBe(0);
      expect(uploaded.status).toBe(201);
    } finally {
      await api.close();
      await store.close();
    }
    expect(await exported(data)).toBe(after);
  });

  it.runIf(canMountTmpfs())('fails loudly on a really full file system (tmpfs), keeping the graph before', async () => {
    const mount = path.join(temp.dir, 'small-disk');
    fs.mkdirSync(mount);
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${fs.statSync(prior).size + 64 * 1024}`, 'tmpfs', mount]);
    try {
      const data = path.join(mount, 'data');
      fs.mkdirSync(data);
      fs.copyFileSync(prior, path.join(data, 'graph.db'));
      const result = runCli(['ingest', docs], { POLICY_KG_DATA: data });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^error: Writing the graph to .* failed; the previous graph is unchanged \(database or disk is full\)/m);
      // Read where there is room: what the full disk holds is the graph before.
      const copy = freshData(path.join(data, 'graph.db'));
      if (fs.existsSync(path.join(data, 'graph.db-wal'))) fs.copyFileSync(path.join(data, 'graph.db-wal'), path.join(copy, 'graph.db-wal'));
      expect(await exported(copy)).toBe(before);
    } finally {
      execFileSync('umount', [mount]);
    }
  });
});
