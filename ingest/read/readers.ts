/**
 * The readers for binary document formats; plain text needs none. They take bytes, not paths, so the
 * CLI and the HTTP upload share them, and each enforces the size limit itself rather than trusting
 * its caller to have done so.
 */
import path from 'node:path';
import type { Config } from '../../core/config.ts';
import { errors } from '../../core/errors.ts';
import { readDocx } from './docx.ts';
import type { DocumentReaders } from './index.ts';
import { readPdf } from './pdf.ts';
import type { RawFile } from './schema.ts';

/** Refuses a file over the configured limit before any parsing. */
export function checkFileSize(file: RawFile, maxFileBytes: number): void {
  if (file.bytes.length > maxFileBytes) throw errors.inputTooLarge(path.basename(file.name), file.bytes.length, maxFileBytes);
}

export function defaultReaders(config: Pick<Config, 'maxFileBytes'>): Required<DocumentReaders> {
  return {
    docx: (file) => {
      checkFileSize(file, config.maxFileBytes);
      return readDocx(file);
    },
    pdf: (file) => {
      checkFileSize(file, config.maxFileBytes);
      return readPdf(file);
    },
  };
}
