/**
 * WordprocessingML body → text in the shape of the .txt seeds: one paragraph per line with a blank
 * line between, and tables as rows of tab-indented cells (one per line) with a blank line between rows.
 * Only the main document part is walked, so headers and footers (separate parts) never appear; page
 * number fields in the body are dropped, deleted revisions skipped, insertions kept.
 */
import { joinPieces, renderBlocks, renderTable } from './text-blocks.ts';
import { xmlTokens, type XmlToken } from './xml-tokens.ts';

/** Gives the numbering label (一、 / （1）) Word would draw before a paragraph, or ''. */
export type NumberingLabeller = (paragraph: ParagraphProps) => string;

export interface ParagraphProps {
  styleId: string | null;
  numId: string | null;
  level: number | null;
}

interface TableState {
  rows: string[][];
  row: string[] | null;
  cell: string[] | null;
}

interface OpenParagraph {
  parts: string[];
  props: ParagraphProps;
  /** Run depth outside this paragraph: a text-box paragraph sits inside a run of another paragraph. */
  outerRunDepth: number;
}

interface Field {
  dropped: boolean;
  instruction: string;
  showingResult: boolean;
}

const WORD_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const SKIPPED = new Set(['del', 'moveFrom', 'pPrChange', 'rPrChange', 'sectPr']);
const PAGE_FIELD = /^\s*(PAGE|NUMPAGES|SECTIONPAGES|SECTION)\b/i;

function isOn(attrs: Record<string, string>, w: string): boolean {
  const value = attrs[`${w}:val`];
  return value === undefined || !/^(0|false|off)$/i.test(value);
}

