/**
 * Enterprise mentions: known enterprises from the lexicon (a short alias that is also a common word
 * counts only before the words the lexicon lists, 长城 → 长城整车), and names the lexicon has never
 * seen, announced by their context and form (enterprise-names.ts):
 * - lists closed by 等 and an enterprise head: `依托天合光能、阿特斯等龙头企业`, `涌现出了科行环保、
 *   富乐德等一批拥有自主知识产权的创新型企业`;
 * - names in a company form after a governing verb: `支持天衡新能源、锦屏科技扩大产能`;
 * - names ending in a registered suffix: `市大数据集团`, `…股份有限公司`.
 * The first piece of a list starts after the verb that governs it (依托, 涌现出了, 推动与).
 */
import type { Token } from '../segment/index.ts';
import { alignedInSentence, inDocument, type ClaimedSpans, type ExtractContext, type Span } from './context.ts';
import { CompanyNames } from './enterprise-names.ts';
import { headedLists } from './enumerations.ts';
import { governingVerbs, startAfterVerbs } from './name-evidence.ts';
import type { EnterpriseMention } from './schema.ts';

// Words never inside a name: particles, prepositions, conjunctions, interjections.
const FUNCTION_WORD = /^(u[a-z]*|p|c|y|e)$/;
// 聚焦细胞治疗、基因组学等领域…企业: the list names fields, not companies.
const FIELD_LIST = /(领域|行业|产业|方面|环节|方向|“)/;
const NAME_CHARACTERS = /^[\p{Script=Han}A-Za-z0-9（）()]+$/u;

export function extractEnterprises(context: ExtractContext, claimed: ClaimedSpans): EnterpriseMention[] {
  const names = new CompanyNames(context);
  const verbs = governingVerbs(context.lexicon);
  const mentions: EnterpriseMention[] = [];
  const add = (span: Span, sentence: number, known: string | null = null) => {
    // A body the plan names in its own right (市大数据集团 in a responsibility list) may be the company itself.
    if (span.end <= span.start || mentions.some((m) => m.start < span.end && span.start < m.end) || (claimed.names(span) && !claimed.exactly(span))) return;
    mentions.push({ surface: context.document.normalised.text.slice(span.start, span.end), ...span, sentence, known });
  };

  context.sentences.forEach((sentence, index) => {
    const tokens = context.tokens[index] as Token[];
    const tokensIn = (span: Span) => tokens.filter((t) => t.start >= span.start && t.end <= span.end);
    const textOf = (span: Span) => context.document.normalised.text.slice(span.start, span.end);
    const registered = suffixedNames(context, index, names).filter((span) => names.isSuffixed(textOf(span), tokensIn(span)));
    // Inside a department or zone name a known name is part of that name; before more name and a
    // registered suffix it names a subsidiary (中车 in 中车株洲电力机车有限公司).
    for (const found of knownEnterprises(context, index)) {
      if (!registered.some((span) => span.start <= found.start && span.end > found.end)) add(found, index, found.known);
    }
    const heads = context.lexicon.source.terms.enterpriseHeads;
    // 等传统外贸企业数字化转型: the companies' transformation; the list still names companies.
    for (const list of headedLists(sentence.text, tokens, sentence.start, heads, (phrase) => verbs.some((v) => phrase.includes(v)), false)) {
      if (FIELD_LIST.test(list.modifiers)) continue;
      list.items.forEach((item, position) => {
        const span = nameSpan(context, index, { start: sentence.start + item.start, end: sentence.start + item.end }, position === 0, verbs);
        if (names.isListed(context.document.normalised.text.slice(span.start, span.end))) add(span, index);
      });
    }
    for (const list of governedNames(context, index, verbs)) {
      // 支持天衡新能源、锦屏科技扩大产能: one proper noun in a company form vouches for the forms listed with it.
      const inForm = list.filter((span) => names.isInCompanyForm(textOf(span)));
      if (inForm.some((span) => names.isGoverned(textOf(span), tokensIn(span)))) for (const span of inForm) add(span, index);
    }
    for (const span of registered) add(span, index);
  });
  for (const mention of mentions) claimed.claim(mention);
  return mentions;
}

