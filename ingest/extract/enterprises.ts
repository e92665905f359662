/**
 * Enterprise mentions: known enterprises from the lexicon (a short alias that is also a common word
 * counts only before the words the lexicon lists, 长城 → 长城整车), names enumerated before 等…企业
 * (依托天合光能、阿特斯等龙头企业), and names ending in a company form (市大数据集团, …有限公司).
 */
import type { Token } from '../segment/index.ts';
import { alignedInSentence, inDocument, type ClaimedSpans, type ExtractContext } from './context.ts';
import type { EnterpriseMention } from './schema.ts';

const PROPER_TAGS = new Set(['nr', 'nrt', 'nrfg', 'nt', 'nz', 'nw', 'j', 'eng', 'x']);
const LEADING_FUNCTION_TAGS = new Set(['v', 'vd', 'p', 'c', 'd', 'u', 'ul', 'uj', 'r', 'ad', 'm', 'q', 'mq']);
// 聚焦细胞治疗、基因组学等领域…企业: the list names fields, not companies.
const FIELD_LIST = /(领域|行业|产业|方面|环节|方向|“)/;

export function extractEnterprises(context: ExtractContext, claimed: ClaimedSpans): EnterpriseMention[] {
  const { lexicon } = context;
  const terms = lexicon.source.terms;
  const heads = [...terms.enterpriseHeads].sort((a, b) => b.length - a.length);
  const enumeration = new RegExp(`等(?:一批)?[^，。；：]{0,16}?(?:${heads.join('|')})`, 'g');
  const companySuffix = new RegExp(`(${[...terms.enterpriseSuffixes].sort((a, b) => b.length - a.length).join('|')})`, 'g');
  const categories = terms.enterpriseCategories;
  const companySuffixWords = new Set(terms.enterpriseSuffixes);
  const policyVerbs = new Set(terms.policyVerbs);
  const places = context.city ? lexicon.placesFor(context.city.city) : null;
  const companySuffixAt = (text: string, at: number): string | null => terms.enterpriseSuffixes.find((s) => text.startsWith(s, at) && !text.startsWith(`${s}化`, at)) ?? null;
  const mentions: EnterpriseMention[] = [];
  const taken = (start: number, end: number) => mentions.some((m) => m.start < end && start < m.end);

  const isEnterpriseName = (name: string, tokens: Token[], hasCompanySuffix: boolean): boolean => {
    if (name.length < 2 || name.length > 24) return false;
    if (/[，。；：、“”《》\s]/.test(name)) return false;
    if (lexicon.industryMatcher.get(name) !== undefined) return false;
    if (places?.get(name) !== undefined || lexicon.cityMatcher.get(name) !== undefined) return false;
    if (!hasCompanySuffix) {
      if (categories.some((c) => name.includes(c)) || /(业|产业|行业|领域|项目|产品|技术)$/.test(name)) return false;
      return tokens.some((t) => PROPER_TAGS.has(t.tag) && /[\p{Script=Han}A-Za-z]/u.test(t.word));
    }
    const core = name.replace(companySuffix, '');
    if (core.length < 2 || categories.some((c) => core === c || core.endsWith(c))) return false;
    // 市大数据集团: a city's own group company; otherwise the name needs a proper-noun part.
    if (/^市/.test(core) || lexicon.cityMatcher.findAll(core).some((m) => m.start === 0)) return true;
    return tokens.some((t) => PROPER_TAGS.has(t.tag) && /[\p{Script=Han}A-Za-z]/u.test(t.word) && !companySuffixWords.has(t.word));
  };

  context.sentences.forEach((sentence, index) => {
    const tokens = context.tokens[index] as Token[];
    const text = sentence.text;
    const tokensIn = (start: number, end: number) => tokens.filter((t) => t.start >= start && t.end <= end);

    for (const found of lexicon.enterpriseMatcher.findAll(text, (m) => {
      if (!(context.boundaries[index] as Set<number>).has(sentence.start + m.start)) return false;
      const guard = m.value.followedBy;
      if (guard !== null) return guard.some((word) => text.startsWith(word, m.end));
      return alignedInSentence(context, index, m) || companySuffixAt(text, m.end) !== null;
    })) {
      // 中国船舶集团: a known short name followed by a company form is that company, form included.
      const suffix = found.value.followedBy === null ? companySuffixAt(text, found.end) : null;
      const match = suffix ? { ...found, end: found.end + suffix.length, term: found.term + suffix } : found;
      const located = inDocument(context, index, match);
      // Inside a department or zone name it is part of that name (unless the body is the company itself).
      if (claimed.isClaimed(located) && !claimed.exactly(located)) continue;
      mentions.push({ surface: match.term, start: located.start, end: located.end, sentence: index, known: match.value.entry.name });
    }

    for (const match of text.matchAll(enumeration)) {
      if (FIELD_LIST.test(match[0])) continue;
      const listEnd = match.index as number;
      const clauseStart = Math.max(...['，', '。', '；', '：', '（'].map((c) => text.lastIndexOf(c, listEnd - 1))) + 1;
      let cursor = clauseStart;
      for (const [position, piece] of text.slice(clauseStart, listEnd).split('、').entries()) {
        const pieceStart = cursor;
        cursor += piece.length + 1;
        const pieceTokens = tokensIn(sentence.start + pieceStart, sentence.start + pieceStart + piece.length);
        // Drop the verb that governs the list (依托, 支持, 涌现出了) from the first item only.
        let first = 0;
        while (position === 0 && first < pieceTokens.length && (LEADING_FUNCTION_TAGS.has((pieceTokens[first] as Token).tag) || policyVerbs.has((pieceTokens[first] as Token).word))) first += 1;
        const nameTokens = pieceTokens.slice(first);
        if (nameTokens.length === 0) continue;
        const start = (nameTokens[0] as Token).start;
        const end = (nameTokens[nameTokens.length - 1] as Token).end;
        const name = context.document.normalised.text.slice(start, end);
        if (taken(start, end) || claimed.isClaimed({ start, end })) continue;
        if (!isEnterpriseName(name, nameTokens, false)) continue;
        mentions.push({ surface: name, start, end, sentence: index, known: null });
      }
    }

    for (const match of text.matchAll(companySuffix)) {
      const suffixEnd = sentence.start + (match.index as number) + match[0].length;
      if (!(context.boundaries[index] as Set<number>).has(suffixEnd)) continue;
      const inName = tokens.filter((t) => t.end <= suffixEnd);
      let first = inName.length - 1;
      while (first > 0 && suffixEnd - (inName[first - 1] as Token).start <= 24) {
        const token = inName[first - 1] as Token;
        if (LEADING_FUNCTION_TAGS.has(token.tag) || policyVerbs.has(token.word) || !/^[\p{Script=Han}A-Za-z0-9（）()]+$/u.test(token.word)) break;
        first -= 1;
      }
      const start = (inName[first] as Token | undefined)?.start ?? suffixEnd;
      const name = context.document.normalised.text.slice(start, suffixEnd);
      if (taken(start, suffixEnd) || !isEnterpriseName(name, inName.slice(first), true)) continue;
      mentions.push({ surface: name, start, end: suffixEnd, sentence: index, known: null });
    }
  });
  for (const mention of mentions) claimed.claim(mention);
  return mentions;
}
