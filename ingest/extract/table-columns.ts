/**
 * What each column of a table holds, read from its header: the row's industry, region or
 * department, and numeric columns with their year, metric and unit (2027年销售收入目标（亿元）).
 */
import type { Table } from '../structure/schema.ts';

export interface NumericColumn {
  column: number;
  /** The header without its unit (2027年销售收入目标). */
  label: string;
  metric: string;
  unit: string;
  year: number | null;
  /** A target (目标, or a year after the plan starts) rather than a baseline figure. */
  target: boolean;
  annual: boolean;
}

export interface TableColumns {
  serial: number | null;
  industry: number | null;
  place: number | null;
  department: number | null;
  /** The column naming the row's subject when it is an indicator (主要指标). */
  indicator: number | null;
  /** The column giving each indicator row its unit (单位: %, 亿元). */
  unit: number | null;
  numeric: NumericColumn[];
}

const NUMBER_CELL = /^-?\d+(?:\.\d+)?$/;

export function cleanCell(text: string): string {
  return text.replace(/[★☆*※]/g, '').replace(/\s+/g, '').trim();
}

export function isNumberCell(text: string): boolean {
  return NUMBER_CELL.test(cleanCell(text));
}

/** 亿元 from （亿元）, with the bracket removed from the header. */
function splitUnit(header: string, units: string[]): { label: string; unit: string | null } {
  const match = /[（(]([^）)]{1,8})[）)]\s*$/.exec(header);
  if (match && units.includes(match[1] as string)) return { label: header.slice(0, match.index).trim(), unit: match[1] as string };
  return { label: header, unit: null };
}

/** Money-like metrics printed without a unit: city plans state industry output in 亿元. */
const MONEY_METRIC = /(产值|销售收入|营业收入|规模|增加值|投资)/;

export function classifyColumns(table: Table, titleYear: number | null, planStart: number | null, units: string[]): TableColumns {
  const headers = table.header.map((cell) => cleanCell(cell.text));
  const numericShare = (column: number) => {
    const cells = table.rows.map((row) => row.cells[column]?.text ?? '').filter((t) => t.length > 0);
    return cells.length === 0 ? 0 : cells.filter(isNumberCell).length / cells.length;
  };
  const columns: TableColumns = { serial: null, industry: null, place: null, department: null, indicator: null, unit: null, numeric: [] };
  const targetTable = /目标/.test(table.title);

  headers.forEach((header, column) => {
    if (/^(序号|编号)$/.test(header)) columns.serial ??= column;
    else if (numericShare(column) >= 0.6) {
      const year = /(20\d\d)\s*年/.exec(header);
      const { label, unit } = splitUnit(header, units);
      const metric = label.replace(/20\d\d\s*年/, '').replace(/目标/g, '').replace(/^每年/, '').trim() || label;
      const yearValue = year ? Number(year[1]) : titleYear;
      const target = /目标/.test(header) || (year === null ? targetTable : planStart !== null && Number(year[1]) > planStart);
      columns.numeric.push({
        column,
        label,
        metric,
        unit: unit ?? (MONEY_METRIC.test(metric) ? '亿元' : ''),
        year: yearValue,
        target,
        annual: /^每年/.test(label),
      });
    } else if (/^(计量)?单位$/.test(header)) columns.unit ??= column;
    else if (/(部门|单位|牵头|责任)/.test(header)) columns.department ??= column;
    else if (/(产业|产业链|行业)/.test(header) && !/(方向|内容|说明)/.test(header)) columns.industry ??= column;
    else if (/(地区|区域|县|市区|所在地|板块|园区)/.test(header)) columns.place ??= column;
    else if (/(指标|项目|名称)$/.test(header)) columns.indicator ??= column;
  });
  return columns;
}
