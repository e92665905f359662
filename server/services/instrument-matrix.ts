/**
 * The instrument × city (or × plan) matrix: per subtype and per side, how many sentences of each
 * column's plans use it and what share of the column's codes that is — the “structure of policy
 * instruments” Chinese studies report — and the coding sheet as CSV.
 */
import { z } from 'zod';
import { csvTable } from '../../core/text-formats.ts';
import { InstrumentSideSchema, INSTRUMENT_SIDES } from '../../graph/schema.ts';
import type { InstrumentScheme } from '../../lexicon/index.ts';
import { PlanRefSchema } from '../schemas/common.ts';
import { InstrumentRefSchema, type CodedSentence } from './instruments.ts';

export const MATRIX_COLUMNS = ['city', 'plan'] as const;

const CellSchema = z.object({
  sentences: z.number().int().describe('sentences of the column coded with it'),
  tasks: z.number().int().describe('tasks with at least one such sentence'),
  share: z.number().describe('its codes over all codes of the column, 0–1'),
});

export const InstrumentMatrixSchema = z.object({
  by: z.enum(MATRIX_COLUMNS),
  columns: z.array(
    z.object({
      /** City name, or plan id. */
      id: z.string(),
      name: z.string(),
      city: z.string().nullable(),
      plan: PlanRefSchema.nullable(),
      sentences: z.number().int().describe('coded sentences'),
      codes: z.number().int().describe('sentence × instrument codes'),
    }),
  ),
  rows: z.array(z.object({ instrument: InstrumentRefSchema, cells: z.record(z.string(), CellSchema), total: z.number().int() })),
  sides: z.array(z.object({ side: InstrumentSideSchema, name: z.string(), cells: z.record(z.string(), CellSchema), total: z.number().int() })),
});
export type InstrumentMatrix = z.infer<typeof InstrumentMatrixSchema>;

type Column = InstrumentMatrix['columns'][number];

function columnOf(row: CodedSentence, by: InstrumentMatrix['by']): Omit<Column, 'sentences' | 'codes'> | null {
  if (by === 'plan') return { id: row.plan.id, name: row.plan.title, city: row.plan.city, plan: row.plan };
  return row.plan.city ? { id: row.plan.city, name: row.plan.city, city: row.plan.city, plan: null } : null;
}

function cell(rows: CodedSentence[], columnCodes: number): z.infer<typeof CellSchema> {
  const sentences = new Set(rows.map((r) => `${r.evidence.plan}|${r.evidence.start}`)).size;
  const tasks = new Set(rows.map((r) => r.task?.id).filter((t) => t !== undefined)).size;
  return { sentences, tasks, share: columnCodes === 0 ? 0 : Math.round((rows.length / columnCodes) * 1000) / 1000 };
}

export function instrumentMatrix(scheme: InstrumentScheme, coded: CodedSentence[], by: InstrumentMatrix['by']): InstrumentMatrix {
  const byColumn = new Map<string, { column: Omit<Column, 'sentences' | 'codes'>; rows: CodedSentence[] }>();
  for (const row of coded) {
    const column = columnOf(row, by);
    if (!column) continue;
    const entry = byColumn.get(column.id) ?? { column, rows: [] };
    entry.rows.push(row);
    byColumn.set(column.id, entry);
  }
  const entries = [...byColumn.values()].sort((a, b) => (a.column.city ?? '').localeCompare(b.column.city ?? '') || a.column.name.localeCompare(b.column.name));
  const columns = entries.map(({ column, rows }) => ({ ...column, sentences: cell(rows, rows.length).sentences, codes: rows.length }));
  const cellsOf = (keep: (row: CodedSentence) => boolean) => {
    const cells: Record<string, z.infer<typeof CellSchema>> = {};
    for (const { column, rows } of entries) {
      const own = rows.filter(keep);
      if (own.length > 0) cells[column.id] = cell(own, rows.length);
    }
    return cells;
  };
  const total = (keep: (row: CodedSentence) => boolean) => coded.filter((r) => keep(r) && columnOf(r, by) !== null).length;
  return {
    by,
    columns,
    rows: scheme.entries.map((e) => {
      const keep = (r: CodedSentence) => r.instrument.code === e.id;
      return { instrument: { code: e.id, name: e.name, side: e.side }, cells: cellsOf(keep), total: total(keep) };
    }),
    sides: INSTRUMENT_SIDES.map((side) => {
      const keep = (r: CodedSentence) => r.instrument.side === side;
      return { side, name: scheme.sides.find((s) => s.id === side)?.name ?? side, cells: cellsOf(keep), total: total(keep) };
    }),
  };
}

const SHEET_COLUMNS = [
  'plan', 'plan_title', 'city', 'section', 'task', 'side', 'instrument', 'instrument_name', 'cue', 'sentence', 'start', 'end',
] as const;

/** The coding sheet: one row per coded sentence and instrument; `start`/`end` index the original file. */
export function codingSheetCsv(rows: CodedSentence[], sideName: (side: string) => string): string {
  const lines = rows.map((r) => {
    const cells: Record<(typeof SHEET_COLUMNS)[number], string> = {
      plan: r.plan.id,
      plan_title: r.plan.title,
      city: r.plan.city ?? '',
      section: r.section ? `${r.section.number}${r.section.title}` : '',
      task: r.task ? r.task.name : '',
      side: sideName(r.instrument.side),
      instrument: r.instrument.code,
      instrument_name: r.instrument.name,
      cue: r.cue,
      sentence: r.evidence.quote ?? r.evidence.text,
      start: String(r.evidence.start),
      end: String(r.evidence.end),
    };
    return SHEET_COLUMNS.map((c) => cells[c]);
  });
  return csvTable([[...SHEET_COLUMNS], ...lines]);
}
