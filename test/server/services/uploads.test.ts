/**
 * Upload jobs over a real ingest service: a job's life (queued, running with its stage, done), the
 * bound on jobs at once (503 QUEUE_FULL over HTTP), unknown jobs, and failures reported in the job.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../core/config.ts';
import { isPolicyKgError } from '../../../core/errors.ts';
import { IngestService } from '../../../ingest/service/index.ts';
import { UploadJobs, type Job } from '../../../server/services/uploads.ts';
import { finishedJob, startServer, WRITE_HEADERS } from '../../helpers/http.ts';
import { openEmbeddedStore } from '../../helpers/stores.ts';

const PLAN = (city: string) => new TextEncoder().encode(`${city}推进氢能产业发展行动方案\n一、重点任务\n1．壮大氢能产业。（市发展改革委牵头负责）\n`);
const ingestConfig = (workers: number, queueLimit: number) => ({ ...loadConfig({}), ingest: { workers, queueLimit, timeoutMs: 120_000, memoryMb: 1536 } });

describe('UploadJobs', () => {
  const ingest = new IngestService(ingestConfig(1, 0));
  afterAll(() => ingest.close());

  it('moves a job from queued through running stages to done, and refuses a second while the only slot is taken', async () => {
    const store = await openEmbeddedStore();
    const jobs = new UploadJobs(store, ingest, 1);
    const job = await jobs.submit({ name: 'wuxi.txt', bytes: PLAN('无锡市'), replace: false });
    expect(job).toMatchObject({ status: 'queued', progress: 0, file: 'wuxi.txt' });
    const refused = await jobs.submit({ name: 'changzhou.txt', bytes: PLAN('常州市'), replace: false }).catch((e: unknown) => e);
    expect(isPolicyKgError(refused, 'QUEUE_FULL')).toBe(true);

    const seen: Job[] = [];
    while (job.status === 'queued' || job.status === 'running') {
      seen.push({ ...job });
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const running = seen.filter((j) => j.status === 'running');
    expect(running.length).toBeGreaterThan(0);
    for (const j of running) expect(j.progress).toBeGreaterThanOrEqual(0);
    expect(running.map((j) => j.progress)).toEqual([...running.map((j) => j.progress)].sort((a, b) => a - b));
    expect(job).toMatchObject({ status: 'done', progress: 1, result: { plan: { id: 'plan:wuxi', city: '无锡市' } } });
    expect(job.stage).toBeUndefined();
    expect(jobs.get(job.id)).toBe(job);
    await store.close();
  });

  it('answers NOT_FOUND for a job it does not know', () => {
    const jobs = new UploadJobs(null as never, ingest, 1);
    expect(() => jobs.get('no-such-job')).toThrow(/No job with id "no-such-job"/);
  });
});

describe('POST /api/documents when the queue is full', () => {
  it('answers 503 QUEUE_FULL with Retry-After, and the accepted upload still completes', async () => {
    const store = await openEmbeddedStore();
    const api = await startServer(store, { ingest: { workers: 1, queueLimit: 0, timeoutMs: 120_000, memoryMb: 1536 } });
    try {
      const post = (city: string, name: string) => api.write(`/api/documents?name=${name}`, { method: 'POST', headers: { ...WRITE_HEADERS, 'content-type': 'text/plain' }, body: PLAN(city) });
      const accepted = await post('无锡市', 'wuxi.txt');
      expect(accepted.status).toBe(202);
      const busy = await post('常州市', 'changzhou.txt');
      expect(busy.status).toBe(503);
      expect(busy.headers.get('retry-after')).toBe('30');
      expect(((await busy.json()) as { error: { code: string } }).error.code).toBe('QUEUE_FULL');
      const { job } = (await accepted.json()) as { job: Job };
      expect((await finishedJob(api, job.id)).status).toBe('done');
      expect((await api.get('/api/jobs/not-a-job')).status).toBe(404);
    } finally {
      await api.close();
      await store.close();
    }
  });
});
