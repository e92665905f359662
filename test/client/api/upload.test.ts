/**
 * Uploads by the documents contract. Against the real server (which answers 201 at once, until the
 * job-based upload lands), and against a stand-in that follows the job contract to the letter
 * (202 + Location, job polling, 401 without the token, 409 PLAN_EXISTS until `replace`), so the client
 * handles both answers before and after that change.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import multer from 'multer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Job } from '../../../server/contract.ts';
import { createApi } from '../../../client/src/api/client.ts';
import { ApiError } from '../../../client/src/api/errors.ts';
import { uploadDocument } from '../../../client/src/api/upload.ts';
import { seededApi, type SeededApi } from '../../helpers/client-api.ts';

const PLAN = '无锡市推进氢能产业发展行动方案\n一、重点任务\n1．壮大氢能产业。到2027年，氢能产业规模达到200亿元。（市发展改革委牵头负责）\n';
const file = () => new Blob([new TextEncoder().encode(PLAN)], { type: 'text/plain' });

function jobServer(): Promise<{ url: string; server: Server; polls: number[] }> {
  const app = express();
  const jobs = new Map<string, { job: Job; polls: number }>();
  const stored = new Set<string>();
  const polls: number[] = [];
  const result = { plan: { id: 'plan:wuxi', title: '无锡市推进氢能产业发展行动方案', city: '无锡市', file: 'wuxi.txt', cityCue: 'title' as const, genre: null, status: null, period: null, periodBasis: null, issuer: null, issuers: [], issued: null, documentNumber: null, sha256: 'x'.repeat(64), characters: PLAN.length }, nodes: 9, edges: 12, warnings: [] };
  app.post('/api/documents', multer().single('file'), (req, res) => {
    if (req.get('x-requested-with') !== 'policy-kg') return void res.status(403).json({ error: { code: 'FORBIDDEN', message: 'writes refused' } });
    if (req.get('authorization') !== 'Bearer s3cret') return void res.status(401).json({ error: { code: 'UNAUTHORIZED', message: 'token' } });
    const name = (req as unknown as { file: { originalname: string } }).file.originalname;
    if (stored.has(name) && req.query.replace !== 'true') return void res.status(409).json({ error: { code: 'PLAN_EXISTS', message: 'exists' } });
    stored.add(name);
    const id = `job-${jobs.size + 1}`;
    jobs.set(id, { job: { id, status: 'queued', file: name, progress: 0 }, polls: 0 });
    res.status(202).location(`/api/jobs/${id}`).json({ job: jobs.get(id)!.job });
  });
  app.get('/api/jobs/:id', (req, res) => {
    const entry = jobs.get(req.params.id)!;
    entry.polls += 1;
    polls.push(entry.polls);
    entry.job = entry.polls < 2 ? { ...entry.job, status: 'running', progress: 0.5, stage: 'extract' } : { id: entry.job.id, file: entry.job.file, status: 'done', progress: 1, result };
    res.json({ job: entry.job });
  });
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, polls }));
  });
}

describe('uploading a document', () => {
  let seeded: SeededApi;
  let stand: Awaited<ReturnType<typeof jobServer>>;
  beforeAll(async () => {
    [seeded, stand] = await Promise.all([seededApi(), jobServer()]);
  });
  afterAll(async () => {
    await seeded?.close();
    stand?.server.close();
  });

  it('takes the real server’s 201 result', async () => {
    const result = await uploadDocument(seeded.api, file(), 'wuxi.txt');
    expect(result.plan).toMatchObject({ city: '无锡市', title: '无锡市推进氢能产业发展行动方案' });
    expect((await seeded.api.documents()).documents.map((d) => d.city)).toContain('无锡市');
  });

  it('follows a 202 job to its result, reporting progress and stage; sends the token', async () => {
    const progress: [number, string | null][] = [];
    const result = await uploadDocument(createApi(stand.url), file(), 'wuxi.txt', { token: 's3cret', pollMs: 5, onProgress: (f, s) => progress.push([f, s]) });
    expect(result.plan.id).toBe('plan:wuxi');
    expect(progress).toEqual([[0, null], [0.5, 'extract'], [1, null]]);
  });

  it.each([
    ['without the token', { token: null }, 'UNAUTHORIZED', 401],
    ['a plan stored already, without replace', { token: 's3cret' }, 'PLAN_EXISTS', 409],
  ])('refuses %s', async (_, options, code, status) => {
    const error = await uploadDocument(createApi(stand.url), file(), 'wuxi.txt', { ...options, pollMs: 5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code, status });
  });

  it('replaces a stored plan when asked', async () => {
    const result = await uploadDocument(createApi(stand.url), file(), 'wuxi.txt', { token: 's3cret', replace: true, pollMs: 5 });
    expect(result.plan.id).toBe('plan:wuxi');
  });
});
