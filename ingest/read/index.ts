/**
 * Stage 1 — read: file bytes → SourceDocument. The format comes from the bytes; the extension must
 * agree with it.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { errors } from '../../core/errors.ts';
import { decodeText } from './decode-text.ts';
import { checkInnerExtensions, extensionOf, planKeyOf } from './file-name.ts';
import { type RawFile, type SourceDocument } from './schema.ts';
import { isEncryptedOfficePackage } from './office-cfb.ts';
import { sniffFormat } from './sniff.ts';

export type { RawFile, SourceDocument } from './schema.ts';

// Ten times the longest plans (a five-year plan outline runs to ~150,000 characters); a 5 MB text of
// Chinese is ~1.8 million. More is not a plan, and would only make a graph nobody can read.
export const MAX_TEXT_CHARACTERS = 2_000_000;

export interface DocumentReaders {
  docx?: (file: RawFile) => { text: string };
  pdf?: (file: RawFile) => Promise<{ text: string }> | { text: string };
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function readDocument(file: RawFile, readers: DocumentReaders = {}): Promise<SourceDocument> {
  const source = await decodeDocument(file, readers);
  if (source.text.length > MAX_TEXT_CHARACTERS) throw errors.textTooLong(source.file, source.text.length, MAX_TEXT_CHARACTERS);
  return source;
}

async function decodeDocument(file: RawFile, readers: DocumentReaders): Promise<SourceDocument> {
  const display = path.basename(file.name);
  checkInnerExtensions(display);
  const extension = extensionOf(display);
  if (file.bytes.length === 0) throw errors.emptyInput(display);
  const sniffed = sniffFormat(file.bytes);
  const base = { file: display, key: planKeyOf(display), sha256: sha256(file.bytes) };

  if (sniffed.kind === 'binary') {
    // A password-protected .docx is an OLE container, not a ZIP: say what it really is.
    if (isEncryptedOfficePackage(file.bytes)) throw errors.encryptedDocument(display);
    throw errors.binaryInput(display, sniffed.what);
  }
  if (sniffed.kind === 'pdf') {
    if (extension !== '.pdf') throw errors.formatMismatch(display, extension || '(none)', 'a PDF document');
    if (!readers.pdf) throw errors.unsupportedFormat(display, extension);
    const { text } = await readers.pdf(file);
    return { ...base, format: 'pdf', encoding: 'pdf-text', text };
  }
  if (sniffed.kind === 'zip') {
    if (extension !== '.docx') throw errors.formatMismatch(display, extension || '(none)', 'a ZIP archive (such as .docx)');
    if (!readers.docx) throw errors.unsupportedFormat(display, extension);
    const { text } = readers.docx(file);
    return { ...base, format: 'docx', encoding: 'docx-xml', text };
  }
  if (extension === '.pdf' || extension === '.docx') throw errors.formatMismatch(display, extension, 'plain text');
  if (extension !== '.txt' && extension !== '') throw errors.unsupportedFormat(display, extension);
  const decoded = decodeText(display, file.bytes);
  return { ...base, format: 'txt', encoding: decoded.encoding, text: decoded.text };
}
