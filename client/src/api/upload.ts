/**
 * Uploading a document, by the documents contract: POST /api/documents (multipart field `file`,
 * `X-Requested-With: policy-kg`, a bearer token when the user gave one) answers either 201 with the
 * result at once, or 202 with a job to poll at its Location until it is done or failed. 409 PLAN_EXISTS
 * means the plan is stored already: ask again with `replace`.
 */
import type { Job, UploadResult } from '../../../server/contract.ts';
import type { Api } from './client.ts';
import { ApiError } from './errors.ts';

export type UploadOutcome = UploadResult & { duplicateOf?: string };

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
  const headers: Record<string, string> = { 'x-requested-with': 'policy-kg' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await api.send(`/api/documents${options.replace ? '?replace=true' : ''}`, { method: 'POST', body: form, headers, ...(options.signal ? { signal: options.signal } : {}) });
  if (response.status !== 202) return api.json<UploadOutcome>(response);
  const { job } = await api.json<{ job: Job }>(response);
  return followJob(api, response.headers.get('location') ?? `/api/jobs/${encodeURIComponent(job.id)}`, job, options);
}

async function followJob(api: Api, location: string, first: Job, options: UploadOptions): Promise<UploadOutcome> {
  let job = first;
  let delay = options.pollMs ?? 300;
  for (;;) {
    options.onProgress?.(job.progress ?? (job.status === 'done' ? 1 : 0), job.stage ?? null);
    if (job.status === 'done') {
      if (!job.result) throw new ApiError('BAD_RESPONSE', 200, `job ${job.id} is done without a result`);
      return job.result;
    }
    if (job.status === 'failed') throw new ApiError(job.error?.code ?? 'INTERNAL', 0, job.error?.message ?? `job ${job.id} failed`);
    await wait(delay, options.signal);
    delay = Math.min(1000, delay * 1.5);
    job = (await api.json<{ job: Job }>(await api.send(location, options.signal ? { signal: options.signal } : {}))).job;
  }
}
