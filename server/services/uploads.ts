/**
 * Uploads as jobs. A document is checked (its name, whether its plan exists, whether the same bytes
 * are stored already) while the request waits, then ingested by the ingest service's worker pool
 * while the client follows the job; its plan is written to the store only at the end, all or nothing.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { errors } from '../../core/errors.ts';
import { nodeIds } from '../../graph/ids.ts';
import type { PackedContribution } from '../../graph/packed.ts';
import type { NodeOfLabel } from '../../graph/schema.ts';
import type { GraphStore } from '../../graph/store.ts';
import { checkUploadName, planKeyOf } from '../../ingest/read/file-name.ts';
import type { IngestService } from '../../ingest/service/index.ts';
import { ErrorDetailSchema, toResponse } from '../http/errors.ts';
import { planSummary, PlanSummarySchema } from './documents.ts';

export const UploadResultSchema = z.object({
  plan: PlanSummarySchema,
  /** Nodes and edges the document contributed (0 when it was a duplicate and nothing was stored). */
  nodes: z.number().int(),
  edges: z.number().int(),
  warnings: z.array(z.string()),
  /** The plan that already holds these exact bytes; nothing was stored. */
  duplicateOf: z.string().optional(),
});

/**
 * An upload as a job: POST /api/documents answers 202 `{job}` with `Location: /api/jobs/<id>`, and
 * GET /api/jobs/:id the same until it is done (with its result) or failed (with the error a refused
 * request would carry).
 */
export const JobSchema = z.object({
  id: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  /** The uploaded file's name. */
  file: z.string(),
  /** Share of the work done, 0…1, and the pipeline stage under way. */
  progress: z.number().min(0).max(1),
  stage: z.string().optional(),
  result: UploadResultSchema.optional(),
  /** Why it failed: the same code and message a synchronous refusal would carry. */
  error: ErrorDetailSchema.optional(),
});
export const JobResponseSchema = z.object({ job: JobSchema });
export type Job = z.infer<typeof JobSchema>;
type UploadResult = z.infer<typeof UploadResultSchema>;

export interface Upload {
  name: string;
  bytes: Uint8Array;
  /** Replace the plan of the same name if it exists (otherwise that is a 409). */
  replace: boolean;
}

// Finished jobs are kept for their clients to read, the oldest forgotten first.
const FINISHED_KEPT = 500;
// Progress reached when the pipeline is done; storing the plan takes the rest.
const STORE_AT = 0.9;

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // WebCrypto hashes on the thread pool, so a 20 MB upload does not hold up other requests.
  return Buffer.from(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)).toString('hex');
}

export class UploadJobs {
  private readonly jobs = new Map<string, Job>();
  private active = 0;

  constructor(
    private readonly store: GraphStore,
    private readonly ingest: IngestService,
    /** Jobs queued or running at most (the workers plus the queue). */
    private readonly capacity: number,
  ) {}

  get(id: string): Job {
    const job = this.jobs.get(id);
    if (!job) throw errors.notFound('job', id);
    return job;
  }

  /** Checks what can be checked at once (throws the 4xx), then starts the job. */
  async submit(upload: Upload): Promise<Job> {
    const name = checkUploadName(upload.name);
    const planId = nodeIds.plan(planKeyOf(name));
    if (!upload.replace) await this.refuseExisting(name, planId);
    const sha256 = await sha256Hex(upload.bytes);
    const duplicate = await this.planWithBytes(sha256);
    if (duplicate) return this.remember({ id: randomUUID(), status: 'done', file: name, progress: 1, result: duplicateResult(duplicate) });
    if (this.active >= this.capacity) throw errors.queueFull(this.ingest.waiting);
    const job = this.remember({ id: randomUUID(), status: 'queued', file: name, progress: 0 });
    this.active += 1;
    void this.run(job, { ...upload, name }, planId, sha256).finally(() => (this.active -= 1));
    return job;
  }

  private async run(job: Job, upload: Upload, planId: string, sha256: string): Promise<void> {
    try {
      const contribution = await this.ingest.ingest({ name: upload.name, bytes: upload.bytes }, ({ stage, fraction }) => update(job, { status: 'running', stage, progress: fraction * STORE_AT }));
      update(job, { status: 'running', stage: 'store', progress: STORE_AT });
      // Another upload may have stored the plan or these bytes while this one was processed.
      if (!upload.replace) await this.refuseExisting(upload.name, planId);
      const duplicate = await this.planWithBytes(sha256);
      const result = duplicate ? duplicateResult(duplicate) : await this.store.replacePlan(contribution).then(() => storedResult(contribution));
      update(job, { status: 'done', progress: 1, stage: undefined, result });
    } catch (error) {
      update(job, { status: 'failed', stage: undefined, error: toResponse(error).body.error });
    }
  }

  private async refuseExisting(name: string, planId: string): Promise<void> {
    const [existing] = await this.store.getNodes([planId]);
    if (existing?.label === 'Plan') throw errors.planExists(name, planId, existing.file);
  }

  private async planWithBytes(sha256: string): Promise<NodeOfLabel<'Plan'> | undefined> {
    const plans = await this.store.findNodes({ labels: ['Plan'] });
    return plans.find((plan): plan is NodeOfLabel<'Plan'> => plan.label === 'Plan' && plan.sha256 === sha256);
  }

  /** Keeps the job, forgetting the oldest finished ones beyond what is kept. */
  private remember(job: Job): Job {
    this.jobs.set(job.id, job);
    const finished = [...this.jobs.values()].filter((j) => j.status === 'done' || j.status === 'failed');
    for (const old of finished.slice(0, Math.max(0, finished.length - FINISHED_KEPT))) this.jobs.delete(old.id);
    return job;
  }
}

function update(job: Job, patch: Partial<Job>): void {
  Object.assign(job, patch);
}

function duplicateResult(plan: NodeOfLabel<'Plan'>): UploadResult {
  return { plan: planSummary(plan), nodes: 0, edges: 0, warnings: [], duplicateOf: plan.id };
}

/** From the packed contribution's summary: the contribution itself is unpacked only where the store writes it. */
function storedResult({ summary }: PackedContribution): UploadResult {
  return { plan: planSummary(summary.plan), nodes: summary.nodes, edges: summary.edges, warnings: summary.warnings };
}
