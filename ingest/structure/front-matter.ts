/**
 * The block before the body: title (possibly over two lines), status line (（征求意见稿）), issuing
 * bodies and a date. The body starts at the first numbered heading or ordinary paragraph.
 */
import { lineMarker } from '../text/markers.ts';
import { displayWidth } from '../normalise/join-wraps.ts';
import type { TextLine } from './lines.ts';

export interface FrontMatter {
  title: string;
  titleLines: TextLine[];
  status: string | null;
  issuers: TextLine[];
  /** Index (into the lines array) of the first body line. */
  bodyStart: number;
}

const ORGANISATION_END = /(局|委|委员会|院|研究院|办公室|办|厅|政府|中心|部|处|集团|大学)$/;
const DATE_LINE = /^[〇零一二三四五六七八九十○0-9]{4}年([〇零一二三四五六七八九十0-9]{1,2}月)?([〇零一二三四五六七八九十0-9]{1,3}日)?$/;
const MAX_TITLE_LINES = 3;

function statusOf(text: string, statuses: string[]): string | null {
  const inner = /^[（(［【〔]?\s*([^）)］】〕]{2,12}?)\s*[）)］】〕]?$/.exec(text)?.[1];
  if (!inner) return null;
  return statuses.find((s) => inner === s || inner.endsWith(s)) ?? null;
}

function looksLikeBody(line: TextLine): boolean {
  return lineMarker(line.text) !== null || displayWidth(line.text) > 40 || /[。；]/.test(line.text);
}

export function readFrontMatter(lines: TextLine[], statuses: string[]): FrontMatter {
  const nonEmpty = lines.filter((l) => l.text.length > 0);
  const head = nonEmpty.slice(0, 12);
  const statusIndex = head.findIndex((l) => statusOf(l.text, statuses) !== null);

  let titleLines: TextLine[];
  let cursor: number;
  let status: string | null = null;
  if (statusIndex > 0 && statusIndex <= MAX_TITLE_LINES) {
    titleLines = head.slice(0, statusIndex);
    status = statusOf((head[statusIndex] as TextLine).text, statuses);
    cursor = statusIndex + 1;
  } else {
    const first = head[0];
    titleLines = first && !looksLikeBody(first) ? [first] : [];
    cursor = titleLines.length;
    if (statusIndex === 0) {
      status = statusOf((head[0] as TextLine).text, statuses);
      cursor = 1;
    }
  }
  const title = titleLines.map((l) => l.text).join('');

  const issuers: TextLine[] = [];
  while (cursor < nonEmpty.length) {
    const line = nonEmpty[cursor] as TextLine;
    if (looksLikeBody(line)) break;
    if (line.text === title || DATE_LINE.test(line.text) || /^目\s*录$/.test(line.text)) cursor += 1;
    else if (ORGANISATION_END.test(line.text) && displayWidth(line.text) <= 30) {
      issuers.push(line);
      cursor += 1;
    } else break;
  }
  const bodyLine = nonEmpty[cursor];
  return { title, titleLines, status, issuers, bodyStart: bodyLine ? bodyLine.index : lines.length };
}
