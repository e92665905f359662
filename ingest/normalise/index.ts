/**
 * Stage 2 — normalise: SourceDocument → NormalisedDocument. The clean text has one paragraph per line
 * (blank lines kept where the original had them, so table rows stay apart), and an offset map back to
 * the original.
 */
import { z } from 'zod';
import { SourceDocumentSchema, type SourceDocument } from '../read/schema.ts';
import { cleanLine, isPageNumber, isTableOfContentsEntry, isTableOfContentsHeading, type CleanLine } from './clean-line.ts';
import { isWebsiteDebris } from './debris.ts';
import { continuesParagraph, detectWrapWidth } from './join-wraps.ts';
import { OffsetMapBuilder, OffsetMapSchema } from './offset-map.ts';

export const NormalisedDocumentSchema = z.object({
  source: SourceDocumentSchema,
  text: z.string(),
  map: OffsetMapSchema,
  wrapWidth: z.number().nullable(),
});
export type NormalisedDocument = z.infer<typeof NormalisedDocumentSchema>;

function splitLines(text: string): CleanLine[] {
  const lines: CleanLine[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    const ch = text[i];
    if (i === text.length || ch === '\n' || ch === '\r') {
      lines.push(cleanLine(text, start, i));
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      start = i + 1;
    }
  }
  return lines;
}

function dropNonText(lines: CleanLine[]): (CleanLine | null)[] {
  const kept: (CleanLine | null)[] = lines.map((line) => (line.text.length === 0 ? null : line));
  for (let i = 0; i < kept.length; i += 1) {
    const line = kept[i];
    if (!line) continue;
    if (isPageNumber(line.text) || isTableOfContentsEntry(line.text) || isWebsiteDebris(line.text)) kept[i] = null;
    else if (isTableOfContentsHeading(line.text)) {
      const following = kept.slice(i + 1).find((l) => l !== null);
      if (following && isTableOfContentsEntry(following.text)) kept[i] = null;
    }
  }
  return kept;
}

export function normalise(source: SourceDocument): NormalisedDocument {
  const lines = dropNonText(splitLines(source.text));
  const present = lines.filter((l): l is CleanLine => l !== null);
  const wrapWidth = detectWrapWidth(present.map((l) => l.text));

  const builder = new OffsetMapBuilder();
  const out: string[] = [];
  const emit = (ch: string, origin: number) => {
    out.push(ch);
    builder.push(origin);
  };
  const emitLine = (line: CleanLine) => {
    out.push(line.text);
    if (line.origins === null) builder.pushRange(line.start, line.text.length);
    else for (const origin of line.origins) builder.push(origin);
  };

  let previousIndex = -1;
  lines.forEach((line, index) => {
    if (line === null) return;
    const previous = previousIndex >= 0 ? (lines[previousIndex] as CleanLine) : null;
    if (previous && !continuesParagraph(previous.text, line.text, wrapWidth)) {
      emit('\n', previous.end);
      // Keep one blank line where the original had any, so table rows and blocks stay apart.
      if (index - previousIndex > 1) {
        const blankEnd = lastLineBreakBetween(source.text, previous.end, line.start);
        if (blankEnd !== null) emit('\n', blankEnd);
      }
    }
    emitLine(line);
    previousIndex = index;
  });
  return { source, text: out.join(''), map: builder.build(source.text.length), wrapWidth };
}

/** The last line-break position strictly between two lines, used as the origin of a kept blank line. */
function lastLineBreakBetween(text: string, after: number, before: number): number | null {
  for (let i = before - 1; i > after; i -= 1) if (text[i] === '\n' || text[i] === '\r') return i;
  return null;
}
