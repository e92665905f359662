/**
 * npm run eval [-- --verbose]: precision, recall and F1 of extraction against test/gold.
 */
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../core/config.ts';
import { CATEGORIES, evaluate } from '../eval/run.ts';
import { loadLexicon } from '../lexicon/index.ts';

const verbose = process.argv.includes('--verbose');
const config = loadConfig();
const result = await evaluate(path.join(PROJECT_ROOT, 'test/gold'), path.join(PROJECT_ROOT, 'seeds'), loadLexicon(config.lexiconDir));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
console.log(`Documents: ${result.documents.join(', ')}\n`);
console.log(`${'category'.padEnd(24)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}   found/extracted/expected`);
for (const category of CATEGORIES) {
  const s = result.scores[category];
  console.log(`${category.padEnd(24)}${pct(s.precision)}${pct(s.recall)}${pct(s.f1)}   ${s.truePositives}/${s.extracted}/${s.expected}`);
  if (verbose) {
    for (const m of s.missed) console.log(`      missed   ${m}`);
    for (const m of s.spurious) console.log(`      spurious ${m}`);
  }
}
