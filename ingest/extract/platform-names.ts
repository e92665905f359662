/**
 * Where a platform's name begins and ends. A name is read backwards from its type suffix (实验室,
 * 研究院, 产业园, 经济开发区, 服务平台 …) over the words that can make up a name, and begins after
 * the verb that governs it: `充分发挥江苏新能源汽车研究院`, `射阳港经济开发区获批省级经济开发区`
 * (the second name starts after 获批). Quoted names (“泰企通”平台), bracketed qualifiers
 * (中韩（盐城）产业园, 试验装置（连云港）燃烧室试验平台) and 与 inside a name
 * (盐城环保技术与工程研究院) stay whole.
 */
import type { TermMatcher } from '../../core/term-matcher.ts';
import type { PLATFORM_TYPES } from '../../graph/schema.ts';
import type { Token } from '../segment/index.ts';
import type { ClaimedSpans, ExtractContext } from './context.ts';
import { startAfterVerbs, startsWithVerb } from './name-evidence.ts';

export type PlatformType = (typeof PLATFORM_TYPES)[number];

export interface PlatformName {
  /** Document offsets. */
  start: number;
  end: number;
  surface: string;
  type: PlatformType;
  suffix: string;
  quoted: boolean;
  /** A bracketed qualifier inside the name (中韩（盐城）产业园). */
  bracketed: boolean;
  /** The verb the name was cut from (支持, 获批, 争创 …), if any. */
  verb: string | null;
}

