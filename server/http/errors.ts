/**
 * One place where errors become responses: policy-kg's own errors by code, a store that cannot be
 * reached as 503, anything else as a 500 that says nothing about internals.
 */
import type { ErrorRequestHandler } from 'express';
import { isPolicyKgError, type ErrorCode } from '../../core/errors.ts';
import type { Logger } from './logger.ts';

const STATUS: Partial<Record<ErrorCode, number>> = {
  VALIDATION_FAILED: 400,
  BAD_FILE_NAME: 400,
  EMPTY_INPUT: 400,
  BINARY_INPUT: 415,
  UNSUPPORTED_FORMAT: 415,
  FORMAT_MISMATCH: 415,
  UNDECODABLE_INPUT: 422,
  UNSAFE_ARCHIVE: 422,
  NO_TEXT_LAYER: 422,
  ENCRYPTED_DOCUMENT: 422,
  MALFORMED_DOCUMENT: 422,
  INPUT_TOO_LARGE: 413,
  NOT_FOUND: 404,
  STORE_UNAVAILABLE: 503,
  STORE_CORRUPT: 503,
  STORE_WRITE_FAILED: 503,
};

export interface ErrorBody {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}

/** Errors the driver or body parsers raise, mapped without revealing their text. */
function foreignError(error: unknown): { status: number; body: ErrorBody } | null {
  const e = error as { type?: string; status?: number; code?: string; name?: string };
  if (e?.type === 'entity.too.large' || e?.code === 'LIMIT_FILE_SIZE') return { status: 413, body: { error: { code: 'INPUT_TOO_LARGE', message: 'The request body is larger than allowed.' } } };
  if (e?.type === 'entity.parse.failed') return { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: 'The request body is not valid JSON.' } } };
  if (e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported') return { status: 415, body: { error: { code: 'UNSUPPORTED_FORMAT', message: 'Unsupported request encoding.' } } };
  if (typeof e?.code === 'string' && e.code.startsWith('LIMIT_')) return { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: 'The upload does not fit the limits (one file, field “file”).' } } };
  if (e?.name === 'Neo4jError' || e?.code === 'ServiceUnavailable' || e?.code === 'SessionExpired') {
    return { status: 503, body: { error: { code: 'STORE_UNAVAILABLE', message: 'The graph store is unavailable; try again shortly.' } } };
  }
  return null;
}

export function toResponse(error: unknown): { status: number; body: ErrorBody } {
  if (isPolicyKgError(error)) {
    const issues = Array.isArray(error.details.issues) ? (error.details.issues as { path: string; message: string }[]) : undefined;
    const message = error.code === 'STORE_UNAVAILABLE' || error.code === 'STORE_CORRUPT' ? 'The graph store is unavailable; try again shortly.' : error.message;
    return { status: STATUS[error.code] ?? 500, body: { error: { code: error.code, message, ...(issues ? { issues } : {}) } } };
  }
  return foreignError(error) ?? { status: 500, body: { error: { code: 'INTERNAL', message: 'Something went wrong on the server.' } } };
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const { status, body } = toResponse(error);
    // A store that knows when it will next try the database says so (the Neo4j store's open circuit).
    const retryAfter = isPolicyKgError(error) ? error.details.retryAfterSeconds : undefined;
    if (typeof retryAfter === 'number') res.setHeader('Retry-After', String(retryAfter));
    if (status >= 500) logger.error('request failed', { method: req.method, path: req.path, status, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    res.status(status).json(body);
  };
}
