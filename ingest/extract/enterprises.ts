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
import { capacitySubjects, enumeratedNames, framedNames, FUNCTION_WORD, governedNames, projectOwners, sentenceTokens, suffixedNames } from './enterprise-spans.ts';
import { headedLists } from './enumerations.ts';
import { governingVerbs, startAfterVerbs } from './name-evidence.ts';
import type { EnterpriseMention } from './schema.ts';

// 聚焦细胞治疗、基因组学等领域…企业: the list names fields, not companies.
const FIELD_LIST = /(领域|行业|产业|方面|环节|方向|“)/;

export function extractEnterprises(context: ExtractContext, claimed: ClaimedSpans): EnterpriseMention[] {
  const names = new CompanyNames(context);
  const verbs = governingVerbs(context.lexicon);
  const mentions: EnterpriseMention[] = [];
  const text = context.document.normalised.text;
  const textOf = (span: Span) => text.slice(span.start, span.end);
  const add = (span: Span, sentence: number, known: string | null = null) => {
    // A body the plan names in its own right (市大数据集团 in a responsibility list) may be the company itself.
    if (span.end <= span.start || mentions.some((m) => m.start < span.end && span.start < m.end) || (claimed.names(span) && !claimed.exactly(span))) return;
    mentions.push({ surface: textOf(span), ...span, sentence, known });
  };

  const found = context.sentences.map((_sentence, index) => {
    const tokens = context.tokens[index] as Token[];
    const tokensIn = (span: Span) => tokens.filter((t) => t.start >= span.start && t.end <= span.end);
    const registered = suffixedNames(sentenceTokens(context, index), names).filter((span) => names.isSuffixed(textOf(span), tokensIn(span)));
    const known = knownEnterprises(context, index);
    return { known, named: [...namedByContext(context, index, names, verbs, known), ...registered] };
  });
  const documentNames = [...new Set(found.flatMap(({ named }) => named.map(textOf)))];
  found.forEach(({ known, named }, index) => {
    // Inside a department or zone name a known name is part of that name; before more name and a
    // registered suffix it names a subsidiary (中车 in 中车株洲电力机车有限公司), and so it does at the
    // start of a longer name its context vouches for (宇通 in 宇通重工, 北汽 in 北汽新能源).
    for (const hit of known) {
      if (named.some((span) => span.start <= hit.start && span.end > hit.end)) continue;
      const longer = longerName(context, index, hit, documentNames);
      if (longer) add(longer, index);
      else add(hit, index, hit.known);
    }
    for (const span of named) add(span, index);
  });
  for (const mention of mentions) claimed.claim(mention);
  return mentions;
}

/**
 * Names the sentence's words announce as companies: listed before an enterprise head or beside a
 * known company, governed by a verb, framed (以…为依托), building a capacity or a project.
 */
function namedByContext(context: ExtractContext, index: number, names: CompanyNames, verbs: string[], known: Span[]): Span[] {
  const sentence = context.sentences[index]!;
  const tokens = context.tokens[index] as Token[];
  // 以泰鑫/x 药业: names cut at characters may start inside a word the segmenter glued to what precedes.
  const tokensIn = (span: Span) => tokens.filter((t) => t.end > span.start && t.start < span.end);
  const textOf = (span: Span) => context.document.normalised.text.slice(span.start, span.end);
  const spans: Span[] = [];
  const heads = context.lexicon.source.terms.enterpriseHeads;
  // 等传统外贸企业数字化转型: the companies' transformation; the list still names companies.
  for (const list of headedLists(sentence.text, tokens, sentence.start, heads, (phrase) => verbs.some((v) => phrase.includes(v)), false)) {
    if (FIELD_LIST.test(list.modifiers)) continue;
    list.items.forEach((item, position) => {
      const span = nameSpan(context, index, { start: sentence.start + item.start, end: sentence.start + item.end }, position === 0, verbs);
      if (names.isListed(textOf(span))) spans.push(span);
    });
  }
  const words = sentenceTokens(context, index);
  for (const list of [...governedNames(words, verbs), ...framedNames(words)]) {
    // 支持天衡新能源、锦屏科技扩大产能: one proper noun in a company form vouches for the forms listed with it.
    const inForm = list.filter((span) => names.isInCompanyForm(textOf(span)));
    if (inForm.some((span) => names.isGoverned(textOf(span), tokensIn(span), span.start))) spans.push(...inForm);
  }
  // 三一重工、中联重科、铁建重工、有色重机: a known company vouches for the company forms listed with it.
  for (const run of enumeratedNames(words, verbs)) {
    if (run.some((span) => known.some((k) => k.start >= span.start && k.end <= span.end))) spans.push(...run.filter((span) => names.isInCompanyForm(textOf(span))));
  }
  spans.push(...capacitySubjects(words).filter((span) => names.isCapacitySubject(textOf(span), tokensIn(span))));
  spans.push(...projectOwners(words, names).filter((span) => names.isProjectOwner(textOf(span), tokensIn(span), span.start)));
  return spans;
}

/**
 * 支持上汽通用五菱实施… in a plan that names 上汽通用五菱汽车股份有限公司: a known short name that goes on
 * as a name the plan gives elsewhere, up to a word boundary, is (the short name of) that company.
 */
function longerName(context: ExtractContext, index: number, hit: Span, documentNames: string[]): Span | null {
  const text = context.document.normalised.text;
  let end = hit.end;
  for (const name of documentNames) {
    if (!name.startsWith(text.slice(hit.start, hit.end))) continue;
    let shared = hit.end - hit.start;
    while (shared < name.length && text[hit.start + shared] === name[shared]) shared += 1;
    if (hit.start + shared > end && context.boundaries[index]!.has(hit.start + shared)) end = hit.start + shared;
  }
  return end > hit.end ? { start: hit.start, end } : null;
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

/**
 * A list piece without the verb that governs the list (依托, 涌现出了), the preposition that
 * introduces it (…联盟由上汽通用五菱等…组成, 推动与现代) or a verb's aspect particle (集聚了大陆车身).
 */
function nameSpan(context: ExtractContext, index: number, span: Span, first: boolean, verbs: string[]): Span {
  const tokens = context.tokens[index] as Token[];
  const text = context.document.normalised.text;
  let start = span.start;
  if (first) {
    start += startAfterVerbs(text.slice(span.start, span.end), span.start, tokens, verbs).start;
    for (const token of tokens) {
      if (token.start >= start && token.end < span.end && (token.tag === 'p' || /^[了过]$/.test(token.word))) start = token.end;
    }
  }
  for (let token = tokens.find((t) => t.start === start); token && token.end < span.end && FUNCTION_WORD.test(token.tag); token = tokens.find((t) => t.start === start)) start = token.end;
  return { start, end: span.end };
}
