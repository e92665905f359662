/**
 * npm run eval [-- --verbose]: precision, recall and F1 of extraction, for the shared references
 * (test/gold) and for each fixture set of our own (test/fixtures/eval/*), then over the fixture sets together.
 */
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../core/config.ts';
import { evaluateInstruments } from '../eval/instruments.ts';
import { CATEGORIES, combineScores, evalSets, evaluate, type Evaluation } from '../eval/run.ts';
import { loadLexicon } from '../lexicon/index.ts';

const verbose = process.argv.includes('--verbose');
const config = loadConfig();
const lexicon = loadLexicon(config.lexiconDir);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

function printTable(title: string, scores: Evaluation['scores']): void {
  console.log(`\n${title}`);
  console.log(`${'category'.padEnd(32)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}   found/extracted/expected`);
  for (const category of CATEGORIES) {
    const s = scores[category];
    if (!s) continue;
    console.log(`${category.padEnd(32)}${pct(s.precision)}${pct(s.recall)}${pct(s.f1)}   ${s.truePositives}/${s.extracted}/${s.expected}`);
    if (verbose) {
      for (const m of s.missed) console.log(`      missed   ${m}`);
      for (const m of s.spurious) console.log(`      spurious ${m}`);
    }
  }
}

const [shared, ...fixtures] = evalSets(PROJECT_ROOT);
const sharedResult = await evaluate(shared!.goldDir, shared!.documentsDir, lexicon);
printTable(`${shared!.name}: ${sharedResult.documents.join(', ')}`, sharedResult.scores);
const fixtureResults: Evaluation[] = [];
for (const set of fixtures) {
  const result = await evaluate(set.goldDir, set.documentsDir, lexicon);
  fixtureResults.push(result);
  printTable(`fixtures/${set.name}: ${result.documents.length} document(s)`, result.scores);
}
if (fixtureResults.length > 1) printTable('all fixture sets together', combineScores(fixtureResults.map((r) => r.scores)));

const instrumentSets = [
  { name: 'instruments: seed task sentences (test/gold/instruments.json)', reference: path.join(PROJECT_ROOT, 'test/gold/instruments.json'), documents: path.join(PROJECT_ROOT, 'seeds') },
  { name: 'instruments: plans of other cities (test/fixtures/instruments)', reference: path.join(PROJECT_ROOT, 'test/fixtures/instruments/instruments.json'), documents: path.join(PROJECT_ROOT, 'test/fixtures/instruments/documents') },
  { name: 'instruments: plans other engineers wrote, first set, cues since tuned on it (test/fixtures/instruments/held-out.json)', reference: path.join(PROJECT_ROOT, 'test/fixtures/instruments/held-out.json'), documents: path.join(PROJECT_ROOT, 'test/fixtures/eval') },
  { name: 'instruments: plans other engineers wrote, second set, held out (test/fixtures/instruments/held-out-2.json)', reference: path.join(PROJECT_ROOT, 'test/fixtures/instruments/held-out-2.json'), documents: path.join(PROJECT_ROOT, 'test/fixtures/eval') },
];
for (const set of instrumentSets) {
  const result = await evaluateInstruments(set.reference, set.documents, lexicon);
  console.log(`\n${set.name}: ${result.sentences} sentences`);
  console.log(`${'instrument'.padEnd(24)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}   found/coded/expected`);
  for (const [code, s] of result.scores) {
    console.log(`${code.padEnd(24)}${pct(s.precision)}${pct(s.recall)}${pct(s.f1)}   ${s.truePositives}/${s.extracted}/${s.expected}`);
    if (verbose) {
      for (const m of s.missed) console.log(`      missed   ${m}`);
      for (const m of s.spurious) console.log(`      spurious ${m}`);
    }
  }
  console.log(`${'macro F1'.padEnd(24)}${''.padStart(14)}${pct(result.macroF1)}`);
}
