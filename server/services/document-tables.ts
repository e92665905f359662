/**
 * The tables of a plan's normalised text (annexes: 序号 | 地区 | 产业 …), found by the same rules
 * ingest uses, so the reader can show them as tables with headers rather than one cell per line.
 */
import { z } from 'zod';
import { splitTextLines } from '../../ingest/structure/lines.ts';
import { findTables } from '../../ingest/structure/tables.ts';

const CellSchema = z.object({ text: z.string(), start: z.number().int(), end: z.number().int() });
export const DocumentTableSchema = z.object({
  title: z.string(),
  header: z.array(CellSchema),
  rows: z.array(z.object({ group: z.string().nullable(), cells: z.array(CellSchema), start: z.number().int(), end: z.number().int() })),
  /** The table's range in the normalised text. */
  start: z.number().int(),
  end: z.number().int(),
});
export type DocumentTable = z.infer<typeof DocumentTableSchema>;

export function documentTables(normalisedText: string): DocumentTable[] {
  // Sections only tell which heading holds a table, which the reader does not need.
  return findTables(splitTextLines(normalisedText), 0, []).map(({ title, header, rows, start, end }) => ({
    title,
    header,
    rows: rows.map(({ group, cells, start: rowStart, end: rowEnd }) => ({ group, cells, start: rowStart, end: rowEnd })),
    start,
    end,
  }));
}
