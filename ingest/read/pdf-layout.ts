/**
 * Positioned text of PDF pages → text in the seeds' shape. Text pieces on one baseline form a line;
 * pieces inside a ruled grid become table cells; running headers, footers and page numbers are
 * dropped; wrapped lines are joined back into paragraphs. A line ends its paragraph when it stops
 * short of the right margin, or the next line is indented, numbered (一、 （二） 3.), in another font
 * size, or further down than the usual line pitch.
 */
import { lineMarker } from '../text/markers.ts';
import { contains, findGrids, type Grid, type Rule } from './pdf-tables.ts';
import { joinPieces, renderBlocks, renderTable } from './text-blocks.ts';

export interface TextPiece {
  text: string;
  /** Left end of the baseline, and the baseline's height (y grows upwards). */
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface PageContent {
  width: number;
  pieces: TextPiece[];
  rules: Rule[];
}

export interface Line {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
  /** Contains a wide gap: an unruled table row, kept as tab-separated cells. */
  tabbed: boolean;
}

type PageItem = { kind: 'line'; line: Line; top: number } | { kind: 'table'; rows: string[][]; top: number };

interface Geometry {
  left: number;
  right: number;
  pitch: number | null;
}

/**
 * A line ending within this many font sizes of the margin is full: line breaking may not start a
 * line with 、or ） and moves the character before it down too, leaving a character's width empty.
 */
const FULL_LINE_SLACK = 2;
const MID_SENTENCE_SLACK = 5;
const SENTENCE_END = /[。！？；：!?;:]$/;

/** A gap this many font sizes wide separates columns of an unruled table. */
const COLUMN_GAP = 2;

function joinLine(pieces: TextPiece[]): Line {
  const sorted = [...pieces].sort((a, b) => a.x - b.x);
  const first = sorted[0] as TextPiece;
  let text = '';
  let right = first.x;
  let tabbed = false;
  for (const piece of sorted) {
    const gap = piece.x - right;
    if (text && gap > COLUMN_GAP * piece.size) {
      text += '\t';
      tabbed = true;
    } else if (text && gap > 0.15 * piece.size && /[A-Za-z0-9%]$/.test(text) && /^[A-Za-z0-9]/.test(piece.text)) text += ' ';
    text += piece.text;
    right = Math.max(right, piece.x + piece.width);
  }
  return { text, left: first.x, right, y: first.y, size: Math.max(...sorted.map((p) => p.size)), tabbed };
}

/** Pieces sharing a baseline (within 40% of the font size), top line first. */
export function lineUp(pieces: TextPiece[]): Line[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextPiece[][] = [];
  for (const piece of sorted) {
    const group = groups[groups.length - 1];
    const anchor = group?.[0];
    if (group && anchor && Math.abs(anchor.y - piece.y) <= 0.4 * Math.max(anchor.size, piece.size)) group.push(piece);
    else groups.push([piece]);
  }
  return groups.map(joinLine);
}

function tableRows(grid: Grid, pieces: TextPiece[]): string[][] {
  const rows = grid.rows.map((row) => row.map((cell) => joinPieces(lineUp(pieces.filter((p) => contains(cell, ...centre(p)))).map((l) => l.text))));
  return rows.filter((cells) => cells.some((c) => c.length > 0));
}

function centre(piece: TextPiece): [number, number] {
  return [piece.x + piece.width / 2, piece.y + 0.35 * piece.size];
}

export function pageItems(page: PageContent): PageItem[] {
  const grids = findGrids(page.rules);
  const flow: TextPiece[] = [];
  const inGrid = new Map<Grid, TextPiece[]>(grids.map((g) => [g, []]));
  for (const piece of page.pieces) {
    const grid = grids.find((g) => g.rows.some((row) => row.some((cell) => contains(cell, ...centre(piece)))));
    if (grid) inGrid.get(grid)?.push(piece);
    else flow.push(piece);
  }
  const items: PageItem[] = lineUp(flow).map((line) => ({ kind: 'line', line, top: line.y + line.size }));
  for (const [grid, pieces] of inGrid) if (pieces.length > 0) items.push({ kind: 'table', rows: tableRows(grid, pieces), top: grid.top });
  return items.sort((a, b) => b.top - a.top);
}

const PAGE_NUMBER = [/^[-—–－─_\s]*\d{1,4}[-—–－─_\s]*$/, /^第\s*\d{1,4}\s*页(\s*[,，]?\s*共\s*\d{1,4}\s*页)?$/, /^\d{1,4}\s*\/\s*\d{1,4}$/, /^page\s*\d+(\s*of\s*\d+)?$/i];

function runningKey(text: string): string {
  return text.replace(/\s+/g, '').replace(/\d+/g, '#');
}

/** Indexes of the lines at the top and bottom of a page, where headers, footers and page numbers sit. */
function marginIndexes(items: PageItem[]): number[] {
  const indexes = [0, 1, items.length - 2, items.length - 1].filter((i) => i >= 0 && i < items.length);
  return [...new Set(indexes)].filter((i) => items[i]?.kind === 'line');
}

/** Drops page numbers, and lines repeated at the top or bottom of 40% of pages (odd/even headers differ). */
export function dropRunningLines(pages: PageItem[][]): PageItem[][] {
  const counts = new Map<string, number>();
  for (const items of pages) {
    const keys = new Set(marginIndexes(items).map((i) => runningKey((items[i] as { line: Line }).line.text)));
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const repeated = (key: string) => pages.length >= 2 && (counts.get(key) ?? 0) >= Math.max(2, pages.length * 0.4);
  return pages.map((items) => {
    const drop = new Set(
      marginIndexes(items).filter((i) => {
        const text = (items[i] as { line: Line }).line.text.trim();
        return PAGE_NUMBER.some((p) => p.test(text)) || repeated(runningKey(text));
      }),
    );
    return items.filter((_, i) => !drop.has(i));
  });
}

function mostCommon(values: number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return best ? best[0] : null;
}

/** The text block's margins and line pitch, from the lines themselves. */
export function geometryOf(pages: PageItem[][]): Geometry {
  const lines = pages.flatMap((items) => items.flatMap((i) => (i.kind === 'line' && !i.line.tabbed ? [i.line] : [])));
  const lefts = lines.map((l) => Math.round(l.left));
  // The leftmost position many lines share: continuation lines sit there, first lines are indented.
  const frequent = [...new Set(lefts)].filter((x) => lefts.filter((l) => l === x).length >= Math.max(2, lines.length * 0.05));
  const left = frequent.length > 0 ? Math.min(...frequent) : Math.min(...lefts);
  // Where full lines end: the median end of the long lines (a few overrun the margin, most stop short).
  const widest = Math.max(...lines.map((l) => l.right));
  const long = lines.map((l) => l.right).filter((r) => r - left >= 0.75 * (widest - left)).sort((a, b) => a - b);
  const right = long[Math.floor(long.length / 2)] ?? widest;
  const gaps: number[] = [];
  for (const items of pages) {
    const flow = items.flatMap((i) => (i.kind === 'line' ? [i.line] : []));
    for (let i = 1; i < flow.length; i += 1) {
      const gap = (flow[i - 1] as Line).y - (flow[i] as Line).y;
      if (gap > 0 && gap < 3 * (flow[i] as Line).size) gaps.push(Math.round(gap));
    }
  }
  return { left, right, pitch: mostCommon(gaps) };
}

export function continuesParagraph(a: Line, b: Line, g: Geometry, samePage: boolean): boolean {
  if (a.tabbed || b.tabbed || Math.abs(a.size - b.size) > 0.6) return false;
  // A line ending mid-sentence may stop further short: line breaking keeps “quoted words” together.
  const slack = SENTENCE_END.test(a.text) ? FULL_LINE_SLACK : MID_SENTENCE_SLACK;
  if (a.right < g.right - slack * a.size || b.left > g.left + 0.6 * b.size) return false;
  if (lineMarker(b.text)) return false;
  return !samePage || g.pitch === null || a.y - b.y <= g.pitch * 1.45;
}

function sameRow(a: string[] | undefined, b: string[] | undefined): boolean {
  return a !== undefined && b !== undefined && a.length === b.length && a.every((cell, i) => cell === b[i]);
}

/** Assembles the pages' items into paragraphs and tables. */
export function layoutText(pages: PageContent[]): string {
  const items = dropRunningLines(pages.map(pageItems));
  // Landscape annex pages have their own margins.
  const byWidth = new Map<number, PageItem[][]>();
  pages.forEach((p, i) => byWidth.set(Math.round(p.width), [...(byWidth.get(Math.round(p.width)) ?? []), items[i] as PageItem[]]));
  const geometry = new Map([...byWidth].map(([width, group]) => [width, geometryOf(group)]));
  const blocks: string[] = [];
  let paragraph: string[] = [];
  let previous: { line: Line; page: number } | null = null;
  let tableHeader: string[] | undefined;
  const flush = () => {
    if (paragraph.length > 0) blocks.push(joinPieces(paragraph));
    paragraph = [];
    previous = null;
  };
  items.forEach((pageItems, page) => {
    const g = geometry.get(Math.round((pages[page] as PageContent).width)) as Geometry;
    for (const item of pageItems) {
      if (item.kind === 'table') {
        flush();
        // A table continued on the next page repeats its header row there; keep it once.
        const rows = sameRow(item.rows[0], tableHeader) ? item.rows.slice(1) : item.rows;
        tableHeader ??= item.rows[0];
        blocks.push(renderTable(rows));
        continue;
      }
      tableHeader = undefined;
      const before = previous as { line: Line; page: number } | null;
      if (!before || !continuesParagraph(before.line, item.line, g, before.page === page)) flush();
      paragraph.push(item.line.text.trim());
      previous = { line: item.line, page };
    }
  });
  flush();
  return renderBlocks(blocks);
}
