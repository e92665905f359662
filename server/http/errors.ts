/**
 * One place where errors become responses: policy-kg's own errors by code, a store that cannot be
 * reached as 503, a request that cannot be parsed as 400, anything else as a 500 that says nothing
 * about internals.
 */
import type { ErrorRequestHandler } from 'express';
import { z } from 'zod';
import { isPolicyKgError, type ErrorCode } from '../../core/errors.ts';
import type { Logger } from './logger.ts';

const STATUS: Partial<Record<ErrorCode, number>> = {
  VALIDATION_FAILED: 400,
  MALFORMED_REQUEST: 400,
  BAD_FILE_NAME: 400,
  EMPTY_INPUT: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  WRITES_DISABLED: 403,
  NOT_FOUND: 404,
  PLAN_EXISTS: 409,
  INPUT_TOO_LARGE: 413,
  BINARY_INPUT: 415,
  UNSUPPORTED_FORMAT: 415,
  FORMAT_MISMATCH: 415,
  UNDECODABLE_INPUT: 422,
  UNSAFE_ARCHIVE: 422,
  NO_TEXT_LAYER: 422,
  ENCRYPTED_DOCUMENT: 422,
  MALFORMED_DOCUMENT: 422,
  INGEST_TIMEOUT: 422,
  INGEST_OUT_OF_MEMORY: 422,
  STORE_CORRUPT: 500,
  QUEUE_FULL: 503,
  STORE_UNAVAILABLE: 503,
  STORE_WRITE_FAILED: 503,
};

const HEADERS: Partial<Record<ErrorCode, Record<string, string>>> = {
  UNAUTHORIZED: { 'WWW-Authenticate': 'Bearer realm="policy-kg"' },
  QUEUE_FULL: { 'Retry-After': '30' },
};

/** Messages that would name files or hosts of the server are replaced by these. */
const PUBLIC_MESSAGE: Partial<Record<ErrorCode, string>> = {
  STORE_UNAVAILABLE: 'The graph store is unavailable; try again shortly.',
  STORE_CORRUPT: 'The graph store’s data is damaged and cannot be read. Retrying will not help: the operator must restore it or re-ingest (the server log names the file).',
  STORE_WRITE_FAILED: 'The graph could not be saved; nothing was changed. Try again shortly.',
};

function publicMessage(code: ErrorCode, details: Record<string, unknown>): string | undefined {
  // A write's failure may say why, when the store put it in words that name no file or host.
  if (code === 'STORE_WRITE_FAILED' && typeof details.condition === 'string') return `The graph could not be saved (${details.condition}); nothing was changed.`;
  return PUBLIC_MESSAGE[code];
}

export const ErrorDetailSchema = z.object({
  code: z.string(),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export const ErrorBodySchema = z.object({ error: ErrorDetailSchema });
export type ErrorDetail = z.infer<typeof ErrorDetailSchema>;
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

interface ErrorResponse {
  status: number;
  body: ErrorBody;
  headers?: Record<string, string>;
}

const malformed = (message: string): ErrorResponse => ({ status: 400, body: { error: { code: 'MALFORMED_REQUEST', message } } });

/** Errors from Express, the body parsers, multer and the Neo4j driver, mapped without revealing their text. */
function foreignError(error: unknown): ErrorResponse | null {
  const e = error as { type?: string; status?: number; code?: string; name?: string };
  if (e?.type === 'entity.too.large' || e?.code === 'LIMIT_FILE_SIZE') return { status: 413, body: { error: { code: 'INPUT_TOO_LARGE', message: 'The request body is larger than allowed.' } } };
  if (e?.type === 'entity.parse.failed') return { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: 'The request body is not valid JSON.' } } };
  if (e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported') return { status: 415, body: { error: { code: 'UNSUPPORTED_FORMAT', message: 'Unsupported request encoding.' } } };
  if (typeof e?.code === 'string' && e.code.startsWith('LIMIT_')) return { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: 'The upload does not fit the limits (one file, field “file”).' } } };
  if (error instanceof URIError) return malformed('The URL is not valid percent-encoding.');
  // A compressed body that does not inflate, a body shorter than its Content-Length, an aborted upload.
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
    return { ...malformed('The request body could not be read (bad Content-Encoding, or cut short).'), status: e.status };
  }
  if (e?.name === 'Neo4jError' || e?.code === 'ServiceUnavailable' || e?.code === 'SessionExpired') {
    return { status: 503, body: { error: { code: 'STORE_UNAVAILABLE', message: PUBLIC_MESSAGE.STORE_UNAVAILABLE as string } } };
  }
  return null;
}

/** The body and status any error is answered with — also what a failed upload job reports. */
export function toResponse(error: unknown): ErrorResponse {
  if (isPolicyKgError(error)) {
    const issues = Array.isArray(error.details.issues) ? (error.details.issues as { path: string; message: string }[]) : undefined;
    const message = publicMessage(error.code, error.details) ?? error.message;
    // A store that knows when it will next try the database says so (the Neo4j store's open circuit).
    const retryAfter = error.details.retryAfterSeconds;
    const headers = typeof retryAfter === 'number' ? { ...HEADERS[error.code], 'Retry-After': String(retryAfter) } : HEADERS[error.code];
    return { status: STATUS[error.code] ?? 500, body: { error: { code: error.code, message, ...(issues ? { issues } : {}) } }, ...(headers ? { headers } : {}) };
  }
  return foreignError(error) ?? { status: 500, body: { error: { code: 'INTERNAL', message: 'Something went wrong on the server.' } } };
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const { status, body, headers } = toResponse(error);
    if (status >= 500) logger.error('request failed', { method: req.method, path: req.path, status, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    if (headers) res.set(headers);
    res.status(status).json(body);
  };
}
