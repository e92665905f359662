/**
 * Platforms named by a type suffix (实验室, 研究院, 创新中心, 产业园, 孵化器, 平台 …) and known ones
 * from the lexicon. A candidate is kept when it names one platform rather than a category:
 * - by its words: a place, an institution (某某大学), an enterprise, a proper noun the dictionary does
 *   not know (龙门实验室, 湾沚经济开发区), a quoted name (“泰企通”平台), a bracketed qualifier;
 * - or by its context: used definitely (以化学新材料产业园为支撑, 发挥化工中试基地牵引作用), the
 *   subject of a goal (海上风电技术实验室争创省重点实验室), built by a named enterprise (支持长虹集团
 *   建设智能家电国家工程研究中心), listed with named platforms or before a platform head.
 * Categories (省级重点实验室, 一批零碳园区, 四大…基地), titles still to be won (打造…创新中心,
 * 争创国家级…) and a zone's designation (大丰港经开区国家级零碳园区) are dropped.
 */
import { TermMatcher } from '../../core/term-matcher.ts';
import type { Token } from '../segment/index.ts';
import { inRetrospect, type ClaimedSpans, type ExtractContext, type Span } from './context.ts';
import { headedLists } from './enumerations.ts';
import { governingVerbs, hasProperNoun, opensWithPlaceBeforeField } from './name-evidence.ts';
import { readPlatformNames, type PlatformName, type PlatformType } from './platform-names.ts';
import type { EnterpriseMention, PlatformMention } from './schema.ts';

const QUANTIFIED = /^(\d+|[一二三四五六七八九十两几数若]+)(个|大|家|批|类|所|座|条|项)/;
const COUNTED_BEFORE = /(\d+|[一二三四五六七八九十两几数]+)\s*(个|家|批|所|座|条|项)$/;
const DEFINITE_AFTER = /^(?:[、和及与][^，。；：]{1,24}?)?为(?:核心|支撑|载体|主阵地|主要载体|两翼|支点|龙头|依托|引领|重点|中心|主体)/;
const EFFECT_AFTER = /^(?:的)?[\p{Script=Han}]{0,4}作用/u;
const CLAUSE_BREAK = /[，。；：！？,;:]/;
// Development zones are named after their place (游仙经济开发区): a short core that is not a category names one.
const ZONE_NAME = /(开发区|高新区|经开区|新区|保税区)$/;
const LEVEL_WORD = /^(国家级|省级|市级|国家|省)/;
// Kinds of platform named after the place they occupy (海陵新能源产业园, 田心轨道交通配套产业园).
const PLACE_NAMED = new Set<PlatformType>(['zone', 'park', 'base']);
// 大丰港经开区国家级零碳园区, 列苏北国家级高新区: a graded title after a name (an official name says 国家, not 国家级).
const GRADE = /^(国家级|省级|市级)/;
const INSTITUTION_FORM = /\p{Script=Han}{2,}(大学|学院|研究院|科学院)/u;
// Quoted slogans: “飞地经济”示范区, “绿电+”零碳园区.
const SLOGAN = /(\+|＋|经济|产业)$/;
/** Words after 等 that make the listed names platforms, beside the type suffixes. */
const LIST_HEADS = ['载体', '创新平台', '研发机构'];

interface Candidate extends PlatformName {
  specific: boolean;
  definite: boolean;
}

export function extractPlatforms(context: ExtractContext, claimed: ClaimedSpans, enterprises: EnterpriseMention[]): PlatformMention[] {
  const judge = new PlatformJudge(context, claimed, enterprises);
  const mentions: PlatformMention[] = [];
  context.sentences.forEach((_sentence, index) => {
    const tokens = context.tokens[index] as Token[];
    const { candidates, generic } = judge.candidatesIn(index);
    markListed(context, index, candidates, generic, judge.listHeads);
    // Looking back (发展现状), 建成 and 打造 report what exists.
    const pastResults = inRetrospect(context, index);
    for (const candidate of candidates) {
      if (!candidate.specific && !candidate.definite) continue;
      const aspired = (candidate.verb !== null && judge.aspiration.has(candidate.verb)) || governedByAspiration(tokens, candidate, judge.aspiration, judge.policyVerbs);
      if (aspired && !pastResults) continue;
      // 江南大学国家技术转移中心 inside …连云港分中心 is part of it; a zone inside a park's name is named too.
      if (candidates.some((other) => other !== candidate && other.start <= candidate.start && candidate.end <= other.end && other.specific && !ZONE_NAME.test(candidate.suffix))) continue;
      mentions.push({ surface: candidate.surface, start: candidate.start, end: candidate.end, sentence: index, type: candidate.type, canonical: null, scope: null, region: null });
    }
  });
  return mentions;
}

