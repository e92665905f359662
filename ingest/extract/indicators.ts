/**
 * Which catalogue indicator a target's wording names, and what part of the economy it covers.
 *
 *   研发支出占地区生产总值比重            → rd-intensity (研发…占…地区生产总值), the city
 *   规上工业企业研发投入强度              → industrial-rd-intensity; 规上工业 is the indicator's own universe
 *   全市特色优势产业规上企业              → industrial-enterprises-above-scale, segment 特色优势产业
 *   新能源产业产值                        → industry-output, industry 新能源
 *   国家级专精特新“小巨人”和制造业单项冠军 → none: two indicators counted together
 *   省星级上云高企                        → none: 上云 narrows 高企 to something the catalogue does not know
 *
 * The most specific wording wins; a look-alike (`notWordings`) rules an indicator out; a unit of
 * another family (% for a count) never matches; and every word around the wording must be accounted
 * for — ignorable (新增, 全市, 省级以上, 数), the indicator's universe, or a scope — or the target keeps
 * no indicator rather than a wrong one.
 */
import type { TargetScope } from '../../graph/schema.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import type { IndicatorCatalogue, IndicatorEntry, IndicatorPattern } from '../../lexicon/indicators.ts';

export type IndicatorKind = IndicatorEntry['kind'];

export interface IndicatorReading {
  indicator: IndicatorEntry | null;
  kind: IndicatorKind;
  scope: TargetScope;
}

/** What scopes can be named in: the lexicon, the plan's city and its own industry names. */
export interface ScopeContext {
  lexicon: Lexicon;
  city: string | null;
  ownIndustries: ReadonlySet<string>;
}

interface Match {
  pattern: IndicatorPattern;
  start: number;
  end: number;
}

const CITY: TargetScope = { level: 'city', name: '全市' };
/** 33个特色优势产业 → 特色优势产业, 五大传统产业 → 传统产业. */
const LEADING_COUNT = /^(?:\d+(?:\.\d+)?(?:个|条|大|项|类|家)?|[一二两三四五六七八九十]+(?:个|条|大|项|类|家))/;

/**
 * The span of `phrase` holding `parts` in order, from the leftmost start that completes them (so
 * 零碳（近零碳）工厂 is one span), never starting right after a digit (5亿元以上项目 is not 亿元以上项目).
 */
export function findParts(phrase: string, parts: string[]): { start: number; end: number } | null {
  const first = parts[0] as string;
  for (let at = phrase.indexOf(first); at >= 0; at = phrase.indexOf(first, at + 1)) {
    if (/[0-9.]/.test(phrase[at - 1] ?? '')) continue;
    let end = at + first.length;
    for (const part of parts.slice(1)) {
      const next = phrase.indexOf(part, end);
      end = next < 0 ? -1 : next + part.length;
      if (end < 0) break;
    }
    if (end >= 0) return { start: at, end };
  }
  return null;
}

function matchesOf(phrase: string, family: string, catalogue: IndicatorCatalogue): Match[] {
  const excluded = (indicator: IndicatorEntry) => (catalogue.exclusions.get(indicator.id) ?? []).some((parts) => findParts(phrase, parts) !== null);
  const matches: Match[] = [];
  for (const pattern of catalogue.patterns) {
    if (catalogue.unit(pattern.indicator.unit).family !== family) continue;
    const span = findParts(phrase, pattern.parts);
    if (span && !excluded(pattern.indicator)) matches.push({ pattern, ...span });
  }
  return matches.sort((a, b) => b.pattern.weight - a.pattern.weight || a.end - a.start - (b.end - b.start));
}

/** Strips ignorable words from both ends until none is left to strip. */
function strip(text: string, atStart: string[], atEnd: string[]): string {
  let rest = text;
  for (let changed = true; changed && rest.length > 0; ) {
    const head = atStart.find((w) => rest.startsWith(w));
    if (head) rest = rest.slice(head.length);
    const tail = atEnd.find((w) => rest.endsWith(w));
    if (tail) rest = rest.slice(0, rest.length - tail.length);
    changed = head !== undefined || tail !== undefined;
  }
  return rest;
}

