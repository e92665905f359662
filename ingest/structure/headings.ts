/**
 * The heading tree. Levels come from the order in which numbering styles appear (一、 then （一） then
 * 1．…), as in any Chinese official document; 附件 and 备注 restart at the top.
 */
import type { Lexicon } from '../../lexicon/index.ts';
import { lineMarker, type MarkerKind } from '../text/markers.ts';
import { displayWidth } from '../normalise/join-wraps.ts';
import { isTableLine, type TextLine } from './lines.ts';
import type { Section } from './schema.ts';

const RESTARTS: MarkerKind[] = ['annex', 'note'];
const NOT_HEADINGS: MarkerKind[] = ['dash'];

function sectionKind(kind: MarkerKind): Section['kind'] {
  if (kind === 'column') return 'column';
  if (kind === 'annex' || kind === 'note') return 'annex';
  if (kind === 'table') return 'table';
  return 'heading';
}

/** Title of a heading line: the text after its marker, up to the first 。 for numbered paragraphs. */
function headingTitle(rest: string): { title: string; inlineBody: boolean } {
  const stop = rest.search(/[。！？]/);
  if (stop >= 0) return { title: rest.slice(0, stop).trim(), inlineBody: stop + 1 < rest.trim().length };
  return { title: rest.trim(), inlineBody: false };
}

/**
 * The role a heading's own words give it. A bare 保障 names a chapter (五、强化保障) but not an item,
 * whose title uses it for what the item secures (2．继续征收残疾人就业保障金, （一）强化财税政策保障).
 */
function roleOf(title: string, level: number, terms: Lexicon['source']['terms']): Section['role'] | null {
  const safeguardWords = level === 0 ? terms.safeguardSectionWords : terms.safeguardSectionWords.filter((w) => w.length > 2);
  if (safeguardWords.some((w) => title.includes(w))) return 'safeguard';
  if (terms.retrospectiveSectionWords.some((w) => title.includes(w))) return 'retrospective';
  if (terms.goalSectionWords.some((w) => title.endsWith(w))) return 'goal';
  if (terms.taskSectionWords.some((w) => title.includes(w))) return 'task';
  return null;
}

export function buildSections(lines: TextLine[], bodyStart: number, textLength: number, terms: Lexicon['source']['terms']): Section[] {
  const sections: Section[] = [];
  const stack: { kind: MarkerKind; index: number }[] = [];
  const paths = new Set<string>();

  for (let i = bodyStart; i < lines.length; i += 1) {
    const line = lines[i] as TextLine;
    if (line.text.length === 0 || isTableLine(line)) continue;
    const marker = lineMarker(line.text);
    if (!marker || NOT_HEADINGS.includes(marker.kind)) continue;

    if (RESTARTS.includes(marker.kind)) stack.length = 0;
    else {
      const at = stack.findIndex((entry) => entry.kind === marker.kind);
      if (at >= 0) stack.length = at;
    }
    const parent = stack.length > 0 ? (stack[stack.length - 1] as { index: number }).index : null;
    let { title, inlineBody } = headingTitle(line.text.slice(marker.raw.length));
    // 附件1 on its own line: the table's caption on the next line is the section's title.
    if (title.length === 0) {
      const next = lines.slice(i + 1).find((l) => l.text.length > 0);
      if (next && !isTableLine(next) && !lineMarker(next.text) && displayWidth(next.text) <= 40) title = next.text;
    }
    const parentSection = parent === null ? null : (sections[parent] as Section);
    const basePath = parentSection ? `${parentSection.path}/${marker.number}` : marker.number;
    let path = basePath;
    for (let n = 2; paths.has(path); n += 1) path = `${basePath}~${n}`;
    paths.add(path);

    const ownRole = roleOf(title, stack.length, terms);
    let role: Section['role'];
    // Inside a task or safeguard section every item is a task, whatever words its title uses.
    if (parentSection && (parentSection.role === 'task' || parentSection.role === 'safeguard')) role = parentSection.role;
    else role = ownRole ?? parentSection?.role ?? 'other';
    sections.push({
      index: sections.length,
      parent,
      path,
      number: marker.number,
      title,
      level: stack.length,
      kind: sectionKind(marker.kind),
      role,
      inlineBody,
      start: line.start,
      end: textLength,
    });
    stack.push({ kind: marker.kind, index: sections.length - 1 });
  }

  // A section ends where the next section at its level or above begins.
  for (let i = 0; i < sections.length; i += 1) {
    const section = sections[i] as Section;
    const next = sections.slice(i + 1).find((s) => s.level <= section.level);
    if (next) section.end = next.start;
  }
  return sections;
}
