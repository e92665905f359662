/**
 * The plan's own title block, from its first line: the title (possibly over two lines), a status line
 * (（征求意见稿）), a 文号, the bodies that drafted it and a date. The body starts at the first numbered
 * heading or ordinary paragraph.
 */
import { lineMarker } from '../text/markers.ts';
import { displayWidth } from '../normalise/join-wraps.ts';
import type { TextLine } from './lines.ts';
import { comparableTitle } from './titles.ts';
import { classifyWrapperLine, type WrapperLine } from './wrapper-lines.ts';

export interface FrontMatter {
  title: string;
  titleLines: TextLine[];
  status: string | null;
  statusLine: TextLine | null;
  issuers: TextLine[];
  /** A date printed under the title (二〇二一年四月, （2024年4月2日）), located in the text. */
  date: { iso: string; text: string; start: number; end: number } | null;
  /** A 文号 printed in the title block, located in the text. */
  documentNumber: { text: string; start: number; end: number } | null;
  /** Index (into the lines array) of the first body line. */
  bodyStart: number;
}

const ORGANISATION_END = /(局|委|委员会|院|研究院|办公室|办|厅|政府|中心|部|处|集团|大学|领导小组)$/;
const MAX_TITLE_LINES = 3;

/** A line that is only a status: （征求意见稿）, 【送审稿】, 征求意见稿. */
function statusOf(text: string, statuses: string[]): string | null {
  const inner = /^[（(［【〔]\s*([^）)］】〕]{2,12}?)\s*[）)］】〕]$/.exec(text)?.[1];
  return statuses.find((s) => text === s || inner?.endsWith(s)) ?? null;
}

function looksLikeBody(line: TextLine): boolean {
  return lineMarker(line.text) !== null || displayWidth(line.text) > 40 || /[。；]/.test(line.text);
}

/** The title lines: as many as spell `knownTitle` when the wrapper named it, else up to a status line, else the first line. */
function titleBlock(head: TextLine[], statusIndex: number, knownTitle: string | null): TextLine[] {
  if (knownTitle !== null) {
    const wanted = comparableTitle(knownTitle);
    const lines: TextLine[] = [];
    for (const line of head.slice(0, MAX_TITLE_LINES)) {
      const joined = comparableTitle([...lines, line].map((l) => l.text).join(''));
      if (!wanted.startsWith(joined) && !joined.startsWith(wanted)) break;
      lines.push(line);
      if (joined.length >= wanted.length) break;
    }
    return lines;
  }
  if (statusIndex === 0) return [];
  if (statusIndex > 0 && statusIndex <= MAX_TITLE_LINES) return head.slice(0, statusIndex);
  const first = head[0];
  return first && !looksLikeBody(first) && !classifyWrapperLine(first.text) ? [first] : [];
}

/**
 * Reads the title block of the plan that starts at line `from`. `knownTitle` is the title the wrapper
 * gave (the plan's first line repeats it, or the plan has no title line of its own).
 */
export function readFrontMatter(lines: TextLine[], from: number, to: number, statuses: string[], knownTitle: string | null): FrontMatter {
  const nonEmpty = lines.slice(from, to).filter((l) => l.text.length > 0);
  const head = nonEmpty.slice(0, 12);
  const statusIndex = head.findIndex((l) => statusOf(l.text, statuses) !== null);
  const titleLines = titleBlock(head, statusIndex, knownTitle);
  const front: FrontMatter = {
    title: titleLines.map((l) => l.text).join(''),
    titleLines,
    status: null,
    statusLine: null,
    issuers: [],
    date: null,
    documentNumber: null,
    bodyStart: to,
  };
  let cursor = titleLines.length;
  for (; cursor < nonEmpty.length; cursor += 1) {
    const line = nonEmpty[cursor] as TextLine;
    const status = statusOf(line.text, statuses);
    const wrapper: WrapperLine | null = classifyWrapperLine(line.text);
    if (status && !front.status) {
      front.status = status;
      front.statusLine = line;
    } else if (line.text === front.title || /^目\s*录$/.test(line.text)) continue;
    else if (wrapper?.kind === 'date') front.date ??= { iso: wrapper.iso, text: line.text.slice(wrapper.start, wrapper.end), start: line.start + wrapper.start, end: line.start + wrapper.end };
    else if (wrapper?.kind === 'document-number') front.documentNumber ??= { text: wrapper.number, start: line.start + wrapper.start, end: line.start + wrapper.start + wrapper.number.length };
    // A 通知 that is itself the policy keeps its addressees under its title: they are no body of the plan.
    else if (wrapper?.kind === 'salutation') continue;
    else if (looksLikeBody(line)) break;
    else if (ORGANISATION_END.test(line.text) && displayWidth(line.text) <= 30) front.issuers.push(line);
    else break;
  }
  const bodyLine = nonEmpty[cursor];
  front.bodyStart = bodyLine ? bodyLine.index : to;
  return front;
}
