/** A copy of the lexicon with one file edited, for tests that a malformed edit is refused. */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../core/config.ts';
import { loadLexiconSource } from '../../lexicon/load.ts';
import { tempDir } from './temp.ts';

export const LEXICON_DIR = path.join(PROJECT_ROOT, 'lexicon');

/** The lexicon file `name` as JSON. */
export function lexiconFile(name: string): any {
  return JSON.parse(fs.readFileSync(path.join(LEXICON_DIR, name), 'utf8'));
}

/** Copies the lexicon with `edit` applied to `name`; `load` reads the copy, `cleanup` removes it. */
export function editedLexicon(name: string, edit: (file: any) => void): { load: () => ReturnType<typeof loadLexiconSource>; cleanup: () => void } {
  const temp = tempDir();
  fs.cpSync(LEXICON_DIR, temp.dir, { recursive: true });
  const file = lexiconFile(name);
  edit(file);
  fs.writeFileSync(path.join(temp.dir, name), JSON.stringify(file));
  return { load: () => loadLexiconSource(temp.dir), cleanup: temp.cleanup };
}
