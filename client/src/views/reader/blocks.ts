/**
 * A plan's text as the reader draws it: runs of prose (cut into highlighted segments) and tables (a
 * header, rows of cells, each cell cut into segments too), with the evidence in focus marked. Pure.
 */
import type { DocumentDetail } from '../../../../server/contract.ts';
import { segmentText, type Segment } from './segments.ts';

type Table = DocumentDetail['tables'][number];
type Range = { start: number; end: number };

export interface TableRowBlock {
  group: string | null;
  cells: Segment[][];
  /** The evidence in focus lies in this row. */
  focus: boolean;
}

export type Block = { kind: 'text'; start: number; segments: Segment[] } | { kind: 'table'; start: number; title: string; header: string[]; rows: TableRowBlock[] };

const meets = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

function tableBlock(detail: DocumentDetail, table: Table, focus: Range | null): Block {
  const width = Math.max(table.header.length, ...table.rows.map((r) => r.cells.length));
  const rows = table.rows.map((row) => ({
    group: row.group,
    cells: Array.from({ length: width }, (_, i) => {
      const cell = row.cells[i];
      return cell ? segmentText(detail.text, detail.highlights, focus, cell) : [];
    }),
    focus: focus !== null && meets(focus, row),
  }));
  return { kind: 'table', start: table.start, title: table.title, header: table.header.map((c) => c.text), rows };
}

export function documentBlocks(detail: DocumentDetail): Block[] {
  const focus = detail.focus && detail.focus.end > detail.focus.start ? detail.focus : null;
  const blocks: Block[] = [];
  let cursor = 0;
  const prose = (end: number) => {
    if (end > cursor) blocks.push({ kind: 'text', start: cursor, segments: segmentText(detail.text, detail.highlights, focus, { start: cursor, end }) });
  };
  for (const table of [...detail.tables].sort((a, b) => a.start - b.start)) {
    if (table.start < cursor) continue;
    prose(table.start);
    blocks.push(tableBlock(detail, table, focus));
    cursor = table.end;
  }
  prose(detail.text.length);
  return blocks;
}
