/**
 * Plan metadata inferred from the text itself: city (from the title, else from how often the body
 * names it), genre (the title's closing word), and period (from the title, else from target years).
 */
import type { Lexicon } from '../../lexicon/index.ts';
import { chineseNumeralValue } from '../text/markers.ts';

export interface CityGuess {
  city: string;
  start: number;
  end: number;
}

/** The city a plan belongs to: named in its title, or else the one its body names most. */
export function inferCity(titleLines: { text: string; start: number }[], body: string, bodyStart: number, lexicon: Lexicon): CityGuess | null {
  for (const line of titleLines) {
    const inTitle = lexicon.cityMatcher.findAll(line.text)[0];
    if (inTitle) return { city: inTitle.value.name, start: line.start + inTitle.start, end: line.start + inTitle.end };
  }
  const firstLine = titleLines[0];
  const unknownInTitle = firstLine ? /^(\p{Script=Han}{2,4}?市)(?!场|级|委|政府)/u.exec(firstLine.text) : null;
  if (firstLine && unknownInTitle?.[1]) return { city: unknownInTitle[1], start: firstLine.start, end: firstLine.start + unknownInTitle[1].length };

  const counts = new Map<string, { count: number; first: number; end: number }>();
  for (const match of lexicon.cityMatcher.findAll(body)) {
    const entry = counts.get(match.value.name);
    if (entry) entry.count += 1;
    else counts.set(match.value.name, { count: 1, first: match.start, end: match.end });
  }
  const ranked = [...counts].sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first);
  const best = ranked[0];
  if (!best || best[1].count < 2) return null;
  return { city: best[0], start: bodyStart + best[1].first, end: bodyStart + best[1].end };
}

/** The genre: the longest known genre word the title ends with (brackets such as （2026-2028年） ignored). */
export function inferGenre(title: string, genres: string[]): string | null {
  const bare = title.replace(/[（(][^）)]*[）)]\s*$/u, '').trim();
  const sorted = [...genres].sort((a, b) => b.length - a.length);
  return sorted.find((g) => bare.endsWith(g)) ?? sorted.find((g) => bare.includes(g)) ?? null;
}

/** Years of the n-th five-year plan (“十四五” → 2021–2025); the 3rd began in 1966 after a gap. */
function fiveYearPlanPeriod(n: number): [number, number] {
  const start = n >= 3 ? 1966 + 5 * (n - 3) : 1953 + 5 * (n - 1);
  return [start, start + 4];
}

const TARGET_YEAR = /(?:到|至|截至|力争到?)\s*(20\d\d)\s*年/g;
const BASE_YEAR = /(?:比|较|与)\s*(20\d\d)\s*年|〔(20\d\d)〕|(20\d\d)\s*年(?:销售收入|产值|营业收入|实际|完成)(?![^\t\n]{0,8}目标)|(20\d\d)\s*年\s*[（(]?基[期准]/g;

export function inferPeriod(title: string, body: string): [number, number] | null {
  const range = /(20\d\d)\s*[-—–－~至到]\s*(20\d\d)/.exec(title);
  if (range) return [Number(range[1]), Number(range[2])];
  const fyp = /十([一二三四五六七八九])五/.exec(title);
  if (fyp?.[1]) {
    const n = chineseNumeralValue(`十${fyp[1]}`);
    if (n) return fiveYearPlanPeriod(n);
  }
  const single = /(20\d\d)\s*年/.exec(title);
  if (single) return [Number(single[1]), Number(single[1])];

  const targets = [...body.matchAll(TARGET_YEAR)].map((m) => Number(m[1]));
  if (targets.length === 0) return null;
  const end = Math.max(...targets);
  const firstTarget = Math.min(...targets);
  const bases = [...body.matchAll(BASE_YEAR)]
    .map((m) => Number(m[1] ?? m[2] ?? m[3] ?? m[4]))
    .filter((y) => y <= firstTarget);
  const start = bases.length > 0 ? Math.max(...bases) : firstTarget;
  return [start, end];
}