const MAX_NAME = 32;
const NAME_TAGS = new Set(['n', 'nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'nw', 'j', 'eng', 'b', 'vn', 'vd', 'an', 'a', 'l', 'i', 's', 'f', 'v', 'ng', 'zg', 'z']);
// After a suffix: where a name may end even if the segmenter glued the next character on (产业园为 → 园为).
const NAME_FOLLOWER = /^[为的和与及、，。；：（）(等”]/;
// 环保产业工程研发服务中心（同济）: a partner in brackets after the suffix; not an attribution (（市科技局）).
const TRAILING_PARTNER = /^[（(]([^（）()，。；：、]{1,4})[）)]/;
const BODY_END = /[局委办厅部府会司处室组]$/;
const ZONE_SUFFIX = /(开发区|高新区|经开区)$/;
// 以泰兴经济开发区为核心: the 以 of the frame is not part of the name.
const FRAME_AFTER = /^(?:[、和及与][^，。；：]{1,24}?)?为/;

function isNameToken(token: Token, policyVerbs: Set<string>): boolean {
  if (policyVerbs.has(token.word)) return false;
  if (NAME_TAGS.has(token.tag)) return true;
  // Unknown words come back tagged x, punctuation too, and particles glued on (城等/x) end a name.
  if (token.tag === 'x' || token.tag === 'm' || token.tag === 'mq') return /^[\p{Script=Han}A-Za-z0-9]+$/u.test(token.word) && !/^\d+$/.test(token.word) && !/[等的]/.test(token.word);
  return false;
}

interface Reader {
  context: ExtractContext;
  /** Names already read (places, zones, enterprises): one ending where a name starts is part of it (东台 + 开发区). */
  claimed: ClaimedSpans;
  index: number;
  tokens: Token[];
  policyVerbs: Set<string>;
  verbs: string[];
  suffixes: TermMatcher<PlatformType>;
}

export function readPlatformNames(reader: Reader): PlatformName[] {
  const { context, index, suffixes, verbs } = reader;
  const sentence = context.sentences[index]!;
  const text = sentence.text;
  const names: PlatformName[] = [];
  // A suffix ends on a word boundary, or where the segmenter glued the next word on; else a shorter
  // or later one is tried (科技园 in 科技园区 gives way to 园区).
  const endsName = (end: number) => context.boundaries[index]!.has(sentence.start + end) || NAME_FOLLOWER.test(text.slice(end, end + 1)) || startsWithVerb(text, end, verbs);
  for (const match of suffixes.findAll(text, (m) => endsName(m.end))) {
    const rest = text.slice(match.end, match.end + 12);
    // 中车株洲电力机车研究所有限公司 is a company.
    if (reader.context.lexicon.source.terms.enterpriseSuffixes.some((s) => rest.startsWith(s))) continue;
    const partner = TRAILING_PARTNER.exec(rest);
    const end = sentence.start + match.end + (partner && !BODY_END.test(partner[1]!) ? partner[0].length : 0);
    const found = readBackwards(reader, sentence.start + match.start, end);
    if (!found) continue;
    const base = { type: match.value, suffix: match.term, bracketed: found.bracketed, end };
    names.push(...found.extraQuoted.map((span) => ({ ...base, ...span, surface: context.document.normalised.text.slice(span.start, span.end), quoted: true, bracketed: false, verb: null })));
    names.push({ ...base, start: found.start, surface: context.document.normalised.text.slice(found.start, end), quoted: found.quoted, verb: found.verb });
  }
  return [...names, ...continued(names, context.document.normalised.text), ...zonesOpening(names, suffixes, context.document.normalised.text)];
}

/** 响水开发区智行创新中心 names the zone it lies in, even where the segmenter glued the zone to the rest (区智行). */
function zonesOpening(names: PlatformName[], suffixes: TermMatcher<PlatformType>, text: string): PlatformName[] {
  const zones: PlatformName[] = [];
  for (const name of names) {
    const inner = suffixes.findAll(name.surface).find((m) => m.value === 'zone' && ZONE_SUFFIX.test(m.term) && m.start > 0 && m.end < name.surface.length);
    if (!inner || names.some((n) => n.start === name.start && n.end === name.start + inner.end)) continue;
    zones.push({ ...name, end: name.start + inner.end, surface: text.slice(name.start, name.start + inner.end), type: 'zone', suffix: inner.term, bracketed: false, quoted: false });
  }
  return zones;
}

/** 中科院上海有机化学研究所（盐城）新材料研发中心: a name with a bracketed place, continued into a unit of it. */
function continued(names: PlatformName[], text: string): PlatformName[] {
  const joined: PlatformName[] = [];
  for (const first of names) {
    const next = names.find((n) => n.start === first.end && /[）)]$/.test(first.surface));
    if (next) joined.push({ ...next, start: first.start, surface: text.slice(first.start, next.end), bracketed: true, quoted: first.quoted || next.quoted, verb: first.verb });
  }
  return joined;
}

interface Backwards {
  start: number;
  quoted: boolean;
  bracketed: boolean;
  verb: string | null;
  /** “一企来办”“盐企通”综合服务平台: the first quoted name shares the suffix of the second. */
  extraQuoted: { start: number; end: number }[];
}

function readBackwards(reader: Reader, suffixStart: number, end: number): Backwards | null {
  const { context, index, tokens, policyVerbs } = reader;
  const sentence = context.sentences[index]!;
  const text = sentence.text;
  let i = tokens.findIndex((t) => t.end > suffixStart);
  if (i < 0) return null;
  let start = tokens[i]!.start;
  let quoted = false;
  let bracketed = false;
  const extraQuoted: Backwards['extraQuoted'] = [];
  while (i > 0) {
    const named = reader.claimed.endingAt(start);
    if (named && named.start < start && end - named.start <= MAX_NAME) {
      start = named.start;
      i = tokens.findIndex((t) => t.end > start);
      continue;
    }
    const previous = tokens[i - 1]!;
    if (end - previous.start > MAX_NAME) break;
    const open = previous.word === '”' ? text.lastIndexOf('“', previous.start - sentence.start) : previous.word === '）' || previous.word === ')' ? matchingBracket(text, previous.start - sentence.start) : -1;
    if (open >= 0) {
      if (previous.word === '”' && quoted) {
        extraQuoted.push({ start: sentence.start + open, end: previous.end });
        break;
      }
      quoted ||= previous.word === '”';
      bracketed ||= previous.word !== '”';
      start = sentence.start + open;
      i = tokens.findIndex((t) => t.start >= start);
      continue;
    }
    // 环境技术与工程研究院: 与 joins two nouns of one name, not two names (高新区与经开区).
    const before = tokens[i - 2];
    const joins = previous.word === '与' && before !== undefined && isNameToken(before, policyVerbs) && !endsWithSuffix(reader, before.end);
    if (!joins && !isNameToken(previous, policyVerbs)) break;
    // 省级以上开发区实现…: a verb right after a complete name is its predicate; 企业入驻孟津区产业园:
    // a verb right before a place takes the name as its object.
    const beforePlace = previous.word.length >= 2 && (tokens[i]?.tag === 'ns' || reader.claimed.endingAt(tokens[i]?.end ?? -1) !== undefined);
    if (previous.tag === 'v' && (endsWithSuffix(reader, previous.start) || beforePlace)) break;
    i -= 1;
    start = previous.start;
  }
  // A bracket opening the name numbers a heading (（七）…) or closes an earlier name (…研究所（盐城）).
  const leading = /^[（(][^）)]*[）)]/.exec(context.document.normalised.text.slice(start, end));
  if (leading) {
    start += leading[0].length;
    bracketed = /[（(]/.test(context.document.normalised.text.slice(start, end));
  }
  return { ...trimFront(reader, start, end, quoted), quoted, bracketed, extraQuoted };
}

/** Whether the sentence text before document offset `at` ends with a platform suffix. */
function endsWithSuffix(reader: Reader, at: number): boolean {
  const sentence = reader.context.sentences[reader.index]!;
  const before = sentence.text.slice(Math.max(0, at - sentence.start - 9), at - sentence.start);
  for (let k = 0; k < before.length; k += 1) if (reader.suffixes.matchesAt(before, k).some((m) => m.end === before.length)) return true;
  return false;
}

/** The opening bracket of a short bracketed qualifier ending at `close`, or -1. */
function matchingBracket(text: string, close: number): number {
  const open = Math.max(text.lastIndexOf('（', close), text.lastIndexOf('(', close));
  if (open < 0 || close - open > 8 || /[，。；：、]/.test(text.slice(open, close))) return -1;
  return open;
}

/** Drops the governing verb and what precedes it, and the 以 of `以…为核心`. */
function trimFront(reader: Reader, start: number, end: number, quoted: boolean): { start: number; verb: string | null } {
  const { context, index, tokens, verbs } = reader;
  const normalised = context.document.normalised.text;
  const name = normalised.slice(start, end);
  // Verbs inside a quoted name (“万人助万企”) are part of it.
  const searchable = quoted ? name.slice(0, name.indexOf('“') + 1) : name;
  const cut = startAfterVerbs(searchable, start, tokens, verbs);
  let from = start + cut.start;
  const sentence = context.sentences[index]!;
  const governing = cut.verb ?? verbs.find((v) => sentence.text.slice(0, from - sentence.start).endsWith(v)) ?? null;
  while (/^[与和及的了]/.test(normalised.slice(from, end))) from += 1;
  if (normalised[from] === '以' && FRAME_AFTER.test(sentence.text.slice(end - sentence.start))) from += 1;
  return { start: from, verb: governing };
}
