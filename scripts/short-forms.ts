/**
 * npm run lexicon:short-forms: regenerates `commonWords` in lexicon/short-forms.json — the county-level
 * short forms the segmenter's general dictionary shows to be ordinary words (rule: lexicon/gazetteer/
 * short-forms.ts `commonWordsIn`). Run it after upgrading the GB/T 2260 data package or nodejieba;
 * the `unsafe` and `safe` lists, decided by hand, are kept as they are.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../core/config.ts';
import { jiebaDictionaryText, regeneratedShortForms } from '../lexicon/gazetteer/common-words.ts';

const { lexiconDir } = loadConfig();
const shortForms = regeneratedShortForms(lexiconDir, jiebaDictionaryText());
const file = path.join(lexiconDir, 'short-forms.json');
fs.writeFileSync(file, `${JSON.stringify(shortForms, null, 2)}\n`);
console.log(`${file}: ${shortForms.commonWords.length} common words`);
