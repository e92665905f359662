/**
 * Where a company's name may stand in a sentence, before CompanyNames judges the words: read
 * backwards from a registered suffix (…有限公司, …集团), after a governing verb (支持天衡新能源、
 * 锦屏科技扩大产能), inside the frame 以…为依托 (以三九药业、海王医药为依托), and as the subject of
 * a capacity (新余金锂科技年产3000吨…项目). Offsets are document offsets.
 */
import type { Token } from '../segment/index.ts';
import type { ExtractContext, Span } from './context.ts';
import type { CompanyNames } from './enterprise-names.ts';
import { startAfterVerbs } from './name-evidence.ts';

// Words never inside a name: particles, prepositions, conjunctions, interjections.
export const FUNCTION_WORD = /^(u[a-z]*|p|c|y|e)$/;
const NAME_CHARACTERS = /^[\p{Script=Han}A-Za-z0-9（）()]+$/u;
// 园是/x, 城等/x: the segmenter glued a particle or a copula to the end of a name.
const GLUED_PARTICLE = /.[是的等为在和与及]$/;
// 以…为依托, 以…为龙头: the names between 以 and the words the frame closes with.
const FRAME = /以([^，。；：！？,;:以为“”（）()]{2,60}?)等?为(?:依托|龙头|主体|核心|引领|代表|支撑|重点|骨干|主导|牵引)/gu;
// 年产3000吨, 年产能10万套: a production capacity after the company that builds it.
const CAPACITY = /^年(产|产能|加工|处理)/;
const CAPACITY_SPAN = 16;

interface SentenceTokens {
  context: ExtractContext;
  index: number;
  tokens: Token[];
  policyVerbs: Set<string>;
}

export function sentenceTokens(context: ExtractContext, index: number): SentenceTokens {
  return { context, index, tokens: context.tokens[index] as Token[], policyVerbs: new Set(context.lexicon.source.terms.policyVerbs) };
}

/** 以三九药业…为依托: the 以 of the frame is not part of the first name (以上/汽通用五菱 cut through it). */
function withoutFrameOpening(text: string, span: Span): Span {
  return text[span.start] === '以' && /^(等)?为/.test(text.slice(span.end)) ? { start: span.start + 1, end: span.end } : span;
}

/**
 * Whether the word before a name being read backwards still belongs to it: name characters, no
 * particle, preposition or counted number; a one-character verb only inside a run of single
 * characters the segmenter made of an unknown name (沈/nr 鼓/v 集团).
 */
function continuesName(tokens: Token[], at: number, endsPlatformName: (offset: number) => boolean): boolean {
  const previous = tokens[at]!;
  if (!NAME_CHARACTERS.test(previous.word) || (previous.tag === 'x' && GLUED_PARTICLE.test(previous.word))) return false;
  if (endsPlatformName(previous.end)) return true;
  if (FUNCTION_WORD.test(previous.tag) || /^(vd|m|mq|q)$/.test(previous.tag)) return false;
  const before = tokens[at - 1];
  return previous.tag !== 'v' || (previous.word.length === 1 && before !== undefined && before.word.length === 1 && /^\p{Script=Han}$/u.test(before.word) && !FUNCTION_WORD.test(before.tag));
}

/** Names read backwards from a registered suffix (…有限公司, …集团) over the words a name is made of. */
export function suffixedNames(sentence: SentenceTokens, names: CompanyNames): Span[] {
  const { context, tokens, policyVerbs } = sentence;
  const text = context.document.normalised.text;
  const starts = new Map(tokens.map((t, i) => [t.start, i]));
  const spans: Span[] = [];
  // 研究/vn 所/c 有限公司: a platform's name inside a company's is made of name words, whatever their tags.
  const endsPlatformName = (at: number) => context.lexicon.platformSuffixes.some((s) => text.endsWith(s.suffix, at));
  tokens.forEach((token, i) => {
    const suffix = names.suffixEndingAt(text, token.end);
    const suffixToken = suffix === null ? undefined : starts.get(token.end - suffix.length);
    if (suffixToken === undefined || /^化/.test(tokens[i + 1]?.word ?? '')) return;
    let first = suffixToken;
    let verbAt: number | null = null;
    while (first > 0 && token.end - tokens[first - 1]!.start <= 24) {
      const previous = tokens[first - 1]!;
      const continues = continuesName(tokens, first - 1, endsPlatformName);
      if (policyVerbs.has(previous.word) || (previous.tag === 'v' && !continues)) {
        if (verbAt !== null) break;
        verbAt = first - 1;
      } else if (!continues) break;
      first -= 1;
    }
    // 洛阳城市建设投资集团有限公司, 柳州五菱汽车联合发展有限公司: a verb inside a name that opens with
    // its place; otherwise, and when a place follows the verb (秀山岛依托舟山惠生…有限公司), the verb
    // governs the name.
    const placeAfterVerb = verbAt !== null && tokens.slice(verbAt + 1, suffixToken).some((t) => t.tag === 'ns');
    if (verbAt !== null && (placeAfterVerb || !(tokens[first]!.tag === 'ns' && first < verbAt))) first = verbAt + 1;
    if (first < suffixToken) spans.push(withoutFrameOpening(text, { start: tokens[first]!.start, end: token.end }));
  });
  // …集团 inside …集团股份有限公司: the whole registered name.
  return spans.filter((span) => !spans.some((other) => other !== span && other.start <= span.start && span.end <= other.end));
}

const endsName = (token: Token, verbSet: Set<string>) => token.word === '、' || token.tag === 'v' || FUNCTION_WORD.test(token.tag) || verbSet.has(token.word) || !NAME_CHARACTERS.test(token.word);

