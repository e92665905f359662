/**
 * The PDF stream guard and page bound: real PDFs pass; decompression bombs, obsolete or nested
 * compression and too many pages are refused before pdfjs decodes anything.
 */
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isPolicyKgError } from '../../../core/errors.ts';
import { inspectPdfStreams } from '../../../ingest/read/pdf-guard.ts';
import { MAX_PAGES, readPdf } from '../../../ingest/read/pdf.ts';
import { makeImageOnlyPdf, makePdf } from '../../helpers/make-pdf.ts';
import { deflateRepeated, pagesPdf, pdfBomb } from '../../helpers/make-raw-pdf.ts';
import { seedBlocks } from '../../helpers/seed-blocks.ts';
import { seedBytes } from '../../helpers/seeds.ts';

const MB = 1024 * 1024;

async function refusal(run: () => Promise<unknown>): Promise<{ code: string; message: string } | null> {
  try {
    await run();
    return null;
  } catch (error) {
    if (isPolicyKgError(error)) return { code: error.code, message: error.message };
    throw error;
  }
}

const flate = (text: string) => zlib.deflateSync(Buffer.from(text, 'latin1'));

describe('PDF stream guard', () => {
  it('lets real PDFs through: a seed laid out with tables and a CJK font, and a scan', async () => {
    const text = await makePdf(seedBlocks(seedBytes('taizhou-key-industry-chains-action-plan.txt').toString('utf8')));
    await expect(inspectPdfStreams('plan.pdf', text)).resolves.toBeUndefined();
    await expect(inspectPdfStreams('scan.pdf', await makeImageOnlyPdf())).resolves.toBeUndefined();
  });

  it.each([
    ['a content stream expanding 1000:1', () => pdfBomb(24 * MB), /expands beyond 100:1.*decompression bomb/],
    ['the same bomb with its /Length in another object', () => pdfBomb(24 * MB, { indirectLength: true }), /decompression bomb/],
    ['an LZW-compressed stream', async () => pagesPdf({ dictionary: '/Filter /LZWDecode', data: Buffer.from('\x80\x0b\x60\x50\x22\x0c\x0c\x85\x01') }), /LZWDecode, which no current PDF writer uses/],
    ['a stream compressed twice', async () => pagesPdf({ dictionary: '/Filter [/FlateDecode /FlateDecode]', data: zlib.deflateSync(flate('q Q\n')) }), /more than once/],
    ['a stream run-length encoded', async () => pagesPdf({ dictionary: '/Filter /RunLengthDecode', data: Buffer.from([0x81, 0x20, 0x80]) }), /RunLengthDecode/],
  ])('refuses %s before pdfjs reads it', async (_, make, message) => {
    const refused = await refusal(async () => readPdf({ name: 'bomb.pdf', bytes: await make() }));
    expect(refused?.code).toBe('UNSAFE_ARCHIVE');
    expect(refused?.message).toMatch(message);
  });

  it('counts every stream towards the total, however modest each one', async () => {
    const stream = { dictionary: '/Filter /FlateDecode', data: await deflateRepeated('0 0 m 1 1 l S\n', 60_000) };
    const pdf = pagesPdf(stream, 1, [stream, stream]);
    const limits = { maxTotalBytes: 150_000, maxRatio: 100, ratioFloorBytes: 10 * MB };
    expect(await refusal(() => inspectPdfStreams('many.pdf', pdf, limits))).toMatchObject({ code: 'UNSAFE_ARCHIVE', message: expect.stringMatching(/past 0\.1 MB in all/) });
    await expect(inspectPdfStreams('many.pdf', pdf, { ...limits, maxTotalBytes: 200_000 })).resolves.toBeUndefined();
  });

  it('leaves image streams to pdfjs, which skips images unseen', async () => {
    const blank = { dictionary: '/Type /XObject /Subtype /Image /Width 4000 /Height 4000 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode', data: await deflateRepeated('\xff', 48 * MB) };
    const pdf = pagesPdf({ dictionary: '', data: Buffer.from('BT ET') }, 1, [blank]);
    await expect(inspectPdfStreams('white.pdf', pdf)).resolves.toBeUndefined();
    expect((await refusal(() => readPdf({ name: 'white.pdf', bytes: pdf })))?.code).toBe('NO_TEXT_LAYER');
  });
});

describe('PDF page bound', () => {
  it(`refuses more than ${MAX_PAGES} pages`, async () => {
    const pdf = pagesPdf({ dictionary: '', data: Buffer.from('BT ET') }, MAX_PAGES + 1);
    expect(await refusal(() => readPdf({ name: 'long.pdf', bytes: pdf }))).toMatchObject({ code: 'UNSAFE_ARCHIVE', message: expect.stringContaining(`${MAX_PAGES + 1} pages (limit ${MAX_PAGES})`) });
  });
});
