/**
 * Stage 3 — structure: NormalisedDocument → StructuredDocument. Metadata, heading tree, tasks with
 * their responsibility clauses, tables and sentences, all located by normalised offsets.
 */
import type { Lexicon } from '../../lexicon/index.ts';
import type { NormalisedDocument } from '../normalise/index.ts';
import { readFrontMatter } from './front-matter.ts';
import { buildSections } from './headings.ts';
import { splitTextLines, type TextLine } from './lines.ts';
import { inferCity, inferGenre, inferPeriod } from './metadata.ts';
import type { StructuredDocument } from './schema.ts';
import { splitSentences } from './sentences.ts';
import { findTables } from './tables.ts';
import { selectTasks } from './tasks.ts';

export type { Attribution, AttributionItem, Section, Sentence, StructuredDocument, Table, TableCell, TableRow, Task } from './schema.ts';

export function structure(document: NormalisedDocument, lexicon: Lexicon): StructuredDocument {
  const { text } = document;
  const terms = lexicon.source.terms;
  const lines = splitTextLines(text);
  const front = readFrontMatter(lines, terms.statuses);
  const sections = buildSections(lines, front.bodyStart, text.length, terms);
  const bodyOffset = (lines[front.bodyStart] as TextLine | undefined)?.start ?? text.length;
  const body = text.slice(bodyOffset);
  const period = inferPeriod(front.title, body);
  const tables = findTables(lines, front.bodyStart, sections);
  const tasks = selectTasks(sections, text, tables, { isGeneric: lexicon.isGenericBody, defaultYear: period && period[0] === period[1] ? period[0] : null });
  const sentences = splitSentences(text, lines, front.titleLines, front.bodyStart, sections, tasks, tables);

  const firstTitle = front.titleLines[0];
  const lastTitle = front.titleLines[front.titleLines.length - 1];
  const titleSpan = firstTitle && lastTitle ? { start: firstTitle.start, end: lastTitle.end } : { start: 0, end: 0 };
  const city = inferCity(front.titleLines, body, bodyOffset, lexicon);

  return {
    normalised: document,
    meta: {
      title: front.title,
      titleSpan,
      city: city?.city ?? null,
      citySpan: city ? { start: city.start, end: city.end } : null,
      genre: front.title ? inferGenre(front.title, terms.genres) : null,
      status: front.status,
      period,
      issuers: front.issuers.map((line) => ({ name: line.text, start: line.start, end: line.end })),
    },
    sections,
    tasks,
    tables,
    sentences,
  };
}
