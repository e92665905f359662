/**
 * The indicator catalogue as extraction and the API use it: wordings split at `…` and made canonical,
 * vocabulary sorted longest first, and units read as a scale and a base (亿元 = 10⁸ 元).
 */
import type { IndicatorEntry, IndicatorsFile } from './schema.ts';

export type { IndicatorEntry } from './schema.ts';

/** One wording of an indicator, as the ordered literal parts it must contain. */
export interface IndicatorPattern {
  indicator: IndicatorEntry;
  parts: string[];
  /** How much literal text the wording pins down; the most specific wording wins. */
  weight: number;
}

/** A unit read as scale × base: 亿元 → 10⁸ 元, 万人 → 10⁴ 人; `family` says which units compare. */
export interface UnitReading {
  base: string;
  scale: number;
  family: string;
}

export interface IndicatorCatalogue {
  entries: IndicatorEntry[];
  byId: Map<string, IndicatorEntry>;
  patterns: IndicatorPattern[];
  /** Per indicator, look-alike wordings (as parts) that rule it out. */
  exclusions: Map<string, string[][]>;
  ignorablePrefixes: string[];
  ignorableSuffixes: string[];
  segmentEndings: string[];
  universes: string[];
  additionWords: string[];
  namedPeriods: IndicatorsFile['namedPeriods'];
  /** The wording with equivalents made one (规模以上 → 规上) and quotation marks and spaces dropped. */
  canonical(text: string): string;
  unit(unit: string): UnitReading;
}

/** Chinese magnitude prefixes of a unit, largest first (万亿元 before 亿元 before 万元). */
const SCALES: [string, number][] = [
  ['万亿', 1e12], ['千亿', 1e11], ['百亿', 1e10], ['亿', 1e8], ['千万', 1e7], ['百万', 1e6], ['万', 1e4],
];

const longestFirst = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length);

export function buildIndicatorCatalogue(file: IndicatorsFile): IndicatorCatalogue {
  const equivalents = [...file.equivalents].sort((a, b) => b.from.length - a.from.length);
  const canonical = (text: string): string => {
    let result = text.replace(/[“”"‘’'\s]/g, '');
    for (const { from, to } of equivalents) result = result.replaceAll(from, to);
    return result;
  };
  const partsOf = (wording: string) => canonical(wording).split('…').filter((part) => part.length > 0);
  const patterns = file.indicators.flatMap((indicator) =>
    indicator.wordings.map((wording) => {
      const parts = partsOf(wording);
      return { indicator, parts, weight: parts.reduce((sum, part) => sum + part.length, 0) };
    }),
  );
  const familyOf = new Map(file.unitFamilies.flatMap((f) => f.units.map((u) => [u, f.family] as const)));
  const unit = (printed: string): UnitReading => {
    const bare = printed.replace(/\/年$/, '');
    const scale = SCALES.find(([prefix]) => bare.startsWith(prefix) && bare.length > prefix.length);
    const base = scale ? bare.slice(scale[0].length) : bare;
    return { base, scale: scale ? scale[1] : 1, family: familyOf.get(base) ?? base };
  };
  return {
    entries: file.indicators,
    byId: new Map(file.indicators.map((i) => [i.id, i])),
    patterns,
    exclusions: new Map(file.indicators.map((i) => [i.id, i.notWordings.map(partsOf)])),
    ignorablePrefixes: longestFirst(file.ignorablePrefixes.map(canonical)),
    ignorableSuffixes: longestFirst(file.ignorableSuffixes.map(canonical)),
    segmentEndings: longestFirst(file.segmentEndings),
    universes: longestFirst(file.universes.map(canonical)),
    additionWords: longestFirst(file.additionWords),
    namedPeriods: file.namedPeriods,
    canonical,
    unit,
  };
}
