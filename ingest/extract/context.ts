/**
 * What every extractor needs: the document, the lexicon, the plan's city, and per-sentence token
 * boundaries so that a dictionary match never cuts through a word (氢能 inside 制氢能力).
 */
import type { CityContext, Lexicon } from '../../lexicon/index.ts';
import type { TermMatch } from '../../core/term-matcher.ts';
import type { SegmentedDocument, Token } from '../segment/index.ts';
import type { Sentence, StructuredDocument } from '../structure/schema.ts';

export interface ExtractContext {
  document: StructuredDocument;
  segmented: SegmentedDocument;
  lexicon: Lexicon;
  city: CityContext | null;
  sentences: Sentence[];
  tokens: Token[][];
  /** Normalised offsets where a token starts or ends, per sentence. */
  boundaries: Set<number>[];
}

export function createContext(segmented: SegmentedDocument, lexicon: Lexicon): ExtractContext {
  const document = segmented.structured;
  const boundaries = segmented.tokens.map((tokens) => {
    const set = new Set<number>();
    for (const token of tokens) {
      set.add(token.start);
      set.add(token.end);
    }
    return set;
  });
  return {
    document,
    segmented,
    lexicon,
    city: document.meta.city ? lexicon.cityContext(document.meta.city) : null,
    sentences: document.sentences,
    tokens: segmented.tokens,
    boundaries,
  };
}

/** Whether a match inside sentence `index` (offsets relative to the sentence) starts and ends on word boundaries. */
export function alignedInSentence(context: ExtractContext, index: number, match: { start: number; end: number }): boolean {
  const sentence = context.sentences[index] as Sentence;
  const set = context.boundaries[index] as Set<number>;
  return set.has(sentence.start + match.start) && set.has(sentence.start + match.end);
}

/** Converts a match relative to a sentence into document offsets. */
export function inDocument<T>(context: ExtractContext, index: number, match: TermMatch<T>): TermMatch<T> & { sentence: number } {
  const sentence = context.sentences[index] as Sentence;
  return { ...match, start: sentence.start + match.start, end: sentence.start + match.end, sentence: index };
}

/** Whether sentence `index` lies in a section looking back (发展现状, 主要成就), where 建成 reports a result. */
export function inRetrospect(context: ExtractContext, index: number): boolean {
  const { sections } = context.document;
  for (let at = context.sentences[index]?.section ?? null; at !== null; at = sections[at]?.parent ?? null) {
    if (sections[at]?.role === 'retrospective') return true;
  }
  return false;
}

export interface Span {
  start: number;
  end: number;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Spans claimed by a more specific mention; lower-priority extractors skip matches inside them. */
export class ClaimedSpans {
  private readonly spans: Span[] = [];
  private readonly byEnd = new Map<number, Span>();

  claim(span: Span): void {
    this.spans.push(span);
    if (!this.byEnd.has(span.end)) this.byEnd.set(span.end, span);
  }

  isClaimed(span: Span): boolean {
    return this.spans.some((claimed) => overlaps(claimed, span));
  }

  exactly(span: Span): boolean {
    return this.spans.some((claimed) => claimed.start === span.start && claimed.end === span.end);
  }

  /**
   * Whether `span` is already named: a claimed span ends where it ends (泰州港经济开发区 as a zone) or
   * wholly contains it (泰州医药高新区 inside 泰州医药高新区管委会). Places inside a longer name are fine.
   */
  /** The claimed span that ends at `offset`, if any (a place before a name: 东台 in 东台开发区). */
  endingAt(offset: number): Span | undefined {
    return this.byEnd.get(offset);
  }

  names(span: Span): boolean {
    return this.spans.some((claimed) => claimed.end === span.end || (claimed.start <= span.start && claimed.end >= span.end));
  }
}
