/**
 * File names arrive from the command line and from uploads; only the last path component is used, and
 * names that try to climb out of a folder or hide their type are refused.
 */
import path from 'node:path';
import { errors } from '../../core/errors.ts';

export const DOCUMENT_EXTENSIONS = ['.txt', '.docx', '.pdf'] as const;
export type DocumentExtension = (typeof DOCUMENT_EXTENSIONS)[number];

// Extensions that must never sit inside a document name (plan.exe.txt is suspicious, plan.v2.txt is not).
const EXECUTABLE_EXTENSIONS = new Set(['.exe', '.bat', '.cmd', '.com', '.js', '.mjs', '.sh', '.ps1', '.vbs', '.scr', '.jar', '.html', '.htm', '.svg']);

export function extensionOf(name: string): string {
  return path.extname(name).toLowerCase();
}

/** Validates an uploaded name (no folders allowed) and returns it unchanged. */
export function checkUploadName(name: string): string {
  if (name.length === 0) throw errors.badFileName(name, 'the name is empty');
  if (name.length > 255) throw errors.badFileName(name, 'the name is longer than 255 characters');
  if (name.includes('\u0000')) throw errors.badFileName(name, 'it contains a NUL byte');
  if (/[\\/]/.test(name) || name.split(/[\\/]/).includes('..')) throw errors.badFileName(name, 'it contains a path');
  if (name.startsWith('.')) throw errors.badFileName(name, 'hidden file names are not accepted');
  checkInnerExtensions(name);
  return name;
}

export function checkInnerExtensions(name: string): void {
  const parts = path.basename(name).toLowerCase().split('.');
  for (const inner of parts.slice(1, -1)) {
    if (EXECUTABLE_EXTENSIONS.has(`.${inner}`)) throw errors.badFileName(name, `it hides a ".${inner}" extension`);
  }
}

/** The plan key: the file name without its extension, reduced to letters, digits, `-`, `_` and `.`. */
export function planKeyOf(name: string): string {
  const base = path.basename(name, path.extname(name));
  const key = base.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|-+$/g, '');
  return key.length > 0 ? key.slice(0, 120) : 'document';
}
