/**
 * Builds real PDFs with pdfkit for the reader tests: a seed's blocks laid out as a Word export would
 * be (indented paragraphs wrapped at the margin, tables as ruled grids, a running header and a
 * "— N —" footer on every page), an encrypted one, and an image-only "scan".
 *
 * Chinese text needs a CJK font: WenQuanYi Micro Hei, from the Debian package fonts-wqy-microhei
 * (it also has Latin glyphs and digits, which DroidSansFallback lacks).
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import PDFDocument from 'pdfkit';
import type { Block } from './seed-blocks.ts';

export const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
const CJK_FONT_NAME = 'WenQuanYiMicroHei';

export interface PdfFixtureOptions {
  header?: string;
  userPassword?: string;
  ownerPassword?: string;
  fontSize?: number;
}

type Doc = PDFKit.PDFDocument;

const MARGIN = 72;
const PAD = 4;

function collect(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
}

function newDocument(options: PdfFixtureOptions): Doc {
  if (!fs.existsSync(CJK_FONT)) throw new Error(`CJK font missing: ${CJK_FONT}. Install it with: apt-get install -y fonts-wqy-microhei`);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    pdfVersion: '1.7',
    ...(options.userPassword ? { userPassword: options.userPassword } : {}),
    ...(options.ownerPassword ? { ownerPassword: options.ownerPassword } : {}),
  });
  doc.font(CJK_FONT, CJK_FONT_NAME).fontSize(options.fontSize ?? 12);
  return doc;
}

/**
 * Column widths: every column at least two characters wide (Word never lets a cell overflow), the
 * rest of the text width shared in proportion to how much more each column's longest text needs.
 */
function columnWidths(doc: Doc, rows: string[][], total: number): number[] {
  const columns = Math.max(...rows.map((r) => r.length));
  const full = rows.filter((r) => r.length === columns);
  const least = doc.widthOfString('国国') + 2 * PAD;
  const need = Array.from({ length: columns }, (_, c) => Math.min(200, Math.max(least, ...full.map((r) => doc.widthOfString(r[c] ?? '') + 2 * PAD))));
  const extra = need.map((w) => w - least);
  const extraTotal = extra.reduce((a, b) => a + b, 0);
  const share = total - columns * least;
  return extra.map((e) => least + (extraTotal > 0 ? (e / extraTotal) * share : share / columns));
}

function drawTable(doc: Doc, rows: string[][]): void {
  const total = doc.page.width - 2 * MARGIN;
  const widths = columnWidths(doc, rows, total);
  let y = doc.y;
  for (const cells of rows) {
    const spans = cells.map((_, i) => (i === cells.length - 1 ? widths.slice(i).reduce((a, b) => a + b, 0) : (widths[i] as number)));
    const height = Math.max(...cells.map((cell, i) => doc.heightOfString(cell || ' ', { width: (spans[i] as number) - 2 * PAD }))) + 2 * PAD;
    if (y + height > doc.page.height - MARGIN) {
      doc.addPage();
      y = doc.y;
    }
    let x = MARGIN;
    cells.forEach((cell, i) => {
      const width = spans[i] as number;
      doc.rect(x, y, width, height).lineWidth(0.5).stroke();
      if (cell) doc.text(cell, x + PAD, y + PAD, { width: width - 2 * PAD });
      x += width;
    });
    y += height;
  }
  doc.x = MARGIN;
  doc.y = y + 12;
}

/** The running header and "— N —" footer, drawn on every page once the body is laid out. */
function decoratePages(doc: Doc, header: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    doc.fontSize(9).text(header, MARGIN, 36, { width: doc.page.width - 2 * MARGIN, align: 'center' });
    doc.text(`— ${i + 1} —`, MARGIN, doc.page.height - 48, { width: doc.page.width - 2 * MARGIN, align: 'center' });
    doc.page.margins.bottom = bottom;
  }
}

export async function makePdf(blocks: Block[], options: PdfFixtureOptions = {}): Promise<Buffer> {
  const doc = newDocument(options);
  const done = collect(doc);
  const size = options.fontSize ?? 12;
  for (const block of blocks) {
    doc.fontSize(size);
    // Tables are set smaller than body text, as in real documents (五号 under 三号), so wide ones fit.
    if (block.kind === 'table') drawTable(doc.fontSize(Math.min(size, 10.5)), block.rows);
    else doc.text(block.text.replace(/\t/g, ' ').trim(), MARGIN, doc.y, { indent: 2 * size, lineGap: 4, paragraphGap: 6, width: doc.page.width - 2 * MARGIN });
  }
  decoratePages(doc, options.header ?? '人民政府办公室文件');
  doc.end();
  return done;
}

/** A one-page PDF with short Chinese text, for the hostile cases that only need some PDF. */
export function makeSimplePdf(options: PdfFixtureOptions = {}): Promise<Buffer> {
  return makePdf([{ kind: 'paragraph', text: '关于推进制造业高质量发展的实施意见' }], options);
}

/** A solid-colour PNG, the stand-in for a scanned page image. */
export function solidPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0xe0)]);
  const pixels = zlib.deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

/** What a scanner produces: pages holding only an image and drawn shapes, no text layer. */
export async function makeImageOnlyPdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN });
  const done = collect(doc);
  doc.image(solidPng(200, 280), MARGIN, MARGIN, { width: 400 });
  doc.rect(MARGIN, 650, 300, 40).fill('#333333');
  doc.addPage();
  doc.moveTo(MARGIN, MARGIN).lineTo(400, 400).stroke();
  doc.end();
  return done;
}
