/**
 * Platforms named by a type suffix (实验室, 研究院, 创新中心, 产业园, 孵化器, 平台 …). A candidate is kept
 * when it names one platform rather than a category: it contains a place, an institution, an
 * enterprise or a quoted name (生命科学泰州实验室, 南医大泰州医药研究院, “泰企通”平台), or the text
 * uses it definitely (以化学新材料产业园为支撑, 发挥化工中试基地牵引作用). Titles still to be won
 * (打造…创新中心, 争创…示范区) and counted categories (一批…, 四大…基地) are dropped.
 */
import { TermMatcher } from '../../core/term-matcher.ts';
import type { Token } from '../segment/index.ts';
import type { ClaimedSpans, ExtractContext } from './context.ts';
import type { PlatformMention } from './schema.ts';

const NAME_TAGS = new Set(['n', 'nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'nw', 'j', 'eng', 'b', 'vn', 'an', 'a', 'l', 'i', 's', 'f', 'v']);
// After a name: where a suffix may end even if the segmenter glued the next character on (产业园为 → 园为).
const NAME_FOLLOWER = /^[为的和与及、，。；：（）(等]/;
const QUANTIFIED = /^(\d+|[一二三四五六七八九十两几数若]+)(个|大|家|批|类|所|座|条|项)/;
const DEFINITE_AFTER = /^(?:[、和及与][^，。；：]{1,24}?)?为(?:核心|支撑|载体|主阵地|主要载体|两翼|支点|龙头|依托|引领|重点|中心|主体)/;
const EFFECT_AFTER = /^(?:的)?[\p{Script=Han}]{0,4}作用/u;
const CLAUSE_BREAK = /[，。；：！？,;:]/;

/** Policy verbs (建设, 打造) end a name; other verbs may sit inside one (沿江健康制造板块, 产业创新中心). */
function isNameToken(token: Token, policyVerbs: Set<string>): boolean {
  if (policyVerbs.has(token.word)) return false;
  if (NAME_TAGS.has(token.tag)) return true;
  // Unknown words come back tagged x; punctuation is tagged x too.
  if (token.tag === 'x' || token.tag === 'm') return /^[\p{Script=Han}A-Za-z0-9]+$/u.test(token.word) && !/^\d+$/.test(token.word);
  return false;
}

export function extractPlatforms(context: ExtractContext, claimed: ClaimedSpans): PlatformMention[] {
  const { lexicon } = context;
  const suffixes = new TermMatcher(lexicon.platformSuffixes.map((s) => [s.suffix, s.type] as const));
  const policyVerbs = new Set(lexicon.source.terms.policyVerbs);
  const aspiration = new Set(lexicon.source.terms.aspirationVerbs);
  // The segmenter sometimes glues the next verb onto a suffix (研究院建设 → 院建设); a verb there still ends the name.
  const verbs = [...lexicon.source.terms.policyVerbs, ...lexicon.source.terms.aspirationVerbs];
  const generic = [...lexicon.genericPlatformWords].sort((a, b) => b.length - a.length);
  const places = context.city ? lexicon.placesFor(context.city.city) : null;
  const provinces = lexicon.source.provinces.flatMap((p) => [p.name, p.short]);

  const isSpecific = (core: string): boolean =>
    (places?.findAll(core).length ?? 0) > 0 ||
    lexicon.cityMatcher.findAll(core).length > 0 ||
    provinces.some((p) => core.includes(p)) ||
    lexicon.institutionMatcher.findAll(core).length > 0 ||
    lexicon.enterpriseMatcher.findAll(core).some((m) => m.value.followedBy === null) ||
    /[A-Za-z]{2,}/.test(core);

  const stripGeneric = (name: string): string => {
    let core = name;
    for (let changed = true; changed; ) {
      changed = false;
      for (const word of generic) {
        if (core.startsWith(word) && core.length > word.length) {
          core = core.slice(word.length);
          changed = true;
        }
      }
    }
    return core;
  };

  const mentions: PlatformMention[] = [];
  context.sentences.forEach((sentence, index) => {
    const tokens = context.tokens[index] as Token[];
    const text = sentence.text;
    for (const match of suffixes.findAll(text)) {
      const suffixEnd = sentence.start + match.end;
      const rest = text.slice(match.end);
      if (!(context.boundaries[index] as Set<number>).has(suffixEnd) && !NAME_FOLLOWER.test(rest) && !verbs.some((v) => rest.startsWith(v))) continue;
      let startToken = tokens.findIndex((t) => t.end > sentence.start + match.start);
      if (startToken < 0) continue;
      let nameStart = (tokens[startToken] as Token).start;
      let quoted = false;
      const before = tokens[startToken - 1];
      if (before?.word === '”') {
        const open = text.lastIndexOf('“', before.start - sentence.start);
        if (open >= 0) {
          nameStart = sentence.start + open;
          quoted = true;
        }
      } else {
        while (startToken > 0 && isNameToken(tokens[startToken - 1] as Token, policyVerbs) && suffixEnd - (tokens[startToken - 1] as Token).start <= 24) {
          startToken -= 1;
        }
        nameStart = (tokens[startToken] as Token).start;
      }
      const name = context.document.normalised.text.slice(nameStart, suffixEnd);
      const suffixText = match.term;
      const span = { start: nameStart, end: suffixEnd };
      // The zone or body itself was already taken (泰州港经济开发区 as a zone); places inside a name are fine.
      if (claimed.names(span)) continue;
      if (QUANTIFIED.test(name)) continue;
      const core = stripGeneric(name.slice(0, name.length - suffixText.length).replace(/[“”]/g, ''));
      if (core.length === 0 || generic.includes(core)) continue;

      const after = text.slice(suffixEnd - sentence.start);
      const definite = DEFINITE_AFTER.test(after) || (EFFECT_AFTER.test(after) && /发挥$/.test(text.slice(0, nameStart - sentence.start).replace(/[“”]/g, '')));
      if (!quoted && !isSpecific(core) && !definite) continue;
      if (governedByAspiration(tokens, nameStart, suffixEnd, aspiration, policyVerbs)) continue;
      mentions.push({ surface: name, start: nameStart, end: suffixEnd, sentence: index, type: match.value, canonical: null, scope: null, region: null });
    }
  });
  return mentions;
}

/** Whether the nearest verb before the name, within its clause, sets a goal (打造, 争创 …) — unless the name is that verb's subject. */
function governedByAspiration(tokens: Token[], start: number, end: number, aspiration: Set<string>, policyVerbs: Set<string>): boolean {
  const next = tokens.find((t) => t.start >= end);
  if (next && (next.tag === 'v' || policyVerbs.has(next.word)) && !aspiration.has(next.word)) return false;
  for (let i = tokens.findIndex((t) => t.start >= start) - 1; i >= 0; i -= 1) {
    const token = tokens[i] as Token;
    if (CLAUSE_BREAK.test(token.word)) return false;
    if (aspiration.has(token.word)) return true;
    // Only policy verbs govern; verbs inside a noun phrase (诊断, 开发) do not end the search.
    if (policyVerbs.has(token.word)) return false;
  }
  return false;
}

/** Platforms the lexicon knows by name or abbreviation (省产研院 → 江苏省产业技术研究院). */
export function extractKnownPlatforms(context: ExtractContext, claimed: ClaimedSpans): PlatformMention[] {
  const mentions: PlatformMention[] = [];
  context.sentences.forEach((sentence, index) => {
    for (const match of context.lexicon.knownPlatformMatcher.findAll(sentence.text)) {
      const start = sentence.start + match.start;
      const span = { start, end: sentence.start + match.end };
      if (claimed.isClaimed(span)) continue;
      mentions.push({ surface: match.term, ...span, sentence: index, type: match.value.type, canonical: match.value.name, scope: match.value.scope, region: null });
      claimed.claim(span);
    }
  });
  return mentions;
}