/** The run of name words from token `from` up to the next verb, particle or punctuation, split at 、; and the token that ended it. */
function namesFrom(sentence: SentenceTokens, from: number, verbSet: Set<string>): { list: Span[]; next: number } {
  const { tokens } = sentence;
  const list: Span[] = [];
  let start = tokens[from]?.start ?? 0;
  for (let j = from; j < tokens.length; j += 1) {
    const next = tokens[j]!;
    if (!endsName(next, verbSet)) continue;
    if (next.start > start) list.push({ start, end: next.start });
    if (next.word !== '、') return { list, next: j };
    start = next.end;
  }
  const last = tokens.at(-1);
  if (last && last.end > start) list.push({ start, end: last.end });
  return { list, next: tokens.length };
}

/**
 * Every run of two or more names joined by 、 within a clause (三一重工、中联重科、铁建重工、有色重机，…),
 * cut at characters: the segmenter often breaks unknown names with verbs and numerals (铁/建/重工).
 */
export function enumeratedNames(sentence: SentenceTokens, verbs: string[]): Span[][] {
  const { context, index, tokens } = sentence;
  const { text, start: offset } = context.sentences[index]!;
  const runs: Span[][] = [];
  for (const clause of text.matchAll(/[^，。；：！？,;:（）()“”《》\s]+/gu)) {
    const pieces = clause[0].split('、');
    if (pieces.length < 2) continue;
    let at = offset + clause.index;
    const run: Span[] = [];
    for (const [position, piece] of pieces.entries()) {
      // 依托隆华科技、中航锂电洛阳基地: the first name starts after the verb that governs the run.
      const from = position === 0 ? startAfterVerbs(piece, at, tokens, verbs).start : 0;
      if (piece.length > from) run.push({ start: at + from, end: at + piece.length });
      at += piece.length + 1;
    }
    runs.push(run);
  }
  return runs;
}

/**
 * `支持天衡新能源、锦屏科技扩大产能`, `推动中信重工建设…`: the names between a governing verb and the
 * next verb, split at 、; one list per verb.
 */
export function governedNames(sentence: SentenceTokens, verbs: string[]): Span[][] {
  const verbSet = new Set(verbs);
  const lists: Span[][] = [];
  sentence.tokens.forEach((token, i) => {
    if (sentence.policyVerbs.has(token.word)) lists.push(namesFrom(sentence, i + 1, verbSet).list);
  });
  return lists;
}

/**
 * `以三九药业、海王医药、威智百科为依托`, `以北方稀土集团为龙头`: the names the frame 以…为… holds, cut
 * at characters (the segmenter glues 以 to an unknown name: 以泰鑫/x).
 */
export function framedNames(sentence: SentenceTokens): Span[][] {
  const { context, index } = sentence;
  const { text, start: offset } = context.sentences[index]!;
  const lists: Span[][] = [];
  for (const frame of text.matchAll(FRAME)) {
    let at = offset + frame.index + 1;
    const list: Span[] = [];
    for (const piece of frame[1]!.split(/[、和及]/)) {
      if (piece.length > 0) list.push({ start: at, end: at + piece.length });
      at += piece.length + 1;
    }
    lists.push(list);
  }
  return lists;
}

/** `建成新余金锂科技年产3000吨磷酸铁锂材料项目`: the words between the clause's verb (or start) and 年产. */
export function capacitySubjects(sentence: SentenceTokens): Span[] {
  const { tokens, policyVerbs } = sentence;
  const spans: Span[] = [];
  tokens.forEach((token, i) => {
    if (!CAPACITY.test(token.word) || i === 0) return;
    let first = i;
    while (first > 0 && token.start - tokens[first - 1]!.start <= CAPACITY_SPAN) {
      const previous = tokens[first - 1]!;
      if (policyVerbs.has(previous.word) || !continuesName(tokens, first - 1, () => false)) break;
      first -= 1;
    }
    if (first < i) spans.push({ start: tokens[first]!.start, end: token.start });
  });
  return spans;
}

/**
 * `加快推进金海重工高端海工装备制造项目`, `举办中航光电项目动工仪式`: the words before a project's
 * industry (or before 项目) name the company that builds it, up to the company form they end with
 * and after any verb (举办).
 */
export function projectOwners(sentence: SentenceTokens, names: CompanyNames): Span[] {
  const { context, index, tokens, policyVerbs } = sentence;
  const text = context.document.normalised.text;
  const boundaries = context.boundaries[index]!;
  const spans: Span[] = [];
  // 海工装备/制造/v 项目: a project's name describes what it makes, verbs included.
  const inProjectName = (token: Token) => !policyVerbs.has(token.word) && NAME_CHARACTERS.test(token.word) && !FUNCTION_WORD.test(token.tag) && !/^(m|mq|q)$/.test(token.tag);
  tokens.forEach((token, i) => {
    if (token.word !== '项目') return;
    let first = i;
    while (first > 0 && inProjectName(tokens[first - 1]!)) first -= 1;
    const runStart = tokens[first]?.start ?? token.start;
    const industry = context.lexicon.industryMatcher.findAll(text.slice(runStart, token.start), (m) => boundaries.has(runStart + m.start)).at(0);
    const limit = industry ? runStart + industry.start : token.start;
    const start = tokens.slice(first, i).findLast((t) => t.tag === 'v' && t.end <= limit)?.end ?? runStart;
    let end = limit;
    while (end > start && !(boundaries.has(end) && names.formOf(text.slice(start, end)) !== null)) end -= 1;
    if (end > start) spans.push({ start, end });
  });
  return spans;
}
