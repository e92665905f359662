/**
 * Industry mentions: lexicon wordings (concept names and synonyms) and the plan's own industry names
 * from its tables (油气钻采井口装备), matched on word boundaries and never inside a department, zone
 * or enterprise name.
 */
import { TermMatcher } from '../../core/term-matcher.ts';
import { conceptsJoined } from '../text/industry-terms.ts';
import { alignedInSentence, inDocument, type ClaimedSpans, type ExtractContext } from './context.ts';
import type { IndustryMention } from './schema.ts';

export function extractIndustries(context: ExtractContext, claimed: ClaimedSpans, documentTerms: string[]): IndustryMention[] {
  const { industryMatcher } = context.lexicon;
  // A table name that is a lexicon wording is that concept; one joining concepts (A和B) is read as its parts.
  const ownTerms = new TermMatcher<string>();
  for (const term of documentTerms) {
    if (industryMatcher.get(term) === undefined && !conceptsJoined(term, context.lexicon)) ownTerms.add(term, term);
  }

  const mentions: IndustryMention[] = [];
  context.sentences.forEach((sentence, index) => {
    const found: IndustryMention[] = [];
    for (const match of ownTerms.findAll(sentence.text, (m) => (context.boundaries[index] as Set<number>).has(sentence.start + m.start))) {
      const located = inDocument(context, index, match);
      if (claimed.isClaimed(located)) continue;
      found.push({ surface: match.term, start: located.start, end: located.end, sentence: index, concept: null, documentTerm: match.value });
    }
    for (const match of industryMatcher.findAll(sentence.text, (m) => alignedInSentence(context, index, m))) {
      const located = inDocument(context, index, match);
      if (claimed.isClaimed(located) || found.some((f) => f.start < located.end && located.start < f.end)) continue;
      found.push({ surface: match.term, start: located.start, end: located.end, sentence: index, concept: match.value, documentTerm: null });
    }
    mentions.push(...found);
  });
  return mentions.sort((a, b) => a.start - b.start);
}
