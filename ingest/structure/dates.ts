/**
 * Dates as official documents print them, to ISO 8601 at the precision printed: `2023年12月15日` and
 * `二〇二三年十二月十五日` → 2023-12-15, `二〇二一年四月` → 2021-04, `2022.04.21` and `2023-12-15`
 * (website tables, legal databases) → the same. Impossible dates (2023年2月30日) are not dates.
 */
import { chineseNumeralValue } from '../text/markers.ts';

const YEAR_DIGITS: Record<string, string> = { '〇': '0', '零': '0', '○': '0', 'Ｏ': '0', 'O': '0', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9' };
const NUMERAL = '[0-9]{1,2}|[一二三四五六七八九十]{1,3}';
const YEAR = '(?:19|20)[0-9]{2}|[一二][〇零○Ｏ九][〇零○Ｏ一二三四五六七八九]{2}';

/** 2023年12月15日, 二〇二三年十二月十五日, 2021年4月 — the whole of `text` or at its end, after an issuer. */
const CHINESE_DATE = new RegExp(`(${YEAR})\\s*年\\s*(${NUMERAL})\\s*月(?:\\s*(${NUMERAL})\\s*日)?`, 'u');
/** 2023-12-15, 2022.04.21, 2023/4/21 (information tables and databases). */
const NUMERIC_DATE = /((?:19|20)\d{2})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})(?!\d)/;

function numberOf(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : chineseNumeralValue(text);
}

function yearOf(text: string): number {
  return Number(/^\d+$/.test(text) ? text : [...text].map((c) => YEAR_DIGITS[c] ?? c).join(''));
}

function iso(year: number, month: number | null, day: number | null): string | null {
  if (month === null || month < 1 || month > 12) return null;
  const mm = String(month).padStart(2, '0');
  if (day === null) return `${year}-${mm}`;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || day < 1) return null;
  return `${year}-${mm}-${String(day).padStart(2, '0')}`;
}

export interface FoundDate {
  /** ISO 8601: `2023-12-15`, or `2021-04` when only the month is printed. */
  iso: string;
  start: number;
  end: number;
}

/** The first date in `text`, in either form. */
export function findDate(text: string): FoundDate | null {
  const chinese = CHINESE_DATE.exec(text);
  const numeric = NUMERIC_DATE.exec(text);
  const first = chinese && (!numeric || chinese.index <= numeric.index) ? chinese : numeric;
  if (!first) return null;
  const year = yearOf(first[1] as string);
  const value = iso(year, numberOf(first[2] as string), first[3] === undefined ? null : numberOf(first[3]));
  return value ? { iso: value, start: first.index, end: first.index + first[0].length } : null;
}
