/**
 * PDF layout on hand-placed text pieces and rules (no PDF needed): wrapped lines rejoined into
 * paragraphs, running headers and page numbers dropped, ruled grids read as tables.
 */
import { describe, expect, it } from 'vitest';
import { layoutText, type PageContent, type TextPiece } from '../../../ingest/read/pdf-layout.ts';
import { findGrids, type Rule } from '../../../ingest/read/pdf-tables.ts';

const SIZE = 12;
const LEFT = 72;

/** A line of text at `top` (distance from the page top of an A4 page), CJK characters 1 em wide. */
function line(text: string, top: number, left = LEFT, size = SIZE): TextPiece {
  return { text, x: left, y: 842 - top, width: [...text].length * size, size };
}

/** Lines one pitch apart from `top`, each wrapped at 37 characters, the first indented 2 em. */
function paragraph(text: string, top: number, pitch = 18): TextPiece[] {
  const chars = [...text];
  const lines: TextPiece[] = [];
  let at = 0;
  for (let i = 0; at < chars.length; i += 1) {
    const room = i === 0 ? 35 : 37;
    lines.push(line(chars.slice(at, at + room).join(''), top + i * pitch, i === 0 ? LEFT + 2 * SIZE : LEFT));
    at += room;
  }
  return lines;
}

const page = (pieces: TextPiece[], rules: Rule[] = []): PageContent => ({ width: 595, pieces, rules });
const long = '为加快构建以先进制造业为骨干的现代化产业体系，打好产业基础高级化和产业链现代化攻坚战，培育提升具有较强创新能力和核心竞争力的重点产业链，制定本方案。';

function box(left: number, top: number, right: number, bottom: number): Rule[] {
  return [
    { x1: left, y1: top, x2: right, y2: top },
    { x1: left, y1: bottom, x2: right, y2: bottom },
    { x1: left, y1: bottom, x2: left, y2: top },
    { x1: right, y1: bottom, x2: right, y2: top },
  ];
}

describe('pdf layout: paragraphs', () => {
  it('rejoins wrapped lines and starts a paragraph at an indent, a numbered line or a short line', () => {
    const pieces = [line('一、总体要求', 100, LEFT + 24), ...paragraph(long, 118), ...paragraph('（一）指导思想', 190), ...paragraph(long, 208)];
    expect(layoutText([page(pieces)])).toBe(`一、总体要求\n\n${long}\n\n（一）指导思想\n\n${long}\n`);
  });

  it('continues a paragraph across a page break but not past a wide vertical gap', () => {
    const chars = [...long];
    const first = page([line(chars.slice(0, 35).join(''), 700, LEFT + 24), line(chars.slice(35, 72).join(''), 718)]);
    const full = chars.slice(0, 37).join('');
    const second = page([line(chars.slice(72).join(''), 72), line('二、主攻方向', 90, LEFT), ...paragraph(long, 200), line(full, 300), line(full, 340)]);
    expect(layoutText([first, second])).toBe(`${long}\n\n二、主攻方向\n\n${long}\n\n${full}\n\n${full}\n`);
  });

  it('drops page numbers and headers repeated on the pages, but keeps a one-page document’s first line', () => {
    const texts = [0, 1, 2].map((n) => long.slice(n * 5) + long.slice(0, n * 5));
    const pages = texts.map((text, n) => page([line('盐城市人民政府文件', 40, 250, 9), ...paragraph(text, 100), line(`— ${n + 1} —`, 800, 280, 9)]));
    expect(layoutText(pages)).toBe(`${texts.join('\n\n')}\n`);
    expect(layoutText([page([line('盐城市人民政府文件', 40, 250, 9), ...paragraph(long, 100), line('第1页', 800, 280, 9)])])).toBe(`盐城市人民政府文件\n\n${long}\n`);
  });

  it('keeps an unruled table row as tab-separated cells', () => {
    const pieces = [line('主要指标', 100), line('2020年', 100, 300), line('2025年', 100, 400), line('科技进步贡献率（%）', 118), line('58.3', 118, 300), line('65', 118, 400)];
    expect(layoutText([page(pieces)])).toBe('主要指标\t2020年\t2025年\n\n科技进步贡献率（%）\t58.3\t65\n');
  });
});

describe('pdf layout: ruled tables', () => {
  // A 3-column table: header row, a merged group row, a data row whose middle cell wraps.
  const rules = [
    ...box(72, 700, 520, 600),
    ...[680, 660].map((y) => ({ x1: 72, y1: y, x2: 520, y2: y })),
    ...[150, 400].flatMap((x) => [
      { x1: x, y1: 700, x2: x, y2: 680 },
      { x1: x, y1: 660, x2: x, y2: 600 },
    ]),
  ];
  const cell = (text: string, x: number, y: number): TextPiece => ({ text, x, y, width: [...text].length * 10, size: 10 });
  const pieces = [
    cell('序号', 76, 686), cell('重点产业链', 154, 686), cell('2027年目标', 404, 686),
    cell('大健康产业', 76, 666),
    cell('1', 76, 646), cell('功能性食品（保健', 154, 646), cell('食品、休闲食品）', 154, 632), cell('210', 404, 646),
  ];

  it('finds the grid, with the merged row as one cell', () => {
    const [grid] = findGrids(rules);
    expect(grid?.rows.map((r) => r.length)).toEqual([3, 1, 3]);
  });

  it('reads cells row by row, joining a cell’s wrapped lines, in the seeds’ one-cell-per-line shape', () => {
    expect(layoutText([page(pieces, rules)])).toBe('\t序号\n\t重点产业链\n\t2027年目标\n\n\t大健康产业\n\n\t1\n\t功能性食品（保健食品、休闲食品）\n\t210\n');
  });

  it('keeps a header row repeated on the next page once', () => {
    const next = page([cell('序号', 76, 686), cell('重点产业链', 154, 686), cell('2027年目标', 404, 686), cell('2', 76, 666), cell('预制菜', 154, 666), cell('83', 404, 666)], [
      ...box(72, 700, 520, 660),
      { x1: 72, y1: 680, x2: 520, y2: 680 },
      ...[150, 400].map((x) => ({ x1: x, y1: 700, x2: x, y2: 660 })),
    ]);
    const text = layoutText([page(pieces, rules), next]);
    expect(text.match(/序号/g)).toHaveLength(1);
    expect(text.endsWith('\t210\n\n\t2\n\t预制菜\n\t83\n')).toBe(true);
  });

  it('treats a single box (a frame around text, or the page border) as no table', () => {
    expect(findGrids(box(50, 800, 545, 40))).toEqual([]);
  });
});
