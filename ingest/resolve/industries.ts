/**
 * Industry wordings → shared concepts. A lexicon wording names its concept; a plan's own industry
 * name (高效光伏切片组件, 船舶海工配套) becomes its own node, narrower than the concepts its wording
 * contains (光伏; 海工装备 via 船舶海工), so overlaps are found across cities that word things differently.
 */
import type { Lexicon } from '../../lexicon/index.ts';

/** 新能源（智能网联）汽车 → 新能源汽车: the wording without bracketed qualifiers. */
export function withoutBrackets(term: string): string {
  return term.replace(/[（(][^）)]*[）)]/g, '').trim();
}

/** The concept a document term is another wording of, if any. */
export function conceptOfTerm(term: string, lexicon: Lexicon): string | null {
  return lexicon.industryMatcher.get(term) ?? lexicon.industryMatcher.get(withoutBrackets(term)) ?? null;
}

/** Concepts named inside a document term: the longest lexicon wordings it contains (at most two). */
export function conceptsWithin(term: string, lexicon: Lexicon): string[] {
  const matches = lexicon.industryMatcher.findAll(term).sort((a, b) => b.term.length - a.term.length);
  const concepts: string[] = [];
  for (const match of matches) {
    if (concepts.length === 2) break;
    if (match.term.length < 2 || concepts.includes(match.value)) continue;
    concepts.push(match.value);
  }
  return concepts;
}
