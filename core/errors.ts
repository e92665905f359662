/**
 * Every error policy-kg raises on purpose is built here, with a stable `code` that callers narrow on
 * (the CLI maps it to an exit message, the server to an HTTP status). Messages say what happened and
 * what to do about it.
 */

export const ERROR_CODES = [
  'EMPTY_INPUT',
  'BINARY_INPUT',
  'UNDECODABLE_INPUT',
  'UNSUPPORTED_FORMAT',
  'FORMAT_MISMATCH',
  'INPUT_TOO_LARGE',
  'UNSAFE_ARCHIVE',
  'NO_TEXT_LAYER',
  'ENCRYPTED_DOCUMENT',
  'MALFORMED_DOCUMENT',
  'BAD_FILE_NAME',
  'FILE_NOT_FOUND',
  'NO_DOCUMENTS',
  'LEXICON_INVALID',
  'STORE_UNAVAILABLE',
  'STORE_CORRUPT',
  'STORE_WRITE_FAILED',
  'VALIDATION_FAILED',
  'NOT_FOUND',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class PolicyKgError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PolicyKgError';
    this.code = code;
    this.details = details;
  }
}

export function isPolicyKgError(error: unknown, code?: ErrorCode): error is PolicyKgError {
  return error instanceof PolicyKgError && (code === undefined || error.code === code);
}

export const errors = {
  emptyInput: (file: string) =>
    new PolicyKgError('EMPTY_INPUT', `${file}: the file is empty (no text to ingest).`, { file }),
  binaryInput: (file: string, what: string) =>
    new PolicyKgError('BINARY_INPUT', `${file}: this is binary data (${what}), not a text document. Save it as .txt, .docx or .pdf.`, { file, what }),
  undecodableInput: (file: string) =>
    new PolicyKgError(
      'UNDECODABLE_INPUT',
      `${file}: the bytes are not valid UTF-8, UTF-16 or GB18030/GBK text. Re-save the file as UTF-8.`,
      { file },
    ),
  unsupportedFormat: (file: string, extension: string) =>
    new PolicyKgError(
      'UNSUPPORTED_FORMAT',
      `${file}: unsupported file type "${extension}". policy-kg reads .txt, .docx and .pdf.`,
      { file, extension },
    ),
  formatMismatch: (file: string, extension: string, actual: string) =>
    new PolicyKgError(
      'FORMAT_MISMATCH',
      `${file}: the name says "${extension}" but the content is ${actual}. Rename the file to match its content.`,
      { file, extension, actual },
    ),
  inputTooLarge: (file: string, bytes: number, limit: number) =>
    new PolicyKgError(
      'INPUT_TOO_LARGE',
      `${file}: ${bytes} bytes exceeds the limit of ${limit} bytes (set POLICY_KG_MAX_FILE_BYTES to change it).`,
      { file, bytes, limit },
    ),
  unsafeArchive: (file: string, reason: string) =>
    new PolicyKgError('UNSAFE_ARCHIVE', `${file}: refused, ${reason}.`, { file, reason }),
  noTextLayer: (file: string) =>
    new PolicyKgError(
      'NO_TEXT_LAYER',
      `${file}: the PDF has no text layer (scanned images only) — OCR it first, then ingest the result.`,
      { file },
    ),
  malformedDocument: (file: string, reason: string) =>
    new PolicyKgError('MALFORMED_DOCUMENT', `${file}: the document is damaged and cannot be read (${reason}); re-export it from the application that made it.`, { file, reason }),
  encryptedDocument: (file: string) =>
    new PolicyKgError('ENCRYPTED_DOCUMENT', `${file}: the document is encrypted or password-protected; export an unprotected copy.`, { file }),
  badFileName: (name: string, reason: string) =>
    new PolicyKgError('BAD_FILE_NAME', `Refused file name ${JSON.stringify(name)}: ${reason}.`, { name, reason }),
  fileNotFound: (path: string) =>
    new PolicyKgError('FILE_NOT_FOUND', `${path}: no such file or folder.`, { path }),
  noDocuments: (path: string) =>
    new PolicyKgError('NO_DOCUMENTS', `${path}: no .txt, .docx or .pdf documents found.`, { path }),
  lexiconInvalid: (file: string, problems: string[]) =>
    new PolicyKgError(
      'LEXICON_INVALID',
      `Lexicon file ${file} is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
      { file, problems },
    ),
  storeUnavailable: (where: string, reason: string, cause?: unknown) =>
    new PolicyKgError('STORE_UNAVAILABLE', `Graph store at ${where} is unavailable: ${reason}`, { where, reason }, { cause }),
  storeCorrupt: (where: string, reason: string) =>
    new PolicyKgError(
      'STORE_CORRUPT',
      `Graph store file ${where} is unreadable (${reason}). Move it aside and restore a backup (policy-kg restore) or re-ingest; nothing was overwritten.`,
      { where, reason },
    ),
  storeWriteFailed: (where: string, cause: unknown) =>
    new PolicyKgError(
      'STORE_WRITE_FAILED',
      `Writing the graph to ${where} failed; the previous graph is unchanged (${cause instanceof Error ? cause.message : String(cause)}).`,
      { where },
      { cause },
    ),
  validationFailed: (what: string, issues: { path: string; message: string }[]) =>
    new PolicyKgError(
      'VALIDATION_FAILED',
      `Invalid ${what}: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`,
      { what, issues },
    ),
  notFound: (what: string, id: string) => new PolicyKgError('NOT_FOUND', `No ${what} with id ${JSON.stringify(id)}.`, { what, id }),
};
