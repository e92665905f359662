/**
 * Industry mentions: lexicon wordings (concept names and synonyms) and the plan's own industry names
 * from its tables (油气钻采井口装备), matched on word boundaries and never inside a department, zone
 * or enterprise name.
 */
import { TermMatcher } from '../../core/term-matcher.ts';
import type { Lexicon } from '../../lexicon/index.ts';
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
    mentions.push(...withSharedHeads(found.sort((a, b) => a.start - b.start), context));
  });
  return mentions.sort((a, b) => a.start - b.start);
}

/** Concepts side by side under one parent (新能源汽车 and 智能网联汽车 under 汽车), neither inside the other. */
function areSiblings(lexicon: Lexicon, a: string, b: string): boolean {
  const parents = (concept: string) => lexicon.concepts.get(concept)?.broader ?? [];
  const shared = parents(a).some((p) => parents(b).includes(p));
  return a !== b && shared && !lexicon.ancestors(b).includes(a) && !lexicon.ancestors(a).includes(b);
}

/**
 * 新能源和智能网联汽车, 新能源、智能网联汽车: a wording before a conjunction shares the head of the wording
 * after it (新能源 is 新能源汽车) when the two then name sibling concepts — not one inside the other
 * (电子信息和新材料 is no 电子信息材料). Read from the right, so the head carries along a list.
 */
function withSharedHeads(found: IndustryMention[], context: ExtractContext): IndustryMention[] {
  const { lexicon } = context;
  const text = context.document.normalised.text;
  let head: { after: IndustryMention; suffix: string } | null = null;
  for (let i = found.length - 2; i >= 0; i -= 1) {
    const [first, second] = [found[i]!, found[i + 1]!];
    if (!first.concept || !second.concept || !/^[和及与、]$/.test(text.slice(first.end, second.start))) {
      head = null;
      continue;
    }
    const suffixes: string[] = head?.after === second ? [head.suffix] : [...second.surface].map((_c, k) => second.surface.slice(k)).slice(1);
    head = null;
    for (const suffix of suffixes) {
      const concept = lexicon.industryMatcher.get(first.surface + suffix);
      if (concept && concept !== first.concept && areSiblings(lexicon, concept, second.concept)) {
        found[i] = { ...first, concept };
        head = { after: found[i]!, suffix };
        break;
      }
    }
  }
  return found;
}