/** The lexicon-derived tests a candidate goes through, built once per document. */
class PlatformJudge {
  readonly policyVerbs: Set<string>;
  readonly aspiration: Set<string>;
  readonly verbs: string[];
  /** What may close a list of platforms after 等: the type suffixes and 载体, 创新平台, 研发机构. */
  readonly listHeads: string[];
  private readonly suffixes: TermMatcher<PlatformType>;
  private readonly generic: string[];
  private readonly placeWords: string[];

  constructor(
    private readonly context: ExtractContext,
    private readonly claimed: ClaimedSpans,
    private readonly enterprises: EnterpriseMention[],
  ) {
    const { lexicon } = context;
    this.suffixes = new TermMatcher(lexicon.platformSuffixes.map((s) => [s.suffix, s.type] as const));
    this.policyVerbs = new Set(lexicon.source.terms.policyVerbs);
    this.aspiration = new Set(lexicon.source.terms.aspirationVerbs);
    this.verbs = governingVerbs(lexicon);
    this.listHeads = [...lexicon.platformSuffixes.map((s) => s.suffix), ...LIST_HEADS];
    this.generic = [...lexicon.genericPlatformWords].sort((a, b) => b.length - a.length);
    this.placeWords = [...lexicon.source.provinces.flatMap((p) => [p.name, p.short]), ...(context.city ? [context.city.city, context.city.short] : [])];
  }

  /** 省级以上重点实验室 → 实验室: drops the modifiers that only say what kind of platform it is. */
  stripGeneric(name: string): string {
    let core = name;
    for (let word = this.generic.find((w) => core.startsWith(w)); word !== undefined; word = this.generic.find((w) => core.startsWith(w))) core = core.slice(word.length);
    return core;
  }

  isGeneric(core: string): boolean {
    return this.stripGeneric(core).length === 0;
  }

  namesPlace(core: string): boolean {
    const { lexicon, city } = this.context;
    return (city !== null && lexicon.placesFor(city.city).findAll(core).length > 0) || lexicon.cityMatcher.findAll(core).length > 0 || this.placeWords.some((p) => core.includes(p));
  }

  namesOrganisation(core: string, span: Span): boolean {
    const { lexicon } = this.context;
    return (
      lexicon.institutionMatcher.findAll(core).length > 0 ||
      INSTITUTION_FORM.test(core) ||
      lexicon.enterpriseMatcher.findAll(core).some((m) => m.value.followedBy === null) ||
      this.enterprises.some((e) => e.start >= span.start && e.end <= span.end) ||
      /[A-Za-z]{2,}/.test(core)
    );
  }

  /** The sentence's candidates that are not categories, and the spans of those that are. */
  candidatesIn(index: number): { candidates: Candidate[]; generic: Span[] } {
    const { context } = this;
    const sentence = context.sentences[index]!;
    const tokens = context.tokens[index] as Token[];
    const candidates: Candidate[] = [];
    const generic: Span[] = [];
    for (const name of readPlatformNames({ context, claimed: this.claimed, index, tokens, policyVerbs: this.policyVerbs, verbs: this.verbs, suffixes: this.suffixes })) {
      const before = sentence.text.slice(0, name.start - sentence.start);
      const after = sentence.text.slice(name.end - sentence.start);
      // The zone or body itself was already taken (泰州港经济开发区 as a zone); places inside a name are fine.
      const bare = name.surface.replace(/[（(][^（）()]*[）)]$/, '');
      if (this.claimed.names(name) || this.claimed.names({ start: name.start, end: name.start + bare.length })) continue;
      if (QUANTIFIED.test(name.surface) || COUNTED_BEFORE.test(before)) continue;
      const core = coreOf(name);
      // “泰企通”平台 is a name; “飞地经济”示范区, “双创”示范基地 are slogans or categories in quotes.
      const quoted = name.quoted && !SLOGAN.test(quotedText(name.surface)) && !this.isGeneric(quotedText(name.surface));
      // 中国科学院 is an institution that makes platforms specific, not one itself.
      if (context.lexicon.institutionMatcher.get(name.surface) !== undefined) continue;
      // 创新区 (新区 cut out of 创新): one character before a suffix names nothing.
      if ((!quoted && (this.isGeneric(core) || this.stripGeneric(core).length < 2)) || this.designatesPlace(core)) {
        generic.push(name);
        continue;
      }
      const stripped = this.stripGeneric(core);
      const coreStart = name.start + (core.length - stripped.length);
      const coreTokens = tokens.filter((t) => t.start >= coreStart && t.start < name.start + bare.length - name.suffix.length);
      const specific =
        quoted ||
        name.bracketed ||
        this.namesPlace(core) ||
        this.namesOrganisation(core, name) ||
        hasProperNoun(coreTokens, context.lexicon) ||
        (PLACE_NAMED.has(name.type) && opensWithPlaceBeforeField(coreTokens, context.lexicon, (word) => this.isGeneric(word))) ||
        (ZONE_NAME.test(name.suffix) && stripped.length <= 4);
      candidates.push({ ...name, specific, definite: this.isDefinite(name, before, after) });
    }
    return { candidates, generic };
  }

