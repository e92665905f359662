/**
 * Task tables: one row per task, under a header such as
 *   序号 ｜ 重点任务 ｜ 具体内容 ｜ 牵头单位 ｜ 责任单位 ｜ 完成时限
 * A table is a task table when a column names the bodies responsible (牵头单位, 责任单位, 配合部门 …).
 * Each role cell is read as a list with that column's role; the 完成时限 column is the deadline.
 */
import { readList, type GenericTest } from './attribution-list.ts';
import { roleOfLabel } from './attribution.ts';
import { DEADLINE_WORDS, deadlineDate } from './deadlines.ts';
import type { Attribution, Section, Table, TableCell, Task } from './schema.ts';

const NUMBER_COLUMN = /^(?:序号|编号|序)$/;
const TITLE_COLUMN = /^(?:重点任务|主要任务|工作任务|具体任务|目标任务|任务名称|任务|重点工作|工作内容|任务内容|工作事项|事项|项目名称|工作措施|主要措施|重点举措)$/;

interface Columns {
  number: number;
  title: number;
  deadline: number;
  roles: { column: number; role: Attribution['items'][number]['role'] }[];
}

function columnsOf(header: TableCell[]): Columns | null {
  const names = header.map((cell) => cell.text.replace(/\s/g, ''));
  const roles = names.flatMap((name, column) => {
    const role = roleOfLabel(name);
    return role ? [{ column, role }] : [];
  });
  if (roles.length === 0) return null;
  const number = names.findIndex((n) => NUMBER_COLUMN.test(n));
  const deadline = names.findIndex((n) => DEADLINE_WORDS.test(n));
  let title = names.findIndex((n) => TITLE_COLUMN.test(n));
  if (title < 0) title = names.findIndex((_, i) => i !== number && i !== deadline && !roles.some((r) => r.column === i));
  return { number, title, deadline, roles };
}

function shortTitle(text: string): string {
  const stop = text.search(/[。；]/);
  return (stop > 0 ? text.slice(0, stop) : text).trim();
}

function uniquePath(base: string, taken: Set<string>): string {
  let path = base;
  for (let n = 2; taken.has(path); n += 1) path = `${base}~${n}`;
  taken.add(path);
  return path;
}

/** Tasks from the rows of every task table; `paths` holds the task paths already taken. */
export function tableTasks(tables: Table[], sections: Section[], isGeneric: GenericTest, defaultYear: number | null, paths: Set<string>): Task[] {
  const tasks: Task[] = [];
  for (const table of tables) {
    const columns = columnsOf(table.header);
    if (!columns) continue;
    const section = table.section === null ? null : (sections[table.section] as Section);
    table.rows.forEach((row, r) => {
      const cell = (column: number) => (column >= 0 ? row.cells[column] : undefined);
      const attributions: Attribution[] = [];
      for (const { column, role } of columns.roles) {
        const roleCell = cell(column);
        if (!roleCell || roleCell.text.length === 0) continue;
        const reading = readList(roleCell.text, roleCell.start, role, isGeneric);
        if (reading.items.length > 0) attributions.push({ raw: roleCell.text, items: reading.items, carryOver: null, deadline: null, form: 'table', start: roleCell.start, end: roleCell.end });
      }
      const due = cell(columns.deadline);
      const number = cell(columns.number)?.text || String(r + 1);
      tasks.push({
        index: -1,
        section: section?.index ?? null,
        path: uniquePath(`${section ? section.path : `表${table.index + 1}`}/${number}`, paths),
        origin: 'table-row',
        number,
        title: shortTitle(cell(columns.title)?.text ?? ''),
        kind: section?.role === 'safeguard' ? 'safeguard' : 'task',
        attributions,
        implicit: [],
        deadline: due && due.text ? { text: due.text, date: deadlineDate(due.text, defaultYear), start: due.start, end: due.end } : null,
        start: row.start,
        end: row.end,
      });
    });
  }
  return tasks;
}

/** Whether a table is a task table (its rows are tasks, not data). */
export function isTaskTable(table: Table): boolean {
  return columnsOf(table.header) !== null;
}
