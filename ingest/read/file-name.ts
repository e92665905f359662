/**
 * File names arrive from the command line and from uploads. An upload's name is judged by one rule
 * whatever carried it (multipart, JSON, ?name=): no folders, no hidden or disguised names, a document
 * extension. The plan key derived from a name is readable and never shared by two different names.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { errors } from '../../core/errors.ts';

export const DOCUMENT_EXTENSIONS = ['.txt', '.docx', '.pdf'] as const;
export type DocumentExtension = (typeof DOCUMENT_EXTENSIONS)[number];

// Extensions that must never sit inside a document name (plan.exe.txt is suspicious, plan.v2.txt is not).
const EXECUTABLE_EXTENSIONS = new Set(['.exe', '.bat', '.cmd', '.com', '.js', '.mjs', '.sh', '.ps1', '.vbs', '.scr', '.jar', '.html', '.htm', '.svg']);

export function extensionOf(name: string): string {
  return path.extname(name).toLowerCase();
}

/** Validates an uploaded name (no folders allowed, a .txt/.docx/.pdf extension) and returns it unchanged. */
export function checkUploadName(name: string): string {
  if (name.length === 0) throw errors.badFileName(name, 'the name is empty');
  if (name.length > 255) throw errors.badFileName(name, 'the name is longer than 255 characters');
  if (name.includes('\u0000')) throw errors.badFileName(name, 'it contains a NUL byte');
  if (/[\\/]/.test(name) || name.split(/[\\/]/).includes('..')) throw errors.badFileName(name, 'it contains a path');
  if (name.startsWith('.')) throw errors.badFileName(name, 'hidden file names are not accepted');
  if (/[\u0000-\u001f\u007f]/.test(name)) throw errors.badFileName(name, 'it contains control characters');
  checkInnerExtensions(name);
  const extension = extensionOf(name);
  if (!(DOCUMENT_EXTENSIONS as readonly string[]).includes(extension)) throw errors.unsupportedFormat(name, extension || '(none)');
  return name;
}

export function checkInnerExtensions(name: string): void {
  const parts = path.basename(name).toLowerCase().split('.');
  for (const inner of parts.slice(1, -1)) {
    if (EXECUTABLE_EXTENSIONS.has(`.${inner}`)) throw errors.badFileName(name, `it hides a ".${inner}" extension`);
  }
}

// No readable key contains it (the readable part keeps only letters, digits, . _ -), so hashed keys never meet readable ones.
const DIGEST_MARK = '~';

/**
 * The plan key: the file name without its extension when that is already made of letters, digits,
 * `.`, `_` and `-`; otherwise those characters of it, then `~` and a digest of the whole name — so
 * `x!!.txt` and `x.txt` are different plans. The same name in another format (x.pdf) is the same plan.
 */
export function planKeyOf(name: string): string {
  const base = path.basename(name, path.extname(name));
  const readable = base.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|-+$/g, '').slice(0, 120);
  if (readable === base && readable.length > 0) return readable;
  const digest = createHash('sha256').update(base).digest('hex').slice(0, 12);
  return `${readable || 'document'}${DIGEST_MARK}${digest}`;
}
