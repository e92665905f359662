/**
 * The .pdf reader on real PDFs written by pdfkit with a CJK font: reading order, paragraphs, ruled
 * tables, running headers and page numbers; and refusals: encrypted, image-only, damaged.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { isPolicyKgError, type ErrorCode } from '../../../core/errors.ts';
import { readPdf } from '../../../ingest/read/pdf.ts';
import { makeImageOnlyPdf, makePdf, makeSimplePdf } from '../../helpers/make-pdf.ts';
import { blocksText, seedBlocks } from '../../helpers/seed-blocks.ts';
import { seedBytes } from '../../helpers/seeds.ts';

async function refusal(run: () => Promise<unknown>): Promise<{ code: ErrorCode; message: string }> {
  try {
    await run();
  } catch (error) {
    if (isPolicyKgError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected the PDF to be refused');
}

const read = async (bytes: Uint8Array, name = 'plan.pdf') => (await readPdf({ name, bytes })).text;

describe('pdf reader: text', () => {
  const seed = 'yancheng-county-specialty-industries-2026-2028.txt';
  const blocks = seedBlocks(seedBytes(seed).toString('utf8'));
  let text = '';
  beforeAll(async () => {
    text = await read(await makePdf(blocks, { header: '盐城市人民政府办公室' }));
  });

  it('gives back the seed’s paragraphs and tables exactly, in order', () => {
    // The seed's own lines, less leading spaces (a PDF has only indents) and runs of spaces (地  区).
    expect(text).toBe(`${blocksText(blocks).replace(/^ +/gm, '').replace(/ {2,}/g, ' ')}\n`);
  });

  it('drops the running header and the "— N —" page numbers', () => {
    expect(text).not.toContain('盐城市人民政府办公室');
    expect(text).not.toMatch(/— \d+ —/);
  });

  it('rejoins paragraphs that wrapped over many lines, including across pages', () => {
    const longest = blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])).sort((a, b) => b.length - a.length)[0] as string;
    expect(longest.length).toBeGreaterThan(300);
    expect(text.split('\n')).toContain(longest.trim());
  });

  it('reads at body sizes from 10.5 pt to 16 pt (三号, as official documents use)', async () => {
    for (const fontSize of [10.5, 16]) expect(await read(await makePdf(blocks, { fontSize }))).toBe(text);
  });
});

describe('pdf reader: refusals', () => {
  it('refuses a PDF that needs a password to open, and reads one that only restricts permissions', async () => {
    expect(await refusal(async () => read(await makeSimplePdf({ userPassword: 'secret' }), 'locked.pdf'))).toEqual({
      code: 'ENCRYPTED_DOCUMENT',
      message: 'locked.pdf: the document is encrypted or password-protected; export an unprotected copy.',
    });
    // Owner-password PDFs (no copying/printing) are common for government documents and open without one.
    expect(await read(await makeSimplePdf({ ownerPassword: 'owner' }))).toContain('关于推进制造业高质量发展的实施意见');
  });

  it('refuses a scan (images and drawings, no text) with "OCR it first"', async () => {
    expect(await refusal(async () => read(await makeImageOnlyPdf(), 'scan.pdf'))).toEqual({
      code: 'NO_TEXT_LAYER',
      message: 'scan.pdf: the PDF has no text layer (scanned images only) — OCR it first, then ingest the result.',
    });
  });

  it('refuses damaged PDFs with a clear message, not a stack trace', async () => {
    const whole = await makeSimplePdf();
    const damaged = [Buffer.from(`%PDF-1.7\n${'垃圾'.repeat(200)}`), whole.subarray(0, 900), Buffer.from('%PDF-1.4\n')];
    for (const bytes of damaged) {
      const refused = await refusal(() => read(bytes, 'broken.pdf'));
      expect(refused.code).toBe('MALFORMED_DOCUMENT');
      expect(refused.message).toMatch(/^broken\.pdf: the document is damaged and cannot be read \(PDF: .+\); re-export it/);
    }
  });
});
