/**
 * The instrument matrix as 政策工具 shows it: the three sides, each with its subtypes, every cell a share
 * of its column's codes (the structure of policy instruments Chinese studies report) and a count of
 * sentences; a cell's address and its words. Pure, unit-tested.
 */
import type { InstrumentMatrix } from '../../../../server/contract.ts';
import type { InstrumentFilter } from '../../api/client.ts';

export type Side = InstrumentMatrix['sides'][number]['side'];
export type Cell = InstrumentMatrix['rows'][number]['cells'][string];
export type Column = InstrumentMatrix['columns'][number];

export interface MatrixRow {
  key: string;
  /** A side's row sums its subtypes. */
  kind: 'side' | 'instrument';
  side: Side;
  code: string | null;
  name: string;
  cells: Record<string, Cell>;
  total: number;
}

/** The rows in order: each side, then its subtypes. */
export function matrixRows(matrix: InstrumentMatrix): MatrixRow[] {
  return matrix.sides.flatMap((side) => [
    { key: `side:${side.side}`, kind: 'side' as const, side: side.side, code: null, name: side.name, cells: side.cells, total: side.total },
    ...matrix.rows
      .filter((row) => row.instrument.side === side.side)
      .map((row) => ({ key: row.instrument.code, kind: 'instrument' as const, side: side.side, code: row.instrument.code, name: row.instrument.name, cells: row.cells, total: row.total })),
  ]);
}

/** The largest share of any subtype cell, for the colour scale. */
export function maxShare(matrix: InstrumentMatrix): number {
  return Math.max(0.0001, ...matrix.rows.flatMap((row) => Object.values(row.cells).map((c) => c.share)));
}

/** Each column's codes by side, as shares adding to one (the stacked bar over the column). */
export function sideShares(matrix: InstrumentMatrix, column: string): { side: Side; name: string; share: number }[] {
  return matrix.sides.map((side) => ({ side: side.side, name: side.name, share: side.cells[column]?.share ?? 0 }));
}

/** A cell of the matrix: a subtype or a whole side, in one column (a city or a plan), or in all. */
export interface CellChoice {
  instrument: string | null;
  side: Side | null;
  column: string | null;
}

/** The coded sentences a cell stands for, as the API filters them. */
export function cellFilter(by: InstrumentMatrix['by'], cell: CellChoice): InstrumentFilter {
  return {
    instrument: cell.instrument,
    side: cell.instrument ? null : cell.side,
    city: by === 'city' ? cell.column : null,
    plan: by === 'plan' ? cell.column : null,
  };
}

/** Whether a choice names a cell at all (an instrument or a side). */
export function isCell(cell: CellChoice): boolean {
  return cell.instrument !== null || cell.side !== null;
}

/** A cell in words: 人才培养与引进 · 泰州市; 供给型 · 全部城市. */
export function cellTitle(matrix: InstrumentMatrix, cell: CellChoice): string {
  const row = cell.instrument ? matrix.rows.find((r) => r.instrument.code === cell.instrument)?.instrument.name : matrix.sides.find((s) => s.side === cell.side)?.name;
  const column = cell.column ? (matrix.columns.find((c) => c.id === cell.column)?.name ?? cell.column) : matrix.by === 'city' ? '全部城市' : '全部规划';
  return `${row ?? cell.instrument ?? cell.side ?? ''} · ${column}`;
}

/** Sequential colour for a share: white → teal, white text on dark cells. */
export function shareColour(share: number, max: number): { background: string; text: string } {
  if (share <= 0) return { background: '#f8fafc', text: '#94a3b8' };
  const t = Math.min(1, Math.sqrt(share / max));
  const from = [236, 253, 245];
  const to = [15, 118, 110];
  const mix = from.map((f, i) => Math.round(f + ((to[i] as number) - f) * t));
  return { background: `rgb(${mix.join(',')})`, text: t > 0.6 ? '#ffffff' : '#0f172a' };
}

/** A plan column's caption: its title without the city it starts with, cut short. */
export function columnCaption(column: Column): string {
  if (!column.plan) return column.name;
  const title = column.city && column.name.startsWith(column.city) ? column.name.slice(column.city.length) : column.name;
  return [...title].length > 14 ? `${[...title].slice(0, 13).join('')}…` : title;
}