/** Lines of a finished paragraph: tabs become spaces (a tab would make it look like a table cell). */
function paragraphLines(text: string): string[] {
  return text
    .replace(/\t/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

class BodyWalker {
  readonly blocks: string[] = [];
  private readonly paragraphs: OpenParagraph[] = [];
  private readonly tables: TableState[] = [];
  private readonly fields: Field[] = [];
  private skip: { name: string; depth: number } | null = null;
  private runDepth = 0;
  private runHidden = false;
  private inText = false;
  private inInstruction = false;

  constructor(
    private readonly w: string,
    private readonly numbering: NumberingLabeller,
  ) {}

  feed(token: XmlToken): void {
    if (this.skip) return this.skipping(token);
    if (token.kind === 'text') return this.text(token.text);
    if (token.kind === 'open') {
      if (this.skipped(token.name, token.attrs)) {
        if (!token.selfClosing) this.skip = { name: token.name, depth: 1 };
        return;
      }
      this.open(token.name, token.attrs);
      if (token.selfClosing) this.close(token.name);
    } else this.close(token.name);
  }

  private skipping(token: XmlToken): void {
    const skip = this.skip as { name: string; depth: number };
    if (token.kind === 'open' && token.name === skip.name && !token.selfClosing) skip.depth += 1;
    if (token.kind === 'close' && token.name === skip.name) skip.depth -= 1;
    if (skip.depth === 0) this.skip = null;
  }

  private get paragraph(): OpenParagraph | undefined {
    return this.paragraphs[this.paragraphs.length - 1];
  }

  /** Text is shown unless it is hidden, or the result of a page-number field. */
  private get showing(): boolean {
    return !this.runHidden && this.fields.every((f) => f.showingResult && !f.dropped);
  }

  private text(text: string): void {
    if (this.inInstruction) {
      const field = this.fields[this.fields.length - 1];
      if (field) field.instruction += text;
    } else if (this.inText && this.showing) this.paragraph?.parts.push(text);
  }

  private skipped(name: string, attrs: Record<string, string>): boolean {
    const w = this.w;
    const local = name.startsWith(`${w}:`) ? name.slice(w.length + 1) : null;
    // The fallback of mc:AlternateContent repeats its choice (the same text box in VML); deletions and
    // the old properties of tracked changes are not the document's current text.
    if (name.endsWith(':Fallback') || (local !== null && SKIPPED.has(local))) return true;
    return local === 'fldSimple' && PAGE_FIELD.test(attrs[`${w}:instr`] ?? '');
  }

  private open(name: string, attrs: Record<string, string>): void {
    if (name.startsWith(`${this.w}:`)) this.openWord(name.slice(this.w.length + 1), attrs);
  }

  private openWord(local: string, attrs: Record<string, string>): void {
    if (local === 'p') {
      this.paragraphs.push({ parts: [], props: { styleId: null, numId: null, level: null }, outerRunDepth: this.runDepth });
      this.runDepth = 0;
    } else if (local === 'r') {
      this.runDepth += 1;
      this.runHidden = false;
    } else if (local === 't') this.inText = true;
    else if (local === 'instrText') this.inInstruction = true;
    else if (local === 'fldChar') this.fieldChar(attrs[`${this.w}:fldCharType`]);
    else if (local === 'tbl') this.tables.push({ rows: [], row: null, cell: null });
    else if (local === 'tr' && this.table) this.table.row = [];
    else if (local === 'tc' && this.table) this.table.cell = [];
    else if (this.runDepth === 0) this.paragraphProperty(local, attrs[`${this.w}:val`]);
    else this.runContent(local, attrs);
  }

  /** Style and list membership, which decide the paragraph's numbering label. */
  private paragraphProperty(local: string, value: string | undefined): void {
    const props = this.paragraph?.props;
    if (!props) return;
    if (local === 'pStyle') props.styleId = value ?? null;
    else if (local === 'numId') props.numId = value ?? null;
    else if (local === 'ilvl') props.level = Number(value ?? 0);
  }

  private runContent(local: string, attrs: Record<string, string>): void {
    if (local === 'vanish' && isOn(attrs, this.w)) this.runHidden = true;
    const paragraph = this.paragraph;
    if (!paragraph || !this.showing) return;
    if (local === 'tab' || local === 'ptab') paragraph.parts.push('\t');
    else if (local === 'br' || local === 'cr') paragraph.parts.push('\n');
    else if (local === 'noBreakHyphen') paragraph.parts.push('-');
  }

  private fieldChar(type: string | undefined): void {
    if (type === 'begin') this.fields.push({ dropped: false, instruction: '', showingResult: false });
    const field = this.fields[this.fields.length - 1];
    if (type === 'separate' && field) {
      field.showingResult = true;
      field.dropped = PAGE_FIELD.test(field.instruction);
    }
    if (type === 'end') this.fields.pop();
  }

  private get table(): TableState | undefined {
    return this.tables[this.tables.length - 1];
  }

  private close(name: string): void {
    const w = this.w;
    if (!name.startsWith(`${w}:`)) return;
    const local = name.slice(w.length + 1);
    if (local === 't') this.inText = false;
    else if (local === 'instrText') this.inInstruction = false;
    else if (local === 'r') this.runDepth = Math.max(0, this.runDepth - 1);
    else if (local === 'p') this.closeParagraph();
    else if (local === 'tc' && this.table?.cell && this.table.row) {
      this.table.row.push(joinPieces(this.table.cell));
      this.table.cell = null;
    } else if (local === 'tr' && this.table?.row) {
      if (this.table.row.length > 0) this.table.rows.push(this.table.row);
      this.table.row = null;
    } else if (local === 'tbl') this.closeTable();
  }

  private closeParagraph(): void {
    const paragraph = this.paragraphs.pop();
    if (!paragraph) return;
    this.runDepth = paragraph.outerRunDepth;
    const body = paragraph.parts.join('');
    // Counted even when empty: Word numbers an empty list paragraph too.
    const label = this.numbering(paragraph.props);
    const lines = paragraphLines(body.trim() ? label + body : '');
    const cell = this.table?.cell;
    if (cell) cell.push(...lines);
    else this.blocks.push(...lines);
  }

  private closeTable(): void {
    const table = this.tables.pop();
    if (!table || table.rows.length === 0) return;
    const parentCell = this.table?.cell;
    // A table nested in a cell becomes part of that cell's text.
    if (parentCell) parentCell.push(...table.rows.flat().filter((c) => c.length > 0));
    else this.blocks.push(renderTable(table.rows));
  }
}

/** The prefix bound to the WordprocessingML namespace (always `w` from Word, but only by convention). */
function wordPrefix(xml: string): string {
  const escaped = WORD_NS.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*["']${escaped}["']`).exec(xml)?.[1] ?? 'w';
}

export function documentText(xml: string, numbering: NumberingLabeller = () => ''): string {
  const walker = new BodyWalker(wordPrefix(xml), numbering);
  for (const token of xmlTokens(xml)) walker.feed(token);
  return renderBlocks(walker.blocks);
}
