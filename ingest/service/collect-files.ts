/**
 * Command-line paths → the document files to ingest. Folders are searched recursively for .txt, .docx
 * and .pdf; a file named explicitly is always taken (the reader then judges it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { errors } from '../../core/errors.ts';
import { DOCUMENT_EXTENSIONS, extensionOf, planKeyOf } from '../read/file-name.ts';

function walk(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...walk(full));
    else if (entry.isFile() && (DOCUMENT_EXTENSIONS as readonly string[]).includes(extensionOf(entry.name))) found.push(full);
  }
  return found;
}

export function collectFiles(paths: string[]): string[] {
  const files: string[] = [];
  for (const given of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch {
      throw errors.fileNotFound(given);
    }
    if (stat.isDirectory()) {
      const inside = walk(given);
      if (inside.length === 0) throw errors.noDocuments(given);
      files.push(...inside);
    } else files.push(given);
  }
  const seen = new Set<string>();
  const unique = files.filter((file) => {
    const absolute = path.resolve(file);
    if (seen.has(absolute)) return false;
    seen.add(absolute);
    return true;
  });
  const byKey = new Map<string, string>();
  for (const file of unique) {
    const key = planKeyOf(path.basename(file));
    const other = byKey.get(key);
    if (other) throw errors.badFileName(file, `it would be stored as the same plan as ${other} (plans are keyed by file name)`);
    byKey.set(key, file);
  }
  return unique;
}
