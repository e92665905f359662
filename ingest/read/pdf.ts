/**
 * .pdf → text with pdfjs-dist (legacy build, the one meant for Node). pdfjs runs in-process (its
 * "fake worker"), with eval, font loading and system fonts off and no network: character maps and
 * standard font metrics come from the package's own folders. Each page yields positioned text pieces
 * and the straight rules that table borders are drawn with; pdf-layout turns those into text.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { errors } from '../../core/errors.ts';
import { inspectPdfStreams } from './pdf-guard.ts';
import { layoutText, type PageContent, type TextPiece } from './pdf-layout.ts';
import type { Rule } from './pdf-tables.ts';
import type { RawFile } from './schema.ts';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;
type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;
type Matrix = [number, number, number, number, number, number];

// A bound on work per document: more pages than any policy document has (the longest five-year plans run to ~200).
export const MAX_PAGES = 1000;

let pdfjsModule: Promise<Pdfjs> | null = null;

/** Loaded on first use, so reading .txt files never pays for pdfjs. */
function pdfjs(): Promise<Pdfjs> {
  pdfjsModule ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsModule;
}

function packageFolder(sub: string): string {
  const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return `${path.join(root, sub)}${path.sep}`;
}

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Straight segments of one painted path (lines and rectangle edges), in page space. */
function pathSegments(buffer: ArrayLike<number>, ctm: Matrix, out: Rule[]): void {
  let current: [number, number] = [0, 0];
  let start: [number, number] = [0, 0];
  const segment = (to: [number, number]) => {
    const [x1, y1] = apply(ctm, ...current);
    const [x2, y2] = apply(ctm, ...to);
    out.push({ x1, y1, x2, y2 });
  };
  // DrawOPS codes: 0 moveTo, 1 lineTo, 2 curveTo, 3 quadraticCurveTo, 4 closePath.
  for (let k = 0; k < buffer.length; ) {
    const op = buffer[k++];
    if (op === 0) current = start = [buffer[k++] as number, buffer[k++] as number];
    else if (op === 1) {
      const to: [number, number] = [buffer[k++] as number, buffer[k++] as number];
      segment(to);
      current = to;
    } else if (op === 2 || op === 3) {
      // Curves are never table borders; only their end point matters.
      k += op === 2 ? 6 : 4;
      current = [buffer[k - 2] as number, buffer[k - 1] as number];
    } else if (op === 4) {
      segment(start);
      current = start;
    } else return;
  }
}

/**
 * Rules painted on the page, tracking the transformation matrix through save/restore and forms.
 * `view` maps user space to the upright page (it undoes a /Rotate), so rotated pages read normally.
 */
async function pageRules(page: PdfPage, OPS: Pdfjs['OPS'], view: Matrix): Promise<Rule[]> {
  const { fnArray, argsArray } = await page.getOperatorList();
  const rules: Rule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = view;
  fnArray.forEach((fn, i) => {
    const args = argsArray[i] as unknown[];
    if (fn === OPS.save || fn === OPS.paintFormXObjectBegin) stack.push(ctm);
    if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    if (fn === OPS.paintFormXObjectBegin && Array.isArray(args[0])) ctm = multiply(ctm, args[0] as Matrix);
    // endPath paints nothing: such paths only clip.
    if (fn === OPS.constructPath && args[0] !== OPS.endPath) {
      const buffer = (args[1] as unknown[] | undefined)?.[0];
      if (buffer && typeof buffer === 'object') pathSegments(buffer as ArrayLike<number>, ctm, rules);
    }
  });
  return rules;
}

/** Text pieces in upright page space; text drawn twice in place (fake bold) is kept once. */
async function pageText(page: PdfPage, view: Matrix): Promise<TextPiece[]> {
  const content = await page.getTextContent();
  const pieces: TextPiece[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim().length === 0) continue;
    const m = multiply(view, item.transform as Matrix);
    const piece = { text: item.str.trim(), x: m[4], y: m[5], width: item.width, size: Math.hypot(m[2], m[3]) || item.height };
    const last = pieces[pieces.length - 1];
    if (last && last.text === piece.text && Math.abs(last.x - piece.x) < 1 && Math.abs(last.y - piece.y) < 1) continue;
    pieces.push(piece);
  }
  return pieces;
}

async function openDocument(name: string, bytes: Uint8Array): Promise<{ lib: Pdfjs; doc: PdfDocument; destroy: () => Promise<void> }> {
  const lib = await pdfjs();
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    cMapUrl: packageFolder('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: packageFolder('standard_fonts'),
    verbosity: lib.VerbosityLevel.ERRORS,
    // Text and table rules are all we read: every image is skipped unseen rather than decoded.
    maxImageSize: 1,
  });
  try {
    return { lib, doc: await task.promise, destroy: () => task.destroy() };
  } catch (error) {
    await task.destroy();
    if ((error as { name?: string }).name === 'PasswordException') throw errors.encryptedDocument(name);
    throw damagedPdf(name, error);
  }
}

function damagedPdf(name: string, error: unknown) {
  const reason = error instanceof Error ? error.message : String(error);
  return errors.malformedDocument(name, `PDF: ${reason}`);
}

async function pageContent(page: PdfPage, OPS: Pdfjs['OPS']): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  // The viewport's y grows downwards; flip it back so y grows upwards, as in PDF user space.
  const view = multiply([1, 0, 0, -1, 0, viewport.height], viewport.transform as Matrix);
  const content = { width: viewport.width, pieces: await pageText(page, view), rules: await pageRules(page, OPS, view) };
  page.cleanup();
  return content;
}

export async function readPdf(file: RawFile): Promise<{ text: string }> {
  const name = path.basename(file.name);
  await inspectPdfStreams(name, file.bytes);
  const { lib, doc, destroy } = await openDocument(name, file.bytes);
  try {
    if (doc.numPages > MAX_PAGES) throw errors.unsafeArchive(name, `the PDF has ${doc.numPages} pages (limit ${MAX_PAGES})`);
    const pages: PageContent[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      try {
        pages.push(await pageContent(await doc.getPage(n), lib.OPS));
      } catch (error) {
        throw damagedPdf(name, error);
      }
    }
    if (pages.every((p) => p.pieces.length === 0)) throw errors.noTextLayer(name);
    return { text: layoutText(pages) };
  } finally {
    await destroy();
  }
}
