/**
 * What tables state, row by row: the plan's own industry names, which region hosts each, which
 * department oversees it (挂钩部门), and the numeric targets and baselines in year columns.
 */
import type { TargetScope } from '../../graph/schema.ts';
import type { Table, TableCell } from '../structure/schema.ts';
import type { ExtractContext } from './context.ts';
import { scopeOf, type ScopeContext } from './indicators.ts';
import type { TableFact, TargetCandidate } from './schema.ts';
import { classifyColumns, cleanCell, isNumberCell, type TableColumns } from './table-columns.ts';
import { completeTarget, isChange, periodOf, type StatedTarget } from './target-facts.ts';

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

interface TableTargetContext {
  extract: ExtractContext;
  scopes: ScopeContext;
  table: Table;
  /** The year the table's title gives (2028年县域特色优势产业发展目标表). */
  titleYear: number | null;
  /** What the row's subject cell holds: an industry, a region, or the indicator itself (主要指标). */
  subjectKind: 'industry' | 'place' | 'indicator';
  /** The subject column's header (重点产业链), which names what a total row adds up. */
  subjectHeader: string;
}

const TOTAL_ROW = /^(合计|总计|小计)/;

/**
 * What a row's subject cell makes the target cover: its region, or its industry — a total row
 * (合计) covers the column's industries together, and 规上工业销售收入 the universe it names.
 */
function rowScope(subject: string, metric: string, context: TableTargetContext): TargetScope | null {
  const { lexicon, city } = context.scopes;
  if (context.subjectKind === 'indicator') return null;
  if (context.subjectKind === 'place') {
    const place = city ? lexicon.placesFor(city).get(subject) : undefined;
    return { level: 'region', name: place?.name ?? subject };
  }
  if (TOTAL_ROW.test(subject)) return { level: 'segment', name: context.subjectHeader };
  const named = subject.endsWith(metric) && subject.length > metric.length ? scopeOf(subject.slice(0, -metric.length), context.scopes, true) : null;
  return named ?? { level: 'industry', name: lexicon.industryMatcher.get(subject) ?? subject };
}

/**
 * The targets a row states, one per target column. The citation spans the cells from the subject to
 * the value; `reading` says them as a sentence with their headers (氢能 2027年 销售收入 16亿元（2024年 12亿元）).
 */
function rowTargets(context: TableTargetContext, rowIndex: number, subjectCell: TableCell | undefined, columns: TableColumns): TargetCandidate[] {
  const numeric = columns.numeric;
  const { table, extract } = context;
  const row = table.rows[rowIndex];
  const sentence = rowSentence(extract, table.index, rowIndex);
  if (!row || !subjectCell || sentence < 0) return [];
  const subject = industryTerm(subjectCell.text);
  if (subject.length === 0) return [];
  const unitCell = columns.unit !== null ? cleanCell(row.cells[columns.unit]?.text ?? '') : '';
  const unitFromIndicator = /[（(]([^）)]{1,6})[）)]$/.exec(cleanCell(subjectCell.text))?.[1] ?? (unitCell || undefined);
  const planStart = extract.document.meta.period?.[0] ?? null;
  const additionWords = extract.lexicon.indicators.additionWords;
  const targets: TargetCandidate[] = [];
  for (const column of numeric.filter((c) => c.target)) {
    const cell = row.cells[column.column];
    if (!cell || !isNumberCell(cell.text)) continue;
    const baselineColumn = numeric.find((c) => !c.target && c.metric.slice(0, 2) === column.metric.slice(0, 2) && c.year !== null);
    const baselineCell = baselineColumn ? row.cells[baselineColumn.column] : undefined;
    const baseline = baselineColumn?.year && baselineCell && isNumberCell(baselineCell.text) ? { year: baselineColumn.year, value: Number(cleanCell(baselineCell.text)) } : undefined;
    // An indicator table's year columns (2020年 | 2025年) carry no metric; the row names it.
    const metric = /^[\d\s年]*$/.test(column.metric) ? subject : column.metric;
    const wording = context.subjectKind === 'indicator' ? subject : metric;
    const rawUnit = unitFromIndicator ?? column.unit;
    const per = column.annual ? ('每年' as const) : null;
    const year = column.annual ? null : (column.year ?? context.titleYear);
    const stated: StatedTarget = {
      subject,
      metric,
      wording,
      value: Number(cleanCell(cell.text)),
      unit: per && rawUnit && rawUnit !== '%' ? `${rawUnit}/年` : rawUnit,
      upper: null,
      year,
      yearImplied: false,
      annual: column.annual,
      qualifier: '',
      bounds: { before: null, after: null, aim: false },
      per,
      growth: isChange(wording),
      ...periodOf(column.label, isChange(wording), { per, baseYear: null, namedPeriod: null, planStart }, additionWords),
      baseYear: null,
      scope: rowScope(subject, metric, context),
      origin: 'table',
      ...(baseline ? { baseline } : {}),
      start: Math.min(subjectCell.start, cell.start),
      end: Math.max(subjectCell.end, cell.end),
      sentence,
      subjectStart: subjectCell.start,
      subjectEnd: subjectCell.end,
    };
    const target = completeTarget(stated, context.scopes);
    const unitText = target.unit.replace(/\/年$/, '');
    const earlier = baseline ? `（${baseline.year}年 ${baseline.value}${unitText}）` : '';
    const reading = [subject, year !== null ? `${year}年` : null, metric !== subject ? metric : null, `${target.display}${earlier}`].filter(Boolean).join(' ');
    targets.push({ ...target, reading });
  }
  return targets;
}

export function extractTables(context: ExtractContext): TableExtraction {
  const result: TableExtraction = { documentIndustries: [], facts: [], targets: [] };
  const scopes: ScopeContext = { lexicon: context.lexicon, city: context.document.meta.city, ownIndustries: new Set<string>() };
  const period = context.document.meta.period;
  const units = context.lexicon.source.terms.units;
  const seenTerms = new Set<string>();
  for (const table of context.document.tables) {
    const titleYear = /(20\d\d)\s*年/.exec(table.title);
    const columns = classifyColumns(table, titleYear ? Number(titleYear[1]) : null, period?.[0] ?? null, units);
    const subjectKind = columns.industry !== null ? 'industry' : columns.indicator !== null ? 'indicator' : 'place';
    const subjectColumn = columns.industry ?? columns.indicator ?? columns.place;
    const subjectHeader = cleanCell(subjectColumn === null ? '' : (table.header[subjectColumn]?.text ?? ''));
    const targetContext: TableTargetContext = { extract: context, scopes, table, titleYear: titleYear ? Number(titleYear[1]) : null, subjectKind, subjectHeader };
    table.rows.forEach((row, r) => {
      const industryCell = columns.industry !== null ? row.cells[columns.industry] : undefined;
      if (industryCell) {
        const term = industryTerm(industryCell.text);
        if (/\p{Script=Han}{2}/u.test(term) && !TOTAL_ROW.test(term) && !seenTerms.has(term)) {
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
      if (subjectColumn !== null) result.targets.push(...rowTargets(targetContext, r, row.cells[subjectColumn], columns));
    });
  }
  return result;
}