/** Known enterprises; a known short name followed by a company suffix is that company, suffix included (中国船舶集团). */
function knownEnterprises(context: ExtractContext, index: number): (Span & { known: string })[] {
  const sentence = context.sentences[index]!;
  const text = sentence.text;
  const suffixAt = (at: number) => context.lexicon.source.terms.enterpriseSuffixes.find((s) => text.startsWith(s, at) && !text.startsWith(`${s}化`, at)) ?? null;
  const found = context.lexicon.enterpriseMatcher.findAll(text, (m) => {
    if (!context.boundaries[index]!.has(sentence.start + m.start)) return false;
    const guard = m.value.followedBy;
    if (guard !== null) return guard.some((word) => text.startsWith(word, m.end));
    return alignedInSentence(context, index, m) || suffixAt(m.end) !== null;
  });
  return found.map((m) => {
    const suffix = m.value.followedBy === null ? suffixAt(m.end) : null;
    const located = inDocument(context, index, { ...m, end: m.end + (suffix?.length ?? 0) });
    return { start: located.start, end: located.end, known: m.value.entry.name };
  });
}

/** A list piece without the verb that governs the list (依托, 涌现出了) or a leading function word (与). */
function nameSpan(context: ExtractContext, index: number, span: Span, first: boolean, verbs: string[]): Span {
  const tokens = context.tokens[index] as Token[];
  const text = context.document.normalised.text;
  let start = span.start;
  if (first) start += startAfterVerbs(text.slice(span.start, span.end), span.start, tokens, verbs).start;
  for (let token = tokens.find((t) => t.start === start); token && token.end < span.end && FUNCTION_WORD.test(token.tag); token = tokens.find((t) => t.start === start)) start = token.end;
  return { start, end: span.end };
}

/**
 * `支持天衡新能源、锦屏科技扩大产能`, `推动中信重工建设…`: the names between a governing verb and the
 * next verb, split at 、; one list per verb.
 */
function governedNames(context: ExtractContext, index: number, verbs: string[]): Span[][] {
  const tokens = context.tokens[index] as Token[];
  const policyVerbs = new Set(context.lexicon.source.terms.policyVerbs);
  const verbSet = new Set(verbs);
  const lists: Span[][] = [];
  tokens.forEach((token, i) => {
    if (!policyVerbs.has(token.word)) return;
    const list: Span[] = [];
    let start = token.end;
    for (let j = i + 1; j < tokens.length; j += 1) {
      const next = tokens[j]!;
      const ends = next.word === '、' || next.tag === 'v' || FUNCTION_WORD.test(next.tag) || verbSet.has(next.word) || !NAME_CHARACTERS.test(next.word);
      if (!ends) continue;
      if (next.start > start) list.push({ start, end: next.start });
      if (next.word !== '、') break;
      start = next.end;
    }
    lists.push(list);
  });
  return lists;
}

/** Names read backwards from a registered suffix (…有限公司, …集团) over the words a name is made of. */
function suffixedNames(context: ExtractContext, index: number, names: CompanyNames): Span[] {
  const tokens = context.tokens[index] as Token[];
  const policyVerbs = new Set(context.lexicon.source.terms.policyVerbs);
  const spans: Span[] = [];
  const text = context.document.normalised.text;
  // 研究/vn 所/c 有限公司: a platform's name inside a company's is made of name words, whatever their tags.
  const endsPlatformName = (at: number) => context.lexicon.platformSuffixes.some((s) => text.endsWith(s.suffix, at));
  tokens.forEach((token, i) => {
    if (names.suffixOf(token.word) !== token.word || /化$/.test(tokens[i + 1]?.word ?? '')) return;
    let first = i;
    let verbAt: number | null = null;
    while (first > 0 && token.end - tokens[first - 1]!.start <= 24) {
      const previous = tokens[first - 1]!;
      if (policyVerbs.has(previous.word)) {
        if (verbAt !== null) break;
        verbAt = first - 1;
      } else if (!NAME_CHARACTERS.test(previous.word) || (!endsPlatformName(previous.end) && (FUNCTION_WORD.test(previous.tag) || /^(v|vd|m|mq|q)$/.test(previous.tag)))) break;
      first -= 1;
    }
    // 洛阳城市建设投资集团有限公司: a verb inside a name that opens with its place; otherwise the verb
    // governs the name (支持…集团).
    if (verbAt !== null && !(tokens[first]!.tag === 'ns' && first < verbAt)) first = verbAt + 1;
    if (first < i) spans.push({ start: tokens[first]!.start, end: token.end });
  });
  // …集团 inside …集团股份有限公司: the whole registered name.
  return spans.filter((span) => !spans.some((other) => other !== span && other.start <= span.start && span.end <= other.end));
}
