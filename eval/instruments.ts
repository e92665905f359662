/**
 * Policy-instrument coding scored against a hand-made reference (test/gold/instruments.json, and
 * test/fixtures/instruments/ for plans of other cities): per subtype, precision and recall over the
 * reference sentences, and the macro F1 over the subtypes either side uses. Only reference sentences
 * are scored — the reference is a sample, so a code elsewhere is neither right nor wrong.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { PlanContribution } from '../graph/schema.ts';
import { ingestFile } from '../ingest/pipeline.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { combine, score, type Score } from './score.ts';

export const InstrumentReferenceSchema = z.object({
  about: z.string(),
  sentences: z.array(z.object({ file: z.string(), text: z.string().min(1), codes: z.array(z.string()) })),
});
export type InstrumentReference = z.infer<typeof InstrumentReferenceSchema>;

export interface InstrumentEvaluation {
  sentences: number;
  /** Per subtype id, in the scheme's order; only subtypes the reference or the coding uses. */
  scores: Map<string, Score>;
  macroF1: number;
}

export function loadInstrumentReference(file: string): InstrumentReference {
  return InstrumentReferenceSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/** Instrument codes of the plan's sentences overlapping [start, end) of the original text. */
function codedAt(contribution: PlanContribution, start: number, end: number): Set<string> {
  const codes = new Set<string>();
  for (const edge of contribution.edges) {
    if (edge.type !== 'USES' || edge.source !== contribution.plan.id) continue;
    if ((edge.evidence ?? []).some((e) => e.start < end && start < e.end)) codes.add(edge.target.replace(/^instrument:/, ''));
  }
  return codes;
}

/** Scores one plan's coding against its reference sentences; `label` names each sentence in the lists of misses. */
export function scoreInstruments(contribution: PlanContribution, reference: InstrumentReference['sentences'], order: string[]): Map<string, Score> {
  const perCode = new Map<string, Score[]>();
  for (const sentence of reference) {
    const at = contribution.sourceText.indexOf(sentence.text);
    if (at < 0) throw new Error(`reference sentence not in ${contribution.plan.file}: ${sentence.text.slice(0, 40)}`);
    const coded = codedAt(contribution, at, at + sentence.text.length);
    const expected = new Set(sentence.codes);
    const label = sentence.text.replace(/\s+/g, '').slice(0, 30);
    for (const code of new Set([...coded, ...expected])) {
      const hit = coded.has(code) && expected.has(code) ? 1 : 0;
      const one = score(hit, coded.has(code) ? 1 : 0, expected.has(code) ? 1 : 0, expected.has(code) && !hit ? [label] : [], coded.has(code) && !hit ? [label] : []);
      perCode.set(code, [...(perCode.get(code) ?? []), one]);
    }
  }
  const rank = (code: string) => (order.includes(code) ? order.indexOf(code) : order.length);
  return new Map([...perCode].sort((a, b) => rank(a[0]) - rank(b[0])).map(([code, scores]) => [code, combine(scores)]));
}

export function macroF1(scores: Map<string, Score>): number {
  const values = [...scores.values()];
  return values.length === 0 ? 1 : values.reduce((sum, s) => sum + s.f1, 0) / values.length;
}

/** Ingests each plan the reference cites (from `documentsDir`) and scores them together. */
export async function evaluateInstruments(referenceFile: string, documentsDir: string, lexicon: Lexicon): Promise<InstrumentEvaluation> {
  const reference = loadInstrumentReference(referenceFile);
  const order = lexicon.instruments.entries.map((e) => e.id);
  const byFile = new Map<string, InstrumentReference['sentences']>();
  for (const sentence of reference.sentences) byFile.set(sentence.file, [...(byFile.get(sentence.file) ?? []), sentence]);
  const perPlan: Map<string, Score>[] = [];
  for (const [file, sentences] of byFile) {
    const contribution = await ingestFile({ name: file, bytes: fs.readFileSync(path.join(documentsDir, file)) }, { lexicon });
    perPlan.push(scoreInstruments(contribution, sentences, order));
  }
  const scores = new Map<string, Score>();
  for (const code of order) {
    const parts = perPlan.map((m) => m.get(code)).filter((s): s is Score => s !== undefined);
    if (parts.length > 0) scores.set(code, combine(parts));
  }
  return { sentences: reference.sentences.length, scores, macroF1: macroF1(scores) };
}
