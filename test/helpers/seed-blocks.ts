/**
 * A seed's text as the document it was converted from: paragraphs and tables. The fixture builders
 * (make-docx, make-pdf) write these blocks as real Word paragraphs/tables and PDF text/grids, so the
 * readers are tested against documents made from the same content as the .txt seeds.
 *
 * Seed tables come in two shapes: one tab-indented cell per line with rows separated by blank lines
 * (a cell's second paragraph follows a blank line, untabbed), or one row per line with tab-separated
 * cells. Page-number debris (PAGE, —— 13 ——) is dropped: in a real document it lives in the footer.
 */

export type Block = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] };

const PAGE_DEBRIS = [/^PAGE\s*$/, /^[-—–]{1,3}\s*\d{1,4}\s*[-—–]{1,3}$/];

function isCellLine(line: string): boolean {
  return line.startsWith('\t') && line.indexOf('\t', 1) < 0;
}

function isRowLine(line: string): boolean {
  return line.includes('\t') && !isCellLine(line);
}

/** An untabbed line that is the next paragraph of the cell above (…精密制造 / （新能源汽车零部件）). */
function isCellContinuation(lines: string[], i: number): boolean {
  if (lines[i - 1] !== '' || (lines[i] as string).includes('\t')) return false;
  const before = lines[i - 2];
  return before !== undefined && (isCellLine(before) || isCellContinuation(lines, i - 2));
}

function cellPerLineTable(lines: string[], start: number): { rows: string[][]; next: number } {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = start;
  for (; i < lines.length; i += 1) {
    const line = lines[i] as string;
    if (isCellLine(line)) row.push(line.slice(1));
    else if (line === '') {
      const next = lines[i + 1];
      if (next && isCellContinuation(lines, i + 1)) continue;
      if (row.length > 0) rows.push(row);
      row = [];
      if (next === undefined || !isCellLine(next)) break;
    } else if (isCellContinuation(lines, i)) row[row.length - 1] = `${row[row.length - 1] ?? ''}\n${line}`;
    else break;
  }
  if (row.length > 0) rows.push(row);
  return { rows, next: i };
}

function rowPerLineTable(lines: string[], start: number): { rows: string[][]; next: number } {
  const rows: string[][] = [];
  let i = start;
  for (; i < lines.length; i += 1) {
    const line = lines[i] as string;
    if (isRowLine(line)) rows.push(line.split('\t'));
    else if (!(line === '' && isRowLine(lines[i + 1] ?? ''))) break;
  }
  return { rows, next: i };
}

/** A table-of-contents entry (一、总体要求.....\t1) is a paragraph with a tab, not a table row. */
function isTocEntry(line: string): boolean {
  return /(\.{3,}|…{2,})\s*\t\s*\d{1,4}$/.test(line);
}

function startsRowTable(lines: string[], i: number): boolean {
  const line = lines[i] as string;
  if (!isRowLine(line) || isTocEntry(line)) return false;
  const next = lines[i + 1] ?? '';
  return isRowLine(next) || (next === '' && isRowLine(lines[i + 2] ?? ''));
}

export function seedBlocks(text: string): Block[] {
  const lines = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    const table = isCellLine(line) ? cellPerLineTable(lines, i) : startsRowTable(lines, i) ? rowPerLineTable(lines, i) : null;
    if (table) {
      blocks.push({ kind: 'table', rows: table.rows });
      i = table.next;
      continue;
    }
    const trimmed = line.trim();
    if (trimmed && !PAGE_DEBRIS.some((p) => p.test(trimmed))) blocks.push({ kind: 'paragraph', text: line });
    i += 1;
  }
  return blocks;
}

/** The blocks as the readers should render them (cells' paragraphs joined), for checking the fixtures. */
export function blocksText(blocks: Block[]): string {
  return blocks
    .map((b) => (b.kind === 'paragraph' ? b.text.replace(/\t/g, ' ') : b.rows.map((r) => r.map((c) => `\t${c.replace(/\n/g, '')}`).join('\n')).join('\n\n')))
    .join('\n\n');
}
