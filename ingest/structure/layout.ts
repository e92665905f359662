/**
 * The plan inside its wrapper. Published plans arrive inside the 通知 that issues them, often below a
 * website's information table or a legal database's header, sometimes with the notice after the plan
 * or the plan attached as 附件. This finds where the plan itself begins and ends, and reads what the
 * wrapper says about it: the plan's title (inside 《》), the issuer and date of the signature block,
 * the 文号, the information table's fields — each with its offsets.
 *
 * Head: the wrapper ends after its last anchor line (a notice title, 文号, salutation, transmittal,
 * information field or publication marker) and the signature lines after it; the scan stops at the
 * first line of running text that is none of these. Tail: from the end back, any run of wrapper lines
 * (a notice after the plan, a signature, a distribution block).
 */
import { lineMarker } from '../text/markers.ts';
import { displayWidth } from '../normalise/join-wraps.ts';
import { findDate } from './dates.ts';
import type { InfoField } from './info-fields.ts';
import type { TextLine } from './lines.ts';
import type { Located } from './schema.ts';
import { comparableTitle } from './titles.ts';
import { anchorsWrapper, classifyWrapperLine, type WrapperLine } from './wrapper-lines.ts';

export type LocatedDate = Located & { iso: string };

export interface WrapperReading {
  /** Index (into all lines) of the plan's first line, and of the first line after it. */
  planStart: number;
  planEnd: number;
  /** The plan's title as the wrapper names it (现将《X》印发给你们, 关于印发X的通知). */
  title: Located | null;
  /** Issuing bodies: signature block first, then the information table, then the notice title's head. */
  issuers: Located[];
  issued: LocatedDate | null;
  documentNumber: Located | null;
  /** The first line showing the document was issued: a notice, a 文号, an information table, a publication marker. */
  formal: Located | null;
  /**
   * Wrapper lines that name bodies — the salutation's addressees, the transmittal (经市政府同意), the
   * signature — read for departments like the plan's own sentences, though they are not the plan.
   */
  namingLines: Located[];
}

/** The wrapper lines whose bodies count as named by the document (a site's table or menu does not). */
const NAMING_KINDS = new Set<WrapperLine['kind']>(['salutation', 'transmittal', 'issuer', 'signature', 'letterhead']);

const HEAD_LINES = 80;
const TAIL_LINES = 40;
/** Lines that may follow the last anchor and still belong to the notice: its signature, date, annex line. */
const SIGNATURE_KINDS = new Set<WrapperLine['kind']>(['issuer', 'date', 'signature', 'publication', 'annex', 'distribution', 'document-number']);

interface Classified {
  line: TextLine;
  wrapper: WrapperLine | null;
}

/**
 * Where the head wrapper ends: after its last anchor, before the first line of running text (a
 * numbered heading, a sentence) that is no wrapper line. Short unknown lines — a site's menu, the
 * plan's own title — do not stop the scan.
 */
function headEnd(lines: Classified[]): number {
  let lastAnchor = -1;
  for (let i = 0; i < Math.min(lines.length, HEAD_LINES); i += 1) {
    const { line, wrapper } = lines[i] as Classified;
    const marker = lineMarker(line.text);
    if (!wrapper && ((marker && marker.kind !== 'annex') || /[。；]/.test(line.text))) break;
    if (wrapper && anchorsWrapper(wrapper)) lastAnchor = i;
  }
  if (lastAnchor < 0) return 0;
  let end = lastAnchor + 1;
  while (end < lines.length && SIGNATURE_KINDS.has((lines[end] as Classified).wrapper?.kind as WrapperLine['kind'])) end += 1;
  return end;
}

function tailStart(lines: Classified[], floor: number): number {
  let start = lines.length;
  while (start > floor && lines.length - start < TAIL_LINES && (lines[start - 1] as Classified).wrapper) start -= 1;
  // A lone issuer or date at the end is the plan's own signature only with its partner beside it.
  const block = lines.slice(start).map((l) => l.wrapper?.kind);
  const signed = block.includes('signature') || (block.includes('issuer') && block.includes('date'));
  return signed || block.some((k) => k !== 'issuer' && k !== 'date') ? start : lines.length;
}

