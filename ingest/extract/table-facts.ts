/**
 * What tables state, row by row: the plan's own industry names, which region hosts each, which
 * department oversees it (挂钩部门), and the numeric targets and baselines in year columns.
 */
import type { Table, TableCell } from '../structure/schema.ts';
import type { ExtractContext } from './context.ts';
import type { TableFact, TargetCandidate } from './schema.ts';
import { classifyColumns, cleanCell, isNumberCell, type NumericColumn } from './table-columns.ts';

export interface TableExtraction {
  documentIndustries: { term: string; group: string | null }[];
  facts: TableFact[];
  targets: TargetCandidate[];
}

/** 功能性食品（保健食品、休闲食品…） → 功能性食品; 油气钻采井口装备★ → 油气钻采井口装备. */
export function industryTerm(cell: string): string {
  return cleanCell(cell).replace(/[（(][^）)]*[）)]$/, '').trim();
}

function cellSpan(cell: TableCell | undefined): { surface: string; start: number; end: number } | null {
  if (!cell || cell.text.length === 0) return null;
  return { surface: cleanCell(cell.text), start: cell.start, end: cell.end };
}

function rowSentence(context: ExtractContext, table: number, row: number): number {
  return context.sentences.findIndex((s) => s.table === table && s.row === row);
}

function rowTargets(context: ExtractContext, table: Table, rowIndex: number, subjectCell: TableCell | undefined, numeric: NumericColumn[]): TargetCandidate[] {
  const row = table.rows[rowIndex];
  const sentence = rowSentence(context, table.index, rowIndex);
  if (!row || !subjectCell || sentence < 0) return [];
  const subject = industryTerm(subjectCell.text);
  if (subject.length === 0) return [];
  const targets: TargetCandidate[] = [];
  for (const column of numeric.filter((c) => c.target)) {
    const cell = row.cells[column.column];
    if (!cell || !isNumberCell(cell.text)) continue;
    const baselineColumn = numeric.find((c) => !c.target && c.metric.slice(0, 2) === column.metric.slice(0, 2) && c.year !== null);
    const baselineCell = baselineColumn ? row.cells[baselineColumn.column] : undefined;
    const unitFromIndicator = /[（(]([^）)]{1,6})[）)]$/.exec(cleanCell(subjectCell.text))?.[1];
    targets.push({
      subject,
      // An indicator table's year columns (2020年 | 2025年) carry no metric; the row names it.
      metric: /^[\d\s年]*$/.test(column.metric) ? subject : column.metric,
      value: Number(cleanCell(cell.text)),
      unit: unitFromIndicator ?? column.unit,
      year: column.annual ? null : column.year,
      yearImplied: false,
      annual: column.annual,
      qualifier: '',
      origin: 'table',
      ...(baselineColumn?.year && baselineCell && isNumberCell(baselineCell.text)
        ? { baseline: { year: baselineColumn.year, value: Number(cleanCell(baselineCell.text)) } }
        : {}),
      start: row.start,
      end: row.end,
      sentence,
      subjectStart: subjectCell.start,
      subjectEnd: subjectCell.end,
    });
  }
  return targets;
}

export function extractTables(context: ExtractContext): TableExtraction {
  const result: TableExtraction = { documentIndustries: [], facts: [], targets: [] };
  const period = context.document.meta.period;
  const units = context.lexicon.source.terms.units;
  const seenTerms = new Set<string>();
  for (const table of context.document.tables) {
    const titleYear = /(20\d\d)\s*年/.exec(table.title);
    const columns = classifyColumns(table, titleYear ? Number(titleYear[1]) : null, period?.[0] ?? null, units);
    table.rows.forEach((row, r) => {
      const industryCell = columns.industry !== null ? row.cells[columns.industry] : undefined;
      if (industryCell) {
        const term = industryTerm(industryCell.text);
        if (/\p{Script=Han}{2}/u.test(term) && !/^(合计|总计|小计)/.test(term) && !seenTerms.has(term)) {
          seenTerms.add(term);
          result.documentIndustries.push({ term, group: row.group ? industryTerm(row.group) : null });
        }
      }
      if (row.group && columns.industry !== null) {
        const group = industryTerm(row.group);
        if (!seenTerms.has(group)) {
          seenTerms.add(group);
          result.documentIndustries.push({ term: group, group: null });
        }
      }
      const sentence = rowSentence(context, table.index, r);
      if (sentence >= 0) {
        result.facts.push({
          table: table.index,
          row: r,
          sentence,
          industry: cellSpan(industryCell),
          place: columns.place !== null ? cellSpan(row.cells[columns.place]) : null,
          department: columns.department !== null ? cellSpan(row.cells[columns.department]) : null,
          group: row.group,
        });
      }
      const subjectColumn = columns.industry ?? columns.indicator ?? columns.place;
      if (subjectColumn !== null) result.targets.push(...rowTargets(context, table, r, row.cells[subjectColumn], columns.numeric));
    });
  }
  return result;
}
