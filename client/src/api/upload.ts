/**
 * Uploading a document, by the documents contract: POST /api/documents (multipart field `file`,
 * `X-Requested-With: policy-kg`, a bearer token when the user gave one) answers 202 with a job, to poll
 * at its Location until it is done (its result; `duplicateOf` when the same bytes were stored already)
 * or failed (the error a refused request would carry). What the server can judge at once is refused
 * at once: 409 PLAN_EXISTS means the plan is stored already (ask again with `replace`), 401/403 the
 * write was not allowed, 503 QUEUE_FULL too many uploads are waiting.
 */
import type { Job, JobResponse, UploadResult } from '../../../server/contract.ts';
import { writeHeaders, type Api } from './client.ts';
import { ApiError } from './errors.ts';

export type UploadOutcome = UploadResult;

export interface UploadOptions {
  token?: string | null;
  replace?: boolean;
  /** Job progress, 0…1, with the stage the server names (when it answers with a job). */
  onProgress?(fraction: number, stage: string | null): void;
  signal?: AbortSignal;
  /** First wait between polls; it grows to a second. */
  pollMs?: number;
}

const wait = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('aborted', 'AbortError'));
    });
  });

export async function uploadDocument(api: Api, file: Blob, name: string, options: UploadOptions = {}): Promise<UploadOutcome> {
  const form = new FormData();
  form.append('file', file, name);
  const headers = writeHeaders(options.token);
  const response = await api.send(`/api/documents${options.replace ? '?replace=true' : ''}`, { method: 'POST', body: form, headers, ...(options.signal ? { signal: options.signal } : {}) });
  const { job } = await api.json<JobResponse>(response);
  if (response.status !== 202 || !job) throw new ApiError('BAD_RESPONSE', response.status, `expected 202 with a job, got ${response.status}`);
  return followJob(api, response.headers.get('location') ?? `/api/jobs/${encodeURIComponent(job.id)}`, job, options);
}

async function followJob(api: Api, location: string, first: Job, options: UploadOptions): Promise<UploadOutcome> {
  let job = first;
  let delay = options.pollMs ?? 300;
  for (;;) {
    options.onProgress?.(job.progress, job.stage ?? null);
    if (job.status === 'done') {
      if (!job.result) throw new ApiError('BAD_RESPONSE', 200, `job ${job.id} is done without a result`);
      return job.result;
    }
    if (job.status === 'failed') throw new ApiError(job.error?.code ?? 'INTERNAL', 0, job.error?.message ?? `job ${job.id} failed`);
    await wait(delay, options.signal);
    delay = Math.min(1000, delay * 1.5);
    job = (await api.json<JobResponse>(await api.send(location, options.signal ? { signal: options.signal } : {}))).job;
  }
}
