/**
 * Sentences: the unit every piece of evidence cites. Paragraphs split at 。！？ outside brackets and
 * quotes; a responsibility clause is a sentence of its own; each table row is one sentence.
 */
import { depthMap } from './brackets.ts';
import { isTableLine, type TextLine } from './lines.ts';
import type { Section, Sentence, Table, Task } from './schema.ts';

interface Span {
  start: number;
  end: number;
}

function innermost<T extends Span>(items: T[], at: number): T | null {
  let found: T | null = null;
  for (const item of items) if (item.start <= at && at < item.end && (!found || item.start >= found.start)) found = item;
  return found;
}

function cutLine(line: TextLine, attributions: Span[]): Span[] {
  const depth = depthMap(line.text);
  const cuts = new Set<number>([line.start, line.end]);
  for (let i = 0; i < line.text.length; i += 1) {
    if (depth[i] === 0 && /[。！？!?]/.test(line.text[i] as string)) cuts.add(line.start + i + 1);
  }
  for (const a of attributions) {
    if (a.start > line.start && a.start < line.end) cuts.add(a.start);
    if (a.end > line.start && a.end < line.end) cuts.add(a.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const spans: Span[] = [];
  for (let i = 0; i + 1 < sorted.length; i += 1) spans.push({ start: sorted[i] as number, end: sorted[i + 1] as number });
  return spans;
}

export function splitSentences(
  text: string,
  lines: TextLine[],
  titleLines: TextLine[],
  bodyStart: number,
  sections: Section[],
  tasks: Task[],
  tables: Table[],
  wrapperLines: Span[] = [],
): Sentence[] {
  const attributions = tasks.flatMap((t) => t.attributions);
  const sentences: Sentence[] = [];
  const push = (span: Span, kind: Sentence['kind'], table: number | null = null, row: number | null = null) => {
    let { start, end } = span;
    while (start < end && /\s/.test(text[start] as string)) start += 1;
    while (end > start && /\s/.test(text[end - 1] as string)) end -= 1;
    const slice = text.slice(start, end);
    if (!/[\p{L}\p{N}]/u.test(slice)) return;
    sentences.push({
      index: sentences.length,
      text: slice,
      kind,
      section: innermost(sections, start)?.index ?? null,
      task: innermost(tasks, start)?.index ?? null,
      table,
      row,
      start,
      end,
    });
  };

  for (const line of titleLines) push(line, 'heading');
  const sectionStarts = new Set(sections.map((s) => s.start));
  const attributionStarts = new Set(attributions.map((a) => a.start));
  const rowSentences: { span: Span; table: number; row: number }[] = [];
  for (const table of tables) table.rows.forEach((row, r) => rowSentences.push({ span: row, table: table.index, row: r }));

  for (const line of lines.slice(bodyStart)) {
    if (line.text.length === 0 || isTableLine(line)) continue;
    for (const span of cutLine(line, attributions)) {
      const kind: Sentence['kind'] = attributionStarts.has(span.start) ? 'attribution' : sectionStarts.has(span.start) ? 'heading' : 'text';
      push(span, kind);
    }
  }
  for (const { span, table, row } of rowSentences) push(span, 'table-row', table, row);
  for (const span of wrapperLines) push(span, 'wrapper');
  return sentences.sort((a, b) => a.start - b.start).map((s, index) => ({ ...s, index }));
}
