/**
 * Documents: list, read with highlights, upload and delete. An upload (a multipart file, JSON
 * {name, text}, or a raw body with ?name=) is answered at once with a job (202) that the ingest
 * service's workers carry out; GET /api/jobs/:id follows it. Uploads and deletes are writes: they pass
 * the write checks (server/http/write-access.ts) before their body is even read.
 */
import express, { type RequestHandler } from 'express';
import multer from 'multer';
import { z } from 'zod';
import { errors } from '../../core/errors.ts';
import { defineRoute } from '../http/route.ts';
import { asOf, flag, nodeId } from '../schemas/inputs.ts';
import { documentDetail, DocumentDetailSchema, DocumentListSchema, listDocuments, planSummary, PlanSummarySchema } from '../services/documents.ts';
import { JobResponseSchema, type Upload, type UploadJobs } from '../services/uploads.ts';

// Names are not trimmed or otherwise touched here: checkUploadName judges them the same for every transport.
const fileName = z.string().min(1, 'must not be empty').max(255, 'must be at most 255 characters');
const JsonUploadSchema = z.object({ name: fileName, text: z.string().min(1, 'must not be empty') }).strict();

const BINARY_TYPES = ['text/plain', 'application/octet-stream', 'application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'];

function multipartParser(maxBytes: number): RequestHandler {
  // preservePath: a name like ../../x.txt arrives whole and is refused, as it is in ?name= or JSON.
  const parse = multer({ storage: multer.memoryStorage(), preservePath: true, defParamCharset: 'utf8', limits: { fileSize: maxBytes, files: 1, fields: 4, fieldSize: 1024, parts: 6 } }).single('file');
  return (req, res, next) => {
    if (!req.is('multipart/form-data')) return next();
    parse(req, res, (error?: unknown) => {
      // Multer's own limit errors are mapped by the error handler; the parser's (no boundary, cut short) are the client's fault.
      if (error && !(error instanceof multer.MulterError)) return next(errors.malformedRequest('the multipart body cannot be parsed (no boundary, a bad part header, or cut short)'));
      next(error);
    });
  };
}

function uploadParsers(maxBytes: number): RequestHandler[] {
  return [multipartParser(maxBytes), express.json({ limit: maxBytes + 4096, type: 'application/json' }), express.raw({ limit: maxBytes, type: BINARY_TYPES })];
}

function uploadedFile(req: express.Request, nameInQuery: string | undefined, maxBytes: number): Omit<Upload, 'replace'> {
  const file = (req as express.Request & { file?: Express.Multer.File }).file;
  if (file) return { name: file.originalname, bytes: new Uint8Array(file.buffer) };
  if (req.is('application/json')) {
    const parsed = JsonUploadSchema.safeParse(req.body);
    if (!parsed.success) throw errors.validationFailed('upload', parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
    const bytes = new TextEncoder().encode(parsed.data.text);
    if (bytes.length > maxBytes) throw errors.inputTooLarge(parsed.data.name, bytes.length, maxBytes);
    return { name: parsed.data.name, bytes };
  }
  if (!nameInQuery) throw errors.validationFailed('upload', [{ path: 'name', message: 'give the file name as ?name=…, or upload multipart field “file”, or JSON {name, text}' }]);
  if (!Buffer.isBuffer(req.body)) throw errors.validationFailed('upload', [{ path: 'body', message: 'send the document as the request body' }]);
  return { name: nameInQuery, bytes: new Uint8Array(req.body) };
}

export function documentRoutes(uploads: UploadJobs, maxFileBytes: number) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/documents',
      summary: 'Stored plans with their metadata',
      query: z.object({ asOf }).strict(),
      response: DocumentListSchema,
      handle: ({ context }) => listDocuments(context.reader),
    }),
    defineRoute({
      method: 'get',
      path: '/api/documents/:id',
      summary: 'A plan’s normalised text with every cited span; focusStart/focusEnd (original offsets) locate an evidence',
      params: z.object({ id: nodeId }),
      query: z.object({ focusStart: z.coerce.number().int().min(0).optional(), focusEnd: z.coerce.number().int().min(0).optional() }).strict(),
      response: DocumentDetailSchema,
      handle: ({ params, query, context }) =>
        documentDetail(context.reader, params.id, query.focusStart !== undefined && query.focusEnd !== undefined ? { start: query.focusStart, end: query.focusEnd } : undefined),
    }),
    defineRoute({
      method: 'post',
      path: '/api/documents',
      summary:
        'Upload a document (.txt, .docx, .pdf) to add a plan, or with replace=true to replace the plan of the same name. A write: send X-Requested-With: policy-kg and, when the server has a write token, Authorization: Bearer <token>. Answers 202 with a job (Location: /api/jobs/<id>); 409 PLAN_EXISTS when the plan exists and replace is not set. The same bytes under another name are not stored twice: the job is done at once with duplicateOf.',
      status: 202,
      before: uploadParsers(maxFileBytes),
      query: z.object({ name: fileName.optional(), replace: flag.describe('replace the plan of the same name') }).strict(),
      requestBody: {
        content: {
          'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } },
          'application/json': { schema: z.toJSONSchema(JsonUploadSchema) },
          'text/plain': { schema: { type: 'string' } },
          'application/octet-stream': { schema: { type: 'string', format: 'binary' } },
        },
      },
      response: JobResponseSchema,
      headers: ({ job }) => ({ Location: `/api/jobs/${job.id}` }),
      async handle({ query, context }) {
        const file = uploadedFile(context.request, query.name, maxFileBytes);
        return { job: await uploads.submit({ ...file, replace: query.replace }) };
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/api/documents/:id',
      summary: 'Remove a plan and everything only it supported. A write, checked like an upload.',
      params: z.object({ id: nodeId }),
      query: z.object({}).strict(),
      response: z.object({ deleted: PlanSummarySchema }),
      async handle({ params, context }) {
        const [plan] = await context.store.getNodes([params.id]);
        if (plan?.label !== 'Plan' || !(await context.store.removePlan(plan.id))) throw errors.notFound('document', params.id);
        return { deleted: planSummary(plan) };
      },
    }),
  ];
}
