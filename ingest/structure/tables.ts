/**
 * Tables as the converters left them: either one cell per tab-indented line with rows separated by
 * blank lines, or one row per line with cells separated by tabs. A row with a single cell in a wider
 * table is a group heading (大健康产业（生物医药、健康食品）) for the rows below it.
 */
import { lineMarker } from '../text/markers.ts';
import { displayWidth } from '../normalise/join-wraps.ts';
import { isTableLine, type TextLine } from './lines.ts';
import type { Section, Table, TableCell, TableRow } from './schema.ts';

function cellsOfRowLine(line: TextLine): TableCell[] {
  const cells: TableCell[] = [];
  let start = 0;
  for (let i = 0; i <= line.text.length; i += 1) {
    if (i === line.text.length || line.text[i] === '\t') {
      const raw = line.text.slice(start, i);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      cells.push({ text, start: line.start + start + lead, end: line.start + start + lead + text.length });
      start = i + 1;
    }
  }
  return cells;
}

function isCellLine(line: TextLine): boolean {
  return line.text.startsWith('\t') && line.text.indexOf('\t', 1) < 0;
}

/** A short untabbed line inside a one-cell-per-line table: the rest of the cell above (（亿元）). */
function isCellContinuation(lines: TextLine[], i: number): boolean {
  const line = lines[i] as TextLine;
  if (line.text.length === 0 || isTableLine(line) || lineMarker(line.text) || displayWidth(line.text) > 24) return false;
  const previous = lines.slice(0, i).reverse().find((l) => l.text.length > 0);
  if (!previous || !(isCellLine(previous) || isCellContinuation(lines, previous.index))) return false;
  const following = lines.slice(i + 1, i + 6).filter((l) => l.text.length > 0).slice(0, 2);
  return following.some((l) => isCellLine(l));
}

/** Rows of a one-cell-per-line table: a blank line ends a row unless a cell continuation follows. */
function cellPerLineRows(lines: TextLine[], first: number, last: number): TableCell[][] {
  const rows: TableCell[][] = [];
  let row: TableCell[] = [];
  for (let i = first; i <= last; i += 1) {
    const line = lines[i] as TextLine;
    if (line.text.length === 0) {
      const next = lines.slice(i + 1, last + 1).find((l) => l.text.length > 0);
      if (next && !isTableLine(next)) continue;
      if (row.length > 0) rows.push(row);
      row = [];
      continue;
    }
    if (!isTableLine(line)) {
      const cell = row[row.length - 1];
      if (cell) row[row.length - 1] = { text: cell.text + line.text.trim(), start: cell.start, end: line.end };
      continue;
    }
    const [, cell] = cellsOfRowLine(line);
    if (cell) row.push(cell);
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

function rowPerLineRows(lines: TextLine[], first: number, last: number): TableCell[][] {
  return lines
    .slice(first, last + 1)
    .filter((l) => l.text.length > 0)
    .map((l) => (l.text.startsWith('\t') ? cellsOfRowLine(l).slice(1) : cellsOfRowLine(l)));
}

/**
 * A two-row header (总量规模 | 项目推进 … over 产值（亿元） | 规上企业数（家） …): the lower row names
 * the columns; its empty leading cells take the upper row's labels (序号, 地区).
 */
function mergeHeader(rows: TableCell[][]): TableCell[][] {
  const [top, second, ...rest] = rows;
  if (!top || !second || !rest[0]) return rows;
  const dataWidth = rest[0].length;
  if (top.length >= dataWidth || second.length !== dataWidth || (second[0] as TableCell).text !== '') return rows;
  const header = second.map((cell, i) => (cell.text === '' && top[i] ? (top[i] as TableCell) : cell));
  return [header, ...rest];
}

function captionBefore(lines: TextLine[], first: number): string {
  for (let i = first - 1; i >= Math.max(0, first - 3); i -= 1) {
    const line = lines[i] as TextLine;
    if (line.text.length === 0) continue;
    if (isTableLine(line)) return '';
    const marker = lineMarker(line.text);
    const text = (marker ? line.text.slice(marker.raw.length) : line.text).trim();
    return displayWidth(text) <= 60 ? text : '';
  }
  return '';
}

/** 合计 | 6113 | 7452 under 序号 | 重点产业链 | 2024年 …: the label spans the serial column too. */
function alignLabelRow(cells: TableCell[], header: TableCell[]): TableCell[] {
  const first = cells[0];
  if (!first || cells.length !== header.length - 1 || !/^(序号|编号)$/.test((header[0] as TableCell).text) || /^\d+$/.test(first.text)) return cells;
  return [{ text: '', start: first.start, end: first.start }, ...cells];
}

export function findTables(lines: TextLine[], bodyStart: number, sections: Section[]): Table[] {
  const tables: Table[] = [];
  let i = bodyStart;
  while (i < lines.length) {
    if (!isTableLine(lines[i] as TextLine)) {
      i += 1;
      continue;
    }
    const first = i;
    let last = i;
    while (i < lines.length) {
      const line = lines[i] as TextLine;
      if (isTableLine(line)) last = i;
      else if (line.text.length > 0 && !isCellContinuation(lines, i)) break;
      i += 1;
    }
    const run = lines.slice(first, last + 1);
    const cellPerLine = run.every((l) => l.text.length === 0 || isCellLine(l) || !isTableLine(l));
    const rows = mergeHeader(cellPerLine ? cellPerLineRows(lines, first, last) : rowPerLineRows(lines, first, last));
    if (rows.length < 2) continue;
    const [header, ...body] = rows as [TableCell[], ...TableCell[][]];
    const width = header.length;
    const tableRows: TableRow[] = [];
    let group: string | null = null;
    for (const cells of body) {
      const filled = cells.filter((c) => c.text.length > 0);
      if (filled.length === 1 && width > 2 && cells.length < width) {
        group = (filled[0] as TableCell).text;
        continue;
      }
      tableRows.push({ cells: alignLabelRow(cells, header), group, start: (cells[0] as TableCell).start, end: (cells[cells.length - 1] as TableCell).end });
    }
    const start = (run[0] as TextLine).start;
    const end = (run[run.length - 1] as TextLine).end;
    const containing = sections.filter((s) => s.start <= start && s.end >= end);
    tables.push({
      index: tables.length,
      title: captionBefore(lines, first),
      section: containing.length > 0 ? (containing[containing.length - 1] as Section).index : null,
      header,
      rows: tableRows,
      start,
      end,
    });
  }
  return tables;
}