/** The scope a wording's leftover words name, or null when they name nothing the method knows. */
export function scopeOf(words: string, context: ScopeContext, universeIsScope: boolean): TargetScope | null {
  const catalogue = context.lexicon.indicators;
  const ignorable = catalogue.ignorablePrefixes;
  // An indicator's own universe (规上工业 of 规上工业企业研发投入强度) is part of it; an industry's is a segment.
  const rest = strip(words, ignorable, [...ignorable, ...(universeIsScope ? [] : catalogue.universes)]);
  if (rest.length === 0) return CITY;
  if (catalogue.universes.includes(rest)) return { level: 'segment', name: rest };
  const bare = rest.replace(LEADING_COUNT, '');
  const place = context.city ? context.lexicon.placesFor(context.city).get(bare) : undefined;
  if (place) return { level: 'region', name: place.name };
  const industry = context.lexicon.industryMatcher.get(bare) ?? context.lexicon.industryMatcher.get(bare.replace(/产业$/, ''));
  if (industry) return { level: 'industry', name: industry };
  const own = [bare, bare.replace(/产业$/, '')].find((term) => context.ownIndustries.has(term));
  if (own) return { level: 'industry', name: own };
  if (catalogue.segmentEndings.some((ending) => bare.endsWith(ending)) && /^[\p{Script=Han}（）、和及与]+$/u.test(bare)) return { level: 'segment', name: bare };
  return null;
}

/** The kind of a target no indicator fits, from its unit and wording. */
export function inferKind(phrase: string, family: string, growth: boolean): IndicatorKind {
  if (growth) return 'growth';
  if (family === '%' || family === '个百分点') return 'share';
  if (family === '') return 'index';
  if (/万人|人均/.test(phrase)) return 'per-capita';
  if (family === '元' || family === '美元') return 'level';
  return /^[件人]数$/.test(family) ? 'count' : 'level';
}

/**
 * Reads the indicator of a target worded `wording` with unit `unit`; `growth` when the value is a
 * change (增长, 下降). `scope` overrides what the wording's leftover words would say (a table row's region).
 */
export function readIndicator(
  target: { wording: string; unit: string; growth: boolean; scope?: TargetScope | null },
  context: ScopeContext,
): IndicatorReading {
  const catalogue = context.lexicon.indicators;
  const phrase = catalogue.canonical(target.wording);
  const family = catalogue.unit(target.unit).family;
  // Without an indicator only a wording that wholly names an industry or a region says what is covered.
  const named = scopeOf(phrase, context, true);
  const unmatched = (): IndicatorReading => ({
    indicator: null,
    kind: inferKind(phrase, family, target.growth),
    scope: target.scope ?? (named && (named.level === 'industry' || named.level === 'region') ? named : CITY),
  });
  const matches = matchesOf(phrase, family, catalogue);
  for (const match of matches) {
    const reading = explained(match, phrase, target, context);
    if (!reading) continue;
    // Two indicators side by side (“小巨人”和单项冠军) are one count of both: comparable with neither.
    const other = matches.some((m) => m.pattern.indicator.id !== match.pattern.indicator.id && (m.end <= match.start || m.start >= match.end));
    return other ? unmatched() : reading;
  }
  return unmatched();
}

/** The reading a match gives when every word around it is accounted for, else null. */
function explained(match: Match, phrase: string, target: { growth: boolean; scope?: TargetScope | null }, context: ScopeContext): IndicatorReading | null {
  const catalogue = context.lexicon.indicators;
  const indicator = match.pattern.indicator;
  if ((indicator.kind === 'growth') !== target.growth) return null;
  if (strip(phrase.slice(match.end), [], catalogue.ignorableSuffixes).length > 0) return null;
  const scope = target.scope ?? scopeOf(phrase.slice(0, match.start), context, indicator.perIndustry);
  return scope ? { indicator, kind: indicator.kind, scope } : null;
}
