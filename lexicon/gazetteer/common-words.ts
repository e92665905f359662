/**
 * Keeps `commonWords` of short-forms.json in step with its rule (short-forms.ts `commonWordsIn`): a
 * script writes it, a test checks it is current.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { loadLexiconSource } from '../load.ts';
import { flattenStandard } from './divisions.ts';
import { commonWordsIn, ethnicForms } from './short-forms.ts';

/** nodejieba's general dictionary (`word frequency tag` per line), the one the segmenter loads. */
export function jiebaDictionaryText(): string {
  const jieba = createRequire(import.meta.url)('nodejieba') as { DEFAULT_DICT: string };
  return fs.readFileSync(jieba.DEFAULT_DICT, 'utf8');
}

/** short-forms.json as it should read: the lists decided by hand kept, `commonWords` recomputed. */
export function regeneratedShortForms(lexiconDir: string, dictionary: string) {
  const source = loadLexiconSource(lexiconDir).gazetteer;
  const commonWords = commonWordsIn(dictionary, flattenStandard(source.standard).divisions, ethnicForms(source.ethnicGroups));
  return { ...source.shortForms, commonWords };
}
