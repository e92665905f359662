/**
 * Stage 3 — structure: NormalisedDocument → StructuredDocument. The plan inside its wrapper, its
 * metadata, heading tree, tasks with their responsibility clauses, tables and sentences, all located
 * by normalised offsets. Lines outside the plan (the notice, website lines) give metadata only.
 */
import type { Lexicon } from '../../lexicon/index.ts';
import type { NormalisedDocument } from '../normalise/index.ts';
import { readFrontMatter } from './front-matter.ts';
import { buildSections } from './headings.ts';
import { readWrapper } from './layout.ts';
import { splitTextLines, type TextLine } from './lines.ts';
import { readMetadata } from './metadata.ts';
import type { StructuredDocument } from './schema.ts';
import { splitSentences } from './sentences.ts';
import { findTables } from './tables.ts';
import { selectTasks } from './tasks.ts';

export type { Attribution, AttributionItem, Section, Sentence, StructuredDocument, Table, TableCell, TableRow, Task } from './schema.ts';

export function structure(document: NormalisedDocument, lexicon: Lexicon): StructuredDocument {
  const { text } = document;
  const terms = lexicon.source.terms;
  const lines = splitTextLines(text);
  const wrapper = readWrapper(lines, text);
  const front = readFrontMatter(lines, wrapper.planStart, wrapper.planEnd, terms.statuses, wrapper.title?.text ?? null);
  // The plan's lines only: a notice or signature after it is no section, table or sentence.
  const planLines = lines.slice(0, wrapper.planEnd);
  const bodyStart = (lines[front.bodyStart] as TextLine | undefined)?.start ?? text.length;
  const bodyEnd = wrapper.planEnd < lines.length ? Math.max(bodyStart, (lines[wrapper.planEnd] as TextLine).start - 1) : text.length;
  const sections = buildSections(planLines, front.bodyStart, bodyEnd, terms);
  const tables = findTables(planLines, front.bodyStart, sections);
  const meta = readMetadata({ text, lines, wrapper, front, bodyStart, bodyEnd }, lexicon);
  // A deadline that prints no year (6月底前) takes the plan's single year (a 工作要点's).
  const defaultYear = meta.period && meta.period[0] === meta.period[1] ? meta.period[0] : null;
  const tasks = selectTasks(sections, text, tables, { isGeneric: lexicon.isGenericBody, defaultYear });
  const sentences = splitSentences(text, planLines, front.titleLines, front.bodyStart, sections, tasks, tables, wrapper.namingLines);
  return { normalised: document, meta, sections, tasks, tables, sentences };
}