  /** 大丰港经开区国家级零碳园区: a name followed by a grade and a category is a title that name holds. */
  private designatesPlace(core: string): boolean {
    for (let cut = core.length - 1; cut >= 2; cut -= 1) if (GRADE.test(core.slice(cut)) && this.isGeneric(core.slice(cut))) return true;
    return false;
  }

  private isDefinite(name: PlatformName, before: string, after: string): boolean {
    if (DEFINITE_AFTER.test(after)) return true;
    if (EFFECT_AFTER.test(after) && (name.verb === '发挥' || /发挥$/.test(before.replace(/[“”]/g, '')))) return true;
    // 海上风电技术实验室争创省重点实验室: the lab striving for a title exists.
    if ([...this.aspiration].some((verb) => verb.length >= 2 && after.startsWith(verb))) return true;
    // 支持长虹集团建设智能家电国家工程研究中心: the platform a named enterprise builds.
    if (name.verb === null) return false;
    const verbStart = name.start - before.length + before.lastIndexOf(name.verb);
    return this.enterprises.some((e) => e.end === verbStart);
  }
}

/** The name without its suffix, quotes and bracketed qualifiers. */
function coreOf(name: PlatformName): string {
  const plain = name.surface.replace(/[（(][^）)]*[）)]/g, '').replace(/[“”]/g, '');
  return plain.endsWith(name.suffix) ? plain.slice(0, plain.length - name.suffix.length) : plain;
}

function quotedText(surface: string): string {
  return /“([^”]*)”/.exec(surface)?.[1] ?? '';
}

/**
 * Names listed before a platform head (北大创新中心、沪盐协同创新中心等科技服务平台), or with named
 * platforms, are named too — unless the list holds a category (建立院士工作站、企业技术中心等研发机构).
 */
function markListed(context: ExtractContext, index: number, candidates: Candidate[], generic: Span[], heads: string[]): void {
  const sentence = context.sentences[index]!;
  const tokens = context.tokens[index] as Token[];
  for (const list of headedLists(sentence.text, tokens, sentence.start, heads, () => false)) {
    const ends = list.items.map((item) => sentence.start + item.end);
    if (ends.some((end) => generic.some((g) => g.end === end))) continue;
    for (const candidate of candidates) if (ends.includes(candidate.end)) candidate.definite = true;
  }
  // Along the whole list: 建成A、B和湖南省C names A through B.
  for (let changed = true; changed; ) {
    changed = false;
    for (const candidate of candidates) {
      // 国家级新区、国家自主创新示范区: graded zones listed together are kinds of zone, not names.
      if (candidate.specific || candidate.definite || (LEVEL_WORD.test(candidate.surface) && candidate.type === 'zone')) continue;
      if (candidates.some((other) => (other.specific || other.definite) && listedTogether(sentence.text, sentence.start, candidate, other))) {
        candidate.definite = true;
        changed = true;
      }
    }
  }
}

function listedTogether(text: string, offset: number, a: Span, b: Span): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return first.end <= second.start && /^[、和及与]$/.test(text.slice(first.end - offset, second.start - offset));
}

/** Whether the nearest verb before the name, within its clause, sets a goal (打造, 争创 …). */
function governedByAspiration(tokens: Token[], name: Span, aspiration: Set<string>, policyVerbs: Set<string>): boolean {
  // 江苏沿海可再生能源技术创新中心争创国家技术创新中心: the name is the subject of the goal, not its object.
  const next = tokens.find((t) => t.start >= name.end);
  if (next && aspiration.has(next.word)) return false;
  for (let i = tokens.findIndex((t) => t.start >= name.start) - 1; i >= 0; i -= 1) {
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
