/**
 * Completion times, a property of a task and never a body: （完成时限：2024年12月底前）, 持续推进,
 * （2022年12月底完成，牵头考核单位：…）, （6月底完成，…） in a plan for one year, a 完成时限 column.
 * The date is the last day the wording allows (2024年6月底前 → 2024-06-30); ongoing or recurring
 * wordings (持续推进, 每季度) have none.
 */
import type { Deadline } from './schema.ts';

/** Words naming a completion time, as a label (完成时限：…) or a task table's column. */
export const DEADLINE_WORDS = /完成时限|完成时间|完成期限|时间节点|时限要求|进度安排|时间安排|时限/;
export const DEADLINE_LABEL = new RegExp(`(?:${DEADLINE_WORDS.source})\\s*[：:]`);

const ONGOING = /^(?:持续推进|长期推进|持续实施|长期坚持|持续开展|长期实施|常态化推进|常态化开展|常态化|长期|持续|每年|每季度|每月|按年度推进|逐年推进)(?:完成|落实|实施)?$/;
const YEAR = '((?:19|20)\\d\\d|[〇零○一二三四五六七八九]{4})年';
const PERIOD = '(?:(\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:(\\d{1,2})日)?|([上下])半年|第?([一二三四1-4])季度|(全年|年内|年底|年末|底))';
const DATED = new RegExp(`^(?:${YEAR})?${PERIOD}?(?:底|末|中旬|下旬|上旬)?(?:前|以前|之前)?(?:全面)?(?:完成|启动|建成|见效|到位|落实)?$`);
const RANGE = new RegExp(`^${YEAR.replace('年', '')}\\s*[-—–－~至到]\\s*${YEAR}(?:底|末)?(?:前)?(?:完成)?$`);

const CN_DIGIT: Record<string, string> = { 〇: '0', 零: '0', '○': '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const CN_MONTH: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

function yearOf(text: string | undefined): number | null {
  if (!text) return null;
  return Number(/^\d+$/.test(text) ? text : [...text].map((c) => CN_DIGIT[c] ?? '').join(''));
}

function lastDay(year: number, month: number, day?: number): string {
  const last = day ?? new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/** Whether `text` (trimmed) is a completion time and nothing else. */
export function isDeadline(text: string): boolean {
  const t = text.trim().replace(/^(?:于|在|力争|确保)/, '');
  if (t.length === 0) return false;
  return ONGOING.test(t) || RANGE.test(t) || (DATED.test(t) && /[年月季底末]/.test(t));
}

/**
 * Whether a bracket holding only `text` states a completion time: （持续推进）, （2024年6月底前）; a bare
 * year or span (（2025年）, （2023—2025年）) is more often a gloss than a deadline.
 */
export function isStandaloneDeadline(text: string): boolean {
  return isDeadline(text) && /前|底|末|完成|月|季度|半年|持续|长期|常态|每/.test(text);
}

/**
 * The last day a completion time allows; `defaultYear` stands in for a missing year (6月底前 in a
 * plan for 2024).
 */
export function deadlineDate(text: string, defaultYear: number | null): string | null {
  const t = text.trim().replace(/^(?:于|在|力争|确保)/, '');
  if (ONGOING.test(t)) return null;
  const range = RANGE.exec(t);
  if (range) return `${yearOf(range[2])}-12-31`;
  const dated = DATED.exec(t);
  if (!dated) return null;
  const [, yearText, month, day, half, quarter, wholeYear] = dated;
  const year = yearOf(yearText) ?? defaultYear;
  if (year === null) return null;
  if (month) return lastDay(year, /^\d+$/.test(month) ? Number(month) : (CN_MONTH[month] as number), day ? Number(day) : undefined);
  if (half) return lastDay(year, half === '上' ? 6 : 12);
  if (quarter) return lastDay(year, 3 * Number(/\d/.test(quarter) ? quarter : CN_MONTH[quarter]));
  if (wholeYear || yearText) return lastDay(year, 12);
  return null;
}

export function makeDeadline(text: string, start: number, defaultYear: number | null): Deadline {
  return { text, date: deadlineDate(text, defaultYear), start, end: start + text.length };
}
