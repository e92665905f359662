/**
 * Builds a real .docx (with the `docx` package) from a seed's blocks: paragraphs, the annex tables as
 * Word tables (a short row's last cell spans the rest, as merged group rows do), a running header and
 * a page-number footer that the reader must drop. With `autoNumber`, headings numbered 一、/（一）
 * in sequence get their numbers from Word list numbering instead of their text.
 */
import { AlignmentType, Document, Footer, Header, LevelFormat, Packer, PageNumber, Paragraph, Tab, Table, TableCell, TableRow, TextRun } from 'docx';
import type { Block } from './seed-blocks.ts';

export interface DocxFixtureOptions {
  autoNumber?: boolean;
  header?: string;
}

const NUMERALS = '一二三四五六七八九';
const LIST = 'headings';
const MARKERS = [/^([一二三四五六七八九十]{1,3})、/, /^（([一二三四五六七八九十]{1,3})）/];

function chineseToNumber(text: string): number {
  const ten = text.indexOf('十');
  if (ten < 0) return text.length === 1 ? NUMERALS.indexOf(text) + 1 : -1;
  const tens = ten === 0 ? 1 : NUMERALS.indexOf(text[0] as string) + 1;
  const ones = text.length > ten + 1 ? NUMERALS.indexOf(text[ten + 1] as string) + 1 : 0;
  return tens * 10 + ones;
}

function runsOf(text: string): TextRun[] {
  const parts = text.split('\t');
  const children: (string | Tab)[] = [];
  parts.forEach((part, i) => {
    if (i > 0) children.push(new Tab());
    if (part) children.push(part);
  });
  return [new TextRun({ children })];
}

/** Word list numbering for one paragraph, when its typed marker is exactly what the list would draw next. */
function numbered(text: string, counters: number[]): Paragraph | null {
  for (const [level, marker] of MARKERS.entries()) {
    const match = marker.exec(text);
    if (!match || chineseToNumber(match[1] as string) !== (counters[level] ?? 0) + 1) continue;
    counters[level] = (counters[level] ?? 0) + 1;
    counters.length = level + 1;
    return new Paragraph({ numbering: { reference: LIST, level }, children: runsOf(text.slice(match[0].length)) });
  }
  return null;
}

function table(rows: string[][]): Table {
  const width = Math.max(...rows.map((r) => r.length));
  return new Table({
    rows: rows.map(
      (cells) =>
        new TableRow({
          children: cells.map(
            (cell, i) =>
              new TableCell({
                children: cell.split('\n').map((p) => new Paragraph({ children: runsOf(p) })),
                ...(i === cells.length - 1 && cells.length < width ? { columnSpan: width - cells.length + 1 } : {}),
              }),
          ),
        }),
    ),
  });
}

export async function makeDocx(blocks: Block[], options: DocxFixtureOptions = {}): Promise<Buffer> {
  const counters: number[] = [];
  const children = blocks.map((block) => {
    if (block.kind === 'table') return table(block.rows);
    return (options.autoNumber ? numbered(block.text, counters) : null) ?? new Paragraph({ children: runsOf(block.text) });
  });
  const pageNumber = new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })] });
  const document = new Document({
    numbering: {
      config: [
        {
          reference: LIST,
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph(options.header ?? '人民政府办公室文件')] }) },
        footers: { default: new Footer({ children: [pageNumber] }) },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
