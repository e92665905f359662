/**
 * The API over a Neo4j that goes away and comes back, with the default time limits and nothing of ours
 * restarted: while the server is frozen (SIGSTOP — it accepts connections and never answers, as a
 * stalled VM or a dead network path does) and while it is stopped (connections refused), every request
 * is answered within 5 s, 503 with Retry-After, and a write is refused; once the server is back the
 * same API answers normally, with the graph it had.
 *
 * Why a Neo4j of its own: freezing or stopping the suite's shared server would fail the tests using it,
 * and a TCP relay in front of it could only imitate a frozen JVM, while SIGSTOP of a real one is the
 * thing itself. scripts/neo4j-local starts a second real server in a temporary folder, on a port of
 * its own (with the jars the suite's server was built from), which this test freezes, stops and starts
 * again: about a minute in all, two thirds of it the two starts (10–20 s each). Runs when NEO4J_URI is
 * set, as in CI.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/config.ts';
import { Neo4jStore } from '../../graph/neo4j/index.ts';
import type { PlanContribution } from '../../graph/schema.ts';
import { freePort } from '../helpers/free-port.ts';
import { startServer, type RunningServer } from '../helpers/http.ts';
import { config, uri } from '../helpers/neo4j.ts';
import { seedContributions } from '../helpers/seeds.ts';
import { tempDir } from '../helpers/temp.ts';

const ANSWER_WITHIN_MS = 5_000;
const PATHS = ['/api/health', '/api/search?q=工信局', `/api/overlap?concept=${encodeURIComponent('氢能')}`, '/api/documents', `/api/graph/neighborhood?id=${encodeURIComponent('industry:氢能')}`];

/**
 * A Neo4j of this test's own, driven through scripts/neo4j-local — asynchronously, so that the API
 * under test keeps serving while the server starts or stops.
 */
function ownNeo4j(dir: string, port: number) {
  // The jars and compiled main of the suite's server, when there are any: saves resolving them again.
  for (const built of ['lib', 'classes']) {
    const shared = path.join(PROJECT_ROOT, '.neo4j', built);
    if (fs.existsSync(path.join(shared, '.stamp'))) fs.symlinkSync(shared, path.join(dir, built));
  }
  const env = { ...process.env, NEO4J_LOCAL_DIR: dir, NEO4J_LOCAL_PORT: String(port), NEO4J_LOCAL_HEAP: '512m', NEO4J_LOCAL_PAGECACHE_MB: '64' };
  const run = (command: 'start' | 'stop') => promisify(execFile)(path.join(PROJECT_ROOT, 'scripts/neo4j-local'), [command], { env });
  // The JVM's own pid, as it wrote it in neo4j.state ("PORT VERSION EDITION PID").
  const pid = () => Number(fs.readFileSync(path.join(dir, 'neo4j.state'), 'utf8').trim().split(/\s+/)[3]);
  // SIGSTOP takes effect once every thread of the JVM is scheduled and stops: until then it may answer.
  const frozen = () => fs.readdirSync(`/proc/${pid()}/task`).every((task) => fs.readFileSync(`/proc/${pid()}/task/${task}/stat`, 'utf8').split(') ')[1]?.[0] === 'T');
  return {
    uri: `bolt://127.0.0.1:${port}`,
    start: () => run('start'),
    stop: () => run('stop'),
    freeze: async () => {
      process.kill(pid(), 'SIGSTOP');
      await expect.poll(frozen, { timeout: 5_000, interval: 20 }).toBe(true);
    },
    resume: () => process.kill(pid(), 'SIGCONT'),
  };
}

interface Answer {
  path: string;
  status: number;
  retryAfter: string | null;
  ms: number;
}

async function ask(server: RunningServer, paths: string[]): Promise<Answer[]> {
  return Promise.all(
    paths.map(async (p) => {
      const started = Date.now();
      const response = await server.get(p, { signal: AbortSignal.timeout(30_000) });
      await response.arrayBuffer();
      return { path: p, status: response.status, retryAfter: response.headers.get('retry-after'), ms: Date.now() - started };
    }),
  );
}

/** Polls until the API answers normally again: the store recovers by itself, with nothing restarted. */
async function recovered(server: RunningServer, within: number): Promise<void> {
  const started = Date.now();
  while ((await server.get('/api/health')).status !== 200) {
    if (Date.now() - started > within) throw new Error(`the API did not answer normally within ${within} ms of Neo4j coming back`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  expect((await ask(server, PATHS)).map((a) => a.status)).toEqual(PATHS.map(() => 200));
}

describe.runIf(Boolean(uri))('API while Neo4j is frozen or stopped', () => {
  let temp: ReturnType<typeof tempDir>;
  let neo4j: ReturnType<typeof ownNeo4j>;
  let store: Neo4jStore;
  let server: RunningServer;
  let seeds: PlanContribution[];
  let healthy: string;

  beforeAll(async () => {
    temp = tempDir('policy-kg-outage-');
    neo4j = ownNeo4j(temp.dir, await freePort());
    await neo4j.start();
    seeds = await seedContributions();
    store = new Neo4jStore(config(neo4j.uri));
    await store.init();
    await store.replacePlan(seeds[0] as PlanContribution);
    server = await startServer(store);
    healthy = await (await server.get('/api/health')).text();
  }, 180_000);

  afterAll(async () => {
    try {
      neo4j?.resume();
    } catch {
      // Not running: nothing to resume.
    }
    await server?.close();
    await store?.close();
    await neo4j?.stop();
    temp?.cleanup();
  }, 120_000);

  const expectFastRefusals = async (outage: string) => {
    for (const round of ['first requests', 'requests while the circuit is open']) {
      const answers = await ask(server, PATHS);
      console.log(`Neo4j ${outage}, ${round}: slowest answer ${Math.max(...answers.map((a) => a.ms))} ms`);
      for (const answer of answers) {
        expect({ round, ...answer, ms: answer.ms < ANSWER_WITHIN_MS }).toEqual({ round, path: answer.path, status: 503, retryAfter: expect.stringMatching(/^[1-9]\d*$/), ms: true });
      }
    }
    await expect(store.replacePlan(seeds[1] as PlanContribution)).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
  };

  it('answers 503 with Retry-After within 5 s while Neo4j is frozen, and normally once it resumes', async () => {
    expect((await ask(server, PATHS)).map((a) => a.status)).toEqual(PATHS.map(() => 200));
    try {
      await neo4j.freeze();
      await expectFastRefusals('frozen');
    } finally {
      neo4j.resume();
    }
    await recovered(server, 20_000);
    expect(await (await server.get('/api/health')).text()).toBe(healthy);
  }, 90_000);

  it('answers 503 with Retry-After within 5 s while Neo4j is stopped, and normally once it is started again', async () => {
    await neo4j.stop();
    await expectFastRefusals('stopped');
    await neo4j.start();
    await recovered(server, 30_000);
    expect(await (await server.get('/api/health')).text()).toBe(healthy);
    await store.replacePlan(seeds[1] as PlanContribution);
    expect((await store.findNodes({ labels: ['Plan'] })).length).toBe(2);
  }, 120_000);
});