/** The line where the plan named `title` begins: it repeats the title (possibly over two lines) before `to`. */
function titleLine(lines: Classified[], from: number, to: number, title: string): number {
  const wanted = comparableTitle(title);
  for (let i = from; i < to; i += 1) {
    const { line, wrapper } = lines[i] as Classified;
    if (wrapper?.kind === 'notice-title' || displayWidth(line.text) > 80) continue;
    const here = comparableTitle(line.text);
    const joined = here + comparableTitle((lines[i + 1] as Classified | undefined)?.line.text ?? '');
    if (here === wanted || (here.length >= 4 && wanted.startsWith(here) && joined.startsWith(wanted))) return i;
  }
  return -1;
}

/**
 * Each non-empty line with what it is in a wrapper. A notice title printed over two lines is read as
 * one (关于印发某某市推进 / 新型工业化三年行动计划的通知): the first line stands for both.
 */
function classifyLines(lines: TextLine[], text: string): Classified[] {
  const present = lines.filter((l) => l.text.length > 0);
  const classified: Classified[] = [];
  for (let i = 0; i < present.length; i += 1) {
    const line = present[i] as TextLine;
    const wrapper = classifyWrapperLine(line.text);
    const next = present[i + 1];
    if (!wrapper && next && displayWidth(line.text) <= 60) {
      const joined: TextLine = { index: line.index, text: text.slice(line.start, next.end), start: line.start, end: next.end };
      const notice = classifyWrapperLine(joined.text);
      if (notice?.kind === 'notice-title') {
        classified.push({ line: joined, wrapper: notice });
        i += 1;
        continue;
      }
    }
    classified.push({ line, wrapper });
  }
  return classified;
}

function located(line: TextLine, start: number, text: string): Located {
  return { text, start: line.start + start, end: line.start + start + text.length };
}

function fieldValue(line: TextLine, field: InfoField): Located {
  return { text: field.value, start: line.start + field.start, end: line.start + field.end };
}

/**
 * Reads the wrapper around the plan in `lines` (all lines of the normalised text `text`). Everything
 * before the line that repeats the plan's title belongs to the notice — its own requirements and
 * signature included — and so does a tail of wrapper lines.
 */
export function readWrapper(lines: TextLine[], text: string): WrapperReading {
  const classified = classifyLines(lines, text);
  const head = headEnd(classified);
  const tail = tailStart(classified, head);
  const title = collect([...classified.slice(0, head), ...classified.slice(tail)]).title;

  let first = head;
  if (title) {
    const noticeAt = classified.slice(0, head).findIndex((c) => c.wrapper?.kind === 'notice-title');
    const repeated = titleLine(classified, noticeAt + 1, tail, title.text);
    if (repeated >= 0) first = repeated;
  } else if (head > 0) {
    // No title in the wrapper: a short line before the first anchor is the plan's own title (a 文号 under it).
    const firstAnchor = classified.findIndex((c) => c.wrapper && anchorsWrapper(c.wrapper));
    const own = classified.slice(0, firstAnchor).findIndex((c) => !c.wrapper);
    if (own >= 0) first = own;
  }
  const wrapperLines = [...classified.slice(0, Math.max(first, head)), ...classified.slice(tail)];
  const reading = collect(wrapperLines);
  const formalLine = wrapperLines.find((c) => c.wrapper && anchorsWrapper(c.wrapper));
  const lineIndex = (i: number) => (classified[i] as Classified | undefined)?.line.index;
  return {
    ...reading,
    planStart: lineIndex(first) ?? lines.length,
    planEnd: lineIndex(tail) ?? lines.length,
    formal: formalLine ? { text: formalLine.line.text, start: formalLine.line.start, end: formalLine.line.end } : null,
    namingLines: wrapperLines.filter((c) => c.wrapper && NAMING_KINDS.has(c.wrapper.kind)).map((c) => located(c.line, 0, c.line.text)),
  };
}

type Collected = Pick<WrapperReading, 'title' | 'issuers' | 'issued' | 'documentNumber'>;

