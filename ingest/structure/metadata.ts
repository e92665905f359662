/**
 * Plan metadata inferred from the text itself, each value with where it was read: title, city, issuer,
 * issue date and 文号 (from the wrapper, else the plan's own title block), genre (the title's closing
 * word), period and status.
 */
import type { Lexicon } from '../../lexicon/index.ts';
import { chineseNumeralValue } from '../text/markers.ts';
import type { FrontMatter } from './front-matter.ts';
import type { WrapperReading } from './layout.ts';
import type { TextLine } from './lines.ts';
import { inferCity } from './plan-city.ts';
import { PERIOD_BASES, type DocumentMeta, type Located } from './schema.ts';

type PeriodBasis = (typeof PERIOD_BASES)[number];
interface PeriodReading {
  period: [number, number];
  basis: PeriodBasis;
  /** Offsets within the title or the body text the period was read from. */
  start: number;
  end: number;
}

/** The genre: the longest known genre word the title ends with (brackets such as （2026-2028年） ignored). */
export function inferGenre(title: string, genres: string[]): string | null {
  const bare = title.replace(/[（(][^）)]*[）)]\s*$/u, '').trim();
  const sorted = [...genres].sort((a, b) => b.length - a.length);
  return sorted.find((g) => bare.endsWith(g)) ?? sorted.find((g) => bare.includes(g)) ?? null;
}

/** Years of the n-th five-year plan (“十四五” → 2021–2025, “十五五” → 2026–2030); the 3rd began in 1966 after a gap. */
function fiveYearPlanPeriod(n: number): [number, number] {
  const start = n >= 3 ? 1966 + 5 * (n - 3) : 1953 + 5 * (n - 1);
  return [start, start + 4];
}

