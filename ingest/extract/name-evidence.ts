/**
 * What marks a run of words as a name rather than a description, for names the lexicon has never
 * seen (龙门实验室, 隆华科技, 湾沚经济开发区): the segmenter's tags, read with their failure modes
 * in mind, and the verbs that govern a name from outside it (充分发挥江苏新能源汽车研究院).
 */
import { TermMatcher } from '../../core/term-matcher.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import type { Token } from '../segment/index.ts';

// Tags that mark a name wherever they stand: organisations, transliterations, places.
const NAME_ANYWHERE = new Set(['nt', 'nrt', 'nrfg', 'eng', 'ns']);
// Tags the segmenter also gives to common words (智慧/nr, 诚信/nz, 研发/j, 运维/x): they mark a name
// only where names start, before the words that say what the thing is (龙门/ns 实验室, 伊滨/x 新材料产业园).
const NAME_AT_START = new Set(['nr', 'nz', 'j', 'x']);
// Tags of words that never make up a name: particles, prepositions, conjunctions, pronouns, numbers.
const FUNCTION_TAGS = /^(u[a-z]*|p|c|r|m|mq|q|d|ad|f|t|y|e|o|w)$/;
const HAN = /^\p{Script=Han}+$/u;

const industryPrefixes = new WeakMap<Lexicon, Set<string>>();

/** Every proper prefix of an industry wording: 海洋 (of 海洋经济) is a field, not the place nodejieba tags it as. */
function prefixesOfIndustryWordings(lexicon: Lexicon): Set<string> {
  let prefixes = industryPrefixes.get(lexicon);
  if (!prefixes) {
    prefixes = new Set();
    for (const concept of lexicon.source.industries) {
      for (const term of [concept.name, ...concept.synonyms]) for (let n = 2; n < term.length; n += 1) prefixes.add(term.slice(0, n));
    }
    industryPrefixes.set(lexicon, prefixes);
  }
  return prefixes;
}

function isFieldWord(word: string, lexicon: Lexicon): boolean {
  return lexicon.industryMatcher.get(word) !== undefined || prefixesOfIndustryWordings(lexicon).has(word);
}

/**
 * Whether `tokens` (a name without its type word and generic modifiers) contain a proper noun. A
 * word the dictionary does not know comes back tagged `x`, or cut into single characters with odd
 * tags (湾/zg 沚/zg, 瑞/ns 鹄/ng); industry words the lexicon adds as `nz` (and 海洋, tagged a place)
 * are fields, not names.
 */
export function hasProperNoun(tokens: Token[], lexicon: Lexicon): boolean {
  const named = (token: Token) => token.word.length >= 2 && !isFieldWord(token.word, lexicon) && (token.tag !== 'x' || /^\p{Script=Han}+$|[A-Za-z]{2,}/u.test(token.word));
  if (tokens.some((t) => NAME_ANYWHERE.has(t.tag) && (named(t) || t.tag === 'eng'))) return true;
  const first = tokens[0];
  if (first && NAME_AT_START.has(first.tag) && named(first)) return true;
  // Single characters of a name the dictionary lacks; a run opened by a place's abbreviation (苏/j 盐,
  // 沪/j 盐) pairs places (苏盐园区共建, a partnership), it does not name one.
  if (first?.tag === 'j' && first.word.length === 1) return false;
  let singles = 0;
  for (const { word, tag } of tokens) {
    // A direction is a common part of a place's name (涧/西, 中/鼎).
    if (word.length !== 1 || !HAN.test(word) || (FUNCTION_TAGS.test(tag) && tag !== 'f')) break;
    singles += 1;
  }
  return singles >= 2;
}

/**
 * Whether characters [start, end) can be a verb of their own: they start a word, or are the tail of
 * one (充分发挥). 创成 in 科创/成果 starts inside a word; a verb inside a place or organisation name
 * (建设银行/nt) is part of that name.
 */
function verbStandsAlone(tokens: Token[], start: number, end: number): boolean {
  const first = tokens.find((t) => t.start <= start && start < t.end);
  if (!first) return false;
  // The tail of one word (充分发挥/n); otherwise the verb starts a word (壮/大麦斯克: the segmenter ran on).
  if (first.start !== start) return first.end === end;
  return !(/^(nt|ns|nz)$/.test(first.tag) && first.word.length > end - start);
}

/**
 * 田心轨道交通配套产业园, 伊滨新材料产业园: a park is named by its place and its industry. A word of
 * two to four characters that is neither a field nor a category, followed by a field, is that place.
 */
export function opensWithPlaceBeforeField(tokens: Token[], lexicon: Lexicon, isCategory: (word: string) => boolean): boolean {
  const [first, second] = tokens;
  if (!first || !second || first.word.length < 2 || first.word.length > 4 || FUNCTION_TAGS.test(first.tag) || /^v/.test(first.tag)) return false;
  const field = (isFieldWord(second.word, lexicon) || lexicon.industryMatcher.findAll(second.word).some((m) => m.start === 0)) && !isCategory(second.word);
  return HAN.test(first.word) && !isFieldWord(first.word, lexicon) && !isCategory(first.word) && field;
}

/** Verbs (of two characters or more) after which a name starts: 支持, 依托, 获批, 充分发挥 (via 发挥). */
export function governingVerbs(lexicon: Lexicon): string[] {
  let verbs = verbLists.get(lexicon);
  if (!verbs) {
    const { policyVerbs, aspirationVerbs } = lexicon.source.terms;
    verbs = [...new Set([...policyVerbs, ...aspirationVerbs])].filter((v) => v.length >= 2).sort((a, b) => b.length - a.length);
    verbLists.set(lexicon, verbs);
  }
  return verbs;
}

const verbLists = new WeakMap<Lexicon, string[]>();
const wordMatchers = new WeakMap<string[], TermMatcher<true>>();

/** A trie of `words`, built once per array: callers pass the same array for a whole document. */
export function matcherOf(words: string[]): TermMatcher<true> {
  let matcher = wordMatchers.get(words);
  if (!matcher) {
    matcher = new TermMatcher(words.map((w) => [w, true] as const));
    wordMatchers.set(words, matcher);
  }
  return matcher;
}

/** Whether one of `verbs` (from governingVerbs) starts at `at` in `text`. */
export function startsWithVerb(text: string, at: number, verbs: string[]): boolean {
  return matcherOf(verbs).matchesAt(text, at).length > 0;
}

/**
 * Where a name inside `text` (a candidate read backwards from its suffix or forwards from a list)
 * starts: after the last governing verb in it. Matched on characters, not tokens, because the
 * segmenter often glues a verb to its neighbours (充分发挥/n, 大力加强/nr, 2．加快 → 加/快).
 */
export function startAfterVerbs(text: string, offset: number, tokens: Token[], verbs: string[]): { start: number; verb: string | null } {
  let start = 0;
  let verb: string | null = null;
  const matcher = matcherOf(verbs);
  for (let i = 0; i < text.length; i += 1) {
    const found = matcher.matchesAt(text, i).at(-1)?.term;
    if (!found) continue;
    if (!verbStandsAlone(tokens, offset + i, offset + i + found.length)) continue;
    start = i + found.length;
    verb = found;
    i = start - 1;
  }
  return { start, verb };
}
