/**
 * Documents: list, read with highlights, and upload (a text body, JSON {name, text}, or a multipart
 * file). An upload goes through the same readers and pipeline as the CLI and replaces its plan
 * atomically; a bad file is refused with a 4xx and nothing stored.
 */
import express, { type RequestHandler } from 'express';
import multer from 'multer';
import { z } from 'zod';
import { errors } from '../../core/errors.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import { ingestFile } from '../../ingest/pipeline.ts';
import { checkUploadName, DOCUMENT_EXTENSIONS, extensionOf } from '../../ingest/read/file-name.ts';
import { defaultReaders } from '../../ingest/read/readers.ts';
import { defineRoute } from '../http/route.ts';
import { asOf, nodeId, text } from '../schemas/inputs.ts';
import { documentDetail, DocumentDetailSchema, DocumentListSchema, listDocuments, planSummary, PlanSummarySchema } from '../services/documents.ts';

export const UploadResultSchema = z.object({
  plan: PlanSummarySchema,
  nodes: z.number().int(),
  edges: z.number().int(),
  warnings: z.array(z.string()),
});

const JsonUploadSchema = z.object({ name: text(255), text: z.string().min(1, 'must not be empty') }).strict();

interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

function uploadParsers(maxBytes: number): RequestHandler[] {
  const multipart = multer({ storage: multer.memoryStorage(), limits: { fileSize: maxBytes, files: 1, fields: 4, fieldSize: 1024, parts: 6 } }).single('file');
  return [
    (req, res, next) => (req.is('multipart/form-data') ? multipart(req, res, next) : next()),
    express.json({ limit: maxBytes + 4096, type: 'application/json' }),
    express.raw({ limit: maxBytes, type: ['text/plain', 'application/octet-stream', 'application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'] }),
  ];
}

function uploadedFile(req: express.Request, maxBytes: number): UploadedFile {
  const file = (req as express.Request & { file?: Express.Multer.File }).file;
  if (file) return { name: Buffer.from(file.originalname, 'latin1').toString('utf8'), bytes: new Uint8Array(file.buffer) };
  if (req.is('application/json')) {
    const parsed = JsonUploadSchema.safeParse(req.body);
    if (!parsed.success) throw errors.validationFailed('upload', parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
    const bytes = new TextEncoder().encode(parsed.data.text);
    if (bytes.length > maxBytes) throw errors.inputTooLarge(parsed.data.name, bytes.length, maxBytes);
    return { name: parsed.data.name, bytes };
  }
  const name = typeof req.query.name === 'string' ? req.query.name : undefined;
  if (!name) throw errors.validationFailed('upload', [{ path: 'name', message: 'give the file name as ?name=…, or upload multipart field “file”, or JSON {name, text}' }]);
  if (!Buffer.isBuffer(req.body)) throw errors.validationFailed('upload', [{ path: 'body', message: 'send the document as the request body' }]);
  return { name, bytes: new Uint8Array(req.body) };
}

export function documentRoutes(lexicon: Lexicon, maxFileBytes: number) {
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
      summary: 'Upload a document (.txt, .docx, .pdf): ingest it and replace its plan',
      status: 201,
      before: uploadParsers(maxFileBytes),
      query: z.object({ name: text(255).optional() }).strict(),
      requestBody: {
        content: {
          'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } },
          'application/json': { schema: { type: 'object', properties: { name: { type: 'string' }, text: { type: 'string' } }, required: ['name', 'text'] } },
          'text/plain': { schema: { type: 'string' } },
        },
      },
      response: UploadResultSchema,
      async handle({ context }) {
        const file = uploadedFile(context.request, maxFileBytes);
        const name = checkUploadName(file.name);
        const extension = extensionOf(name);
        if (!(DOCUMENT_EXTENSIONS as readonly string[]).includes(extension)) throw errors.unsupportedFormat(name, extension || '(none)');
        if (file.bytes.length > maxFileBytes) throw errors.inputTooLarge(name, file.bytes.length, maxFileBytes);
        const contribution = await ingestFile({ name, bytes: file.bytes }, { lexicon, readers: defaultReaders(context.config) });
        await context.store.replacePlan(contribution);
        return {
          plan: planSummary(contribution.plan),
          nodes: contribution.nodes.length,
          edges: contribution.edges.length,
          warnings: contribution.warnings,
        };
      },
    }),
  ];
}