const TARGET_YEAR = /(?:到|至|截至|力争到?)\s*(20\d\d)\s*年/g;
const BASE_YEAR = /(?:比|较|与)\s*(20\d\d)\s*年|〔(20\d\d)〕|(20\d\d)\s*年(?:销售收入|产值|营业收入|实际|完成)(?![^\t\n]{0,8}目标)|(20\d\d)\s*年\s*[（(]?基[期准]/g;
const ANNUAL_GENRES = ['工作要点', '工作计划', '要点'];
/** A status 试行 belongs to the title (管理办法（试行）); a draft's (（征求意见稿）) closing the title line does not. */
const TITLE_STATUSES = new Set(['试行']);

/** A bracketed status closing `text`: （征求意见稿）, （试行）. */
function closingStatus(text: string, statuses: string[]): { status: string; index: number; bracket: string } | null {
  const bracket = /[（(]([^（()）]{2,6})[）)]$/.exec(text);
  const status = bracket ? statuses.find((s) => bracket[1] === s) : undefined;
  return bracket && status ? { status, index: bracket.index, bracket: bracket[0] } : null;
}

/** The period from the title: a range, a five-year plan, or one year. */
function periodInTitle(title: string): PeriodReading | null {
  const range = /(20\d\d)\s*[-—–－~～至到]\s*(20\d\d)/.exec(title);
  if (range) return { period: [Number(range[1]), Number(range[2])], basis: 'title-range', start: range.index, end: range.index + range[0].length };
  const fyp = /十([一二三四五六七八九])五/.exec(title);
  const n = fyp?.[1] ? chineseNumeralValue(`十${fyp[1]}`) : null;
  if (fyp && n) return { period: fiveYearPlanPeriod(n), basis: 'five-year-plan', start: fyp.index, end: fyp.index + fyp[0].length };
  const single = /(20\d\d)\s*年/.exec(title);
  if (single) return { period: [Number(single[1]), Number(single[1])], basis: 'title-year', start: single.index, end: single.index + single[0].length };
  return null;
}

/**
 * From the body: the latest target year (到2030年), back to the latest base year before the first
 * target (比2020年, a cited 文号's 〔2023〕), else the year the plan was issued, else the first target.
 */
function periodInBody(body: string, issuedYear: number | null): PeriodReading | null {
  const targets = [...body.matchAll(TARGET_YEAR)];
  if (targets.length === 0) return null;
  const years = targets.map((m) => Number(m[1]));
  const end = Math.max(...years);
  const firstTarget = Math.min(...years);
  const bases = [...body.matchAll(BASE_YEAR)].map((m) => Number(m[1] ?? m[2] ?? m[3] ?? m[4])).filter((y) => y <= firstTarget);
  const latest = targets[years.indexOf(end)] as RegExpMatchArray;
  const at = latest.index ?? 0;
  const start = bases.length > 0 ? Math.max(...bases) : issuedYear !== null && issuedYear <= firstTarget ? issuedYear : firstTarget;
  return { period: [start, end], basis: 'targets', start: at, end: at + latest[0].length };
}

export interface MetadataInput {
  text: string;
  lines: TextLine[];
  wrapper: WrapperReading;
  front: FrontMatter;
  /** Normalised offsets of the plan's body (after its title block) and of its end. */
  bodyStart: number;
  bodyEnd: number;
}

const locatedLine = (line: TextLine): Located => ({ text: line.text, start: line.start, end: line.end });

/** The title as printed (status bracket included) and the plan's title (a draft's bracket left out). */
function planTitle(front: FrontMatter, wrapper: WrapperReading, statuses: string[]): { printed: Located | null; title: Located | null } {
  const first = front.titleLines[0];
  const last = front.titleLines[front.titleLines.length - 1];
  const printed = first && last ? { text: front.title, start: first.start, end: last.end } : wrapper.title;
  const closing = printed ? closingStatus(printed.text, statuses) : null;
  if (!printed || !closing || TITLE_STATUSES.has(closing.status)) return { printed, title: printed };
  return { printed, title: { text: printed.text.slice(0, closing.index), start: printed.start, end: printed.end - closing.bracket.length } };
}

const spanOf = ({ text, start, end }: Located): Located => ({ text, start, end });

/** Every metadata value the text gives, with where it was read. */
export function readMetadata(input: MetadataInput, lexicon: Lexicon): DocumentMeta {
  const { text, wrapper, front } = input;
  const terms = lexicon.source.terms;
  const sources: DocumentMeta['sources'] = {};
  const { printed, title } = planTitle(front, wrapper, terms.statuses);
  if (title) sources.title = { text: text.slice(title.start, title.end), start: title.start, end: title.end };
  const issuers = [...wrapper.issuers, ...front.issuers.map(locatedLine)].filter((item, i, all) => all.findIndex((o) => o.text === item.text) === i);
  const issued = wrapper.issued ?? front.date;
  const documentNumber = wrapper.documentNumber ?? front.documentNumber;
  const body = { text: text.slice(input.bodyStart, input.bodyEnd), start: input.bodyStart };
  const city = inferCity({ title, issuers, body, documentNumber }, lexicon);
  const titleText = title?.text ?? '';
  const genre = titleText ? inferGenre(titleText, terms.genres) : null;
  const period = readPeriod(titleText, title?.start ?? 0, body, genre, issued);
  const status = readStatus(front, printed, wrapper, terms.statuses);
  for (const [field, value] of [['issuer', issuers[0]], ['issued', issued], ['documentNumber', documentNumber], ['city', city], ['period', period?.source], ['status', status?.source]] as const) {
    if (value) sources[field] = spanOf(value);
  }
  return {
    title: titleText,
    city: city?.city ?? null,
    cityCue: city?.cue ?? null,
    genre,
    status: status?.status ?? null,
    period: period?.period ?? null,
    periodBasis: period?.basis ?? null,
    issuer: issuers[0]?.text ?? null,
    issuers: issuers.map((i) => ({ name: i.text, start: i.start, end: i.end })),
    issued: issued?.iso ?? null,
    documentNumber: documentNumber?.text ?? null,
    sources,
    body: { start: input.bodyStart, end: input.bodyEnd },
  };
}

/** A 工作要点 without a year in its title is for the year it was issued in. */
function readPeriod(title: string, titleStart: number, body: { text: string; start: number }, genre: string | null, issued: (Located & { iso: string }) | null) {
  const inTitle = periodInTitle(title);
  if (inTitle) return { ...inTitle, source: { text: title.slice(inTitle.start, inTitle.end), start: titleStart + inTitle.start, end: titleStart + inTitle.end } };
  if (genre && ANNUAL_GENRES.includes(genre) && issued) {
    const year = Number(issued.iso.slice(0, 4));
    return { period: [year, year] as [number, number], basis: 'issue-year' as const, source: spanOf(issued) };
  }
  const inBody = periodInBody(body.text, issued ? Number(issued.iso.slice(0, 4)) : null);
  if (!inBody) return null;
  return { ...inBody, source: { text: body.text.slice(inBody.start, inBody.end), start: body.start + inBody.start, end: body.start + inBody.end } };
}

/**
 * The status the plan prints — a line under the title, or a bracket closing the title line (（征求意见稿）,
 * （试行）) — else 印发 when the wrapper shows it was issued.
 */
function readStatus(front: FrontMatter, title: Located | null, wrapper: WrapperReading, statuses: string[]) {
  if (front.status && front.statusLine) return { status: front.status, source: locatedLine(front.statusLine) };
  const closing = title ? closingStatus(title.text, statuses) : null;
  if (title && closing) return { status: closing.status, source: { text: closing.bracket, start: title.start + closing.index, end: title.start + closing.index + closing.bracket.length } };
  if (wrapper.formal) return { status: '印发', source: wrapper.formal };
  return null;
}
