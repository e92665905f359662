/**
 * Policy-instrument coding (docs/instruments.md): every sentence that commits the government to an
 * action — a sentence of a task, or of a section of tasks, goals or safeguards — is coded with the
 * instrument subtypes its cues signal (lexicon/instruments.json), and a sentence stating a quantified
 * target with the instrument the scheme gives targets. Each code keeps the cue that decided it.
 */
import type { CueRule, InstrumentEntry, InstrumentScheme } from '../../lexicon/instruments.ts';
import type { Section, Sentence } from '../structure/schema.ts';
import type { ExtractContext } from './context.ts';
import type { InstrumentCode, TargetCandidate } from './schema.ts';

const CLAUSE_END = /[，,；;：:。！？!?]/;

/** The clause of `text` around `at`: between the nearest clause marks on either side. */
function clauseAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !CLAUSE_END.test(text[start - 1] as string)) start -= 1;
  let end = at;
  while (end < text.length && !CLAUSE_END.test(text[end] as string)) end += 1;
  return { start, end };
}

/** Where the cue `rule` matches in `text` when its first part starts at `at`: the whole span, or null. */
function matchCue(text: string, at: number, rule: CueRule): { start: number; end: number } | null {
  if (rule.notPrecededBy.some((word) => text.endsWith(word, at))) return null;
  const clause = clauseAround(text, at);
  let end = at + (rule.parts[0] as string).length;
  for (const part of rule.parts.slice(1)) {
    const found = text.indexOf(part, end);
    if (found < 0 || found + part.length > clause.end) return null;
    end = found + part.length;
  }
  if (rule.notFollowedBy.some((word) => text.startsWith(word, end))) return null;
  const clauseText = text.slice(clause.start, clause.end);
  if (rule.notInClause.some((word) => clauseText.includes(word))) return null;
  return { start: at, end };
}

/** The first cue of each instrument in one sentence, as spans of the sentence's text. */
export function cuesIn(text: string, scheme: InstrumentScheme): Map<InstrumentEntry, { start: number; end: number }> {
  const found = new Map<InstrumentEntry, { start: number; end: number }>();
  for (let at = 0; at < text.length; at += 1) {
    for (const match of scheme.cueStarts.matchesAt(text, at)) {
      for (const rule of match.value) {
        if (found.has(rule.instrument)) continue;
        const span = matchCue(text, at, rule);
        if (span) found.set(rule.instrument, span);
      }
    }
  }
  return found;
}

/**
 * Sections whose sentences are no commitments: a review of past results (retrospective), guiding
 * principles (notCommittingSections), and everything under them.
 */
function silentSections(sections: Section[], words: string[]): Set<number> {
  const silent = new Set<number>();
  for (const section of sections) {
    const parentSilent = section.parent !== null && silent.has(section.parent);
    if (parentSilent || section.role === 'retrospective' || words.some((w) => section.title.includes(w))) silent.add(section.index);
  }
  return silent;
}

/**
 * Running text under a heading, and the heading line of an item that has no items under it: a
 * numbered item may be nothing but its heading (`1．对新引进的整车项目…给予补助。`). The preamble
 * before the first heading is not coded.
 */
function committingSentences(sentences: Sentence[], sections: Section[], words: string[]): Sentence[] {
  const silent = silentSections(sections, words);
  const parents = new Set(sections.map((s) => s.parent));
  return sentences.filter((sentence) => {
    if (sentence.section === null || silent.has(sentence.section)) return false;
    return sentence.kind === 'text' || (sentence.kind === 'heading' && (sentence.task !== null || !parents.has(sentence.section)));
  });
}

/** Codes of every committing sentence, in text order; offsets are normalised, like every extraction. */
export function codeInstruments(context: ExtractContext, targets: TargetCandidate[]): InstrumentCode[] {
  const scheme = context.lexicon.instruments;
  const targetsBySentence = new Map<number, TargetCandidate>();
  for (const target of targets) if (!targetsBySentence.has(target.sentence)) targetsBySentence.set(target.sentence, target);
  const codes: InstrumentCode[] = [];
  for (const sentence of committingSentences(context.sentences, context.document.sections, scheme.notCommittingSections)) {
    const found = cuesIn(sentence.text, scheme);
    const target = targetsBySentence.get(sentence.index);
    if (target && scheme.forTargets && !found.has(scheme.forTargets)) {
      found.set(scheme.forTargets, { start: Math.max(0, target.start - sentence.start), end: Math.min(sentence.text.length, target.end - sentence.start) });
    }
    const inOrder = [...found].sort((a, b) => scheme.entries.indexOf(a[0]) - scheme.entries.indexOf(b[0]));
    for (const [instrument, span] of inOrder) {
      codes.push({
        sentence: sentence.index,
        instrument: { code: instrument.id, side: instrument.side, name: instrument.name },
        cue: sentence.text.slice(span.start, span.end),
        start: sentence.start + span.start,
        end: sentence.start + span.end,
      });
    }
  }
  return codes;
}