/** What the wrapper lines say, strongest source first for each value. */
function collect(lines: Classified[]): Collected {
  const titles: Located[] = [];
  const signatures: Located[] = [];
  const tableIssuers: Located[] = [];
  const noticeIssuers: Located[] = [];
  const letterheads: Located[] = [];
  const dates: LocatedDate[] = [];
  const printed: LocatedDate[] = [];
  const tableDates: { date: LocatedDate; published: boolean }[] = [];
  const numbers: Located[] = [];
  lines.forEach(({ line, wrapper }, i) => {
    if (!wrapper) return;
    const next = lines[i + 1]?.wrapper;
    switch (wrapper.kind) {
      case 'transmittal':
        if (wrapper.title) titles.unshift(located(line, wrapper.titleStart, wrapper.title));
        break;
      case 'letterhead':
        letterheads.push(located(line, 0, wrapper.issuer));
        break;
      case 'distribution': {
        // 某某市人民政府办公室 2024年3月8日印发: the day it was printed, a last resort for the date.
        const date = findDate(line.text);
        if (date) printed.push({ ...located(line, date.start, line.text.slice(date.start, date.end)), iso: date.iso });
        break;
      }
      case 'notice-title':
      case 'annex':
        if (wrapper.title) titles.push(located(line, wrapper.titleStart, wrapper.title));
        if (wrapper.kind === 'notice-title' && wrapper.issuer) noticeIssuers.push(located(line, 0, wrapper.issuer));
        break;
      case 'issuer':
        // An issuer is a signature when its date follows (possibly after a joint issuer's line).
        if (next?.kind === 'date' || next?.kind === 'issuer') signatures.push(...wrapper.names.map((n) => located(line, n.start, n.name)));
        break;
      case 'signature':
        signatures.push(located(line, 0, wrapper.name));
        dates.push({ ...located(line, wrapper.dateStart, line.text.slice(wrapper.dateStart, wrapper.dateEnd)), iso: wrapper.iso });
        break;
      case 'date':
        if (lines[i - 1]?.wrapper?.kind === 'issuer') dates.push({ ...located(line, wrapper.start, line.text.slice(wrapper.start, wrapper.end)), iso: wrapper.iso });
        break;
      case 'document-number':
        numbers.push(located(line, wrapper.start, wrapper.number));
        break;
      case 'info':
        for (const field of wrapper.fields) readField(line, field, { titles, tableIssuers, tableDates, numbers });
        break;
      default:
    }
  });
  const tableDate = tableDates.find((d) => !d.published) ?? tableDates[0];
  const title = titles[0];
  return {
    title: title ? { ...title, text: title.text.replace(/\s+/g, '') } : null,
    issuers: dedupe([...signatures, ...tableIssuers, ...noticeIssuers.filter((n) => n.text.length >= 4), ...letterheads]),
    issued: dates[0] ?? tableDate?.date ?? printed[0] ?? null,
    documentNumber: numbers[0] ?? null,
  };
}

function readField(
  line: TextLine,
  field: InfoField,
  into: { titles: Located[]; tableIssuers: Located[]; tableDates: { date: LocatedDate; published: boolean }[]; numbers: Located[] },
): void {
  if (field.value.length === 0) return;
  if (field.kind === 'title') {
    // 内容概述 关于印发《X》的通知: the plan's title is inside.
    const notice = classifyWrapperLine(field.value);
    if (notice?.kind === 'notice-title') into.titles.push(located(line, field.start + notice.titleStart, notice.title));
    else into.titles.push(fieldValue(line, field));
  } else if (field.kind === 'issuer') into.tableIssuers.push(fieldValue(line, field));
  else if (field.kind === 'number') into.numbers.push(fieldValue(line, field));
  else if (field.kind === 'issued' || field.kind === 'published') {
    const date = classifyWrapperLine(field.value);
    if (date?.kind === 'date') into.tableDates.push({ date: { ...fieldValue(line, field), iso: date.iso }, published: field.kind === 'published' });
  }
}

function dedupe(items: Located[]): Located[] {
  return items.filter((item, i) => items.findIndex((other) => other.text === item.text) === i);
}
