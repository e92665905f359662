/** Upload jobs: where an upload stands, its result or why it failed. Polled, so never cached. */
import { z } from 'zod';
import { defineRoute } from '../http/route.ts';
import { JobResponseSchema, type UploadJobs } from '../services/uploads.ts';

export function jobRoutes(uploads: UploadJobs) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/jobs/:id',
      summary: 'An upload job: queued, running (progress 0…1, stage), done (result) or failed (error, as a refused request would carry it)',
      params: z.object({ id: z.string().min(1).max(100) }),
      query: z.object({}).strict(),
      response: JobResponseSchema,
      uncached: true,
      handle: async ({ params }) => ({ job: uploads.get(params.id) }),
    }),
  ];
}
