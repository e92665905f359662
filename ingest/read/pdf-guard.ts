/**
 * Judges a PDF's compressed streams BEFORE pdfjs decodes any of them, as zip-guard does for .docx: a
 * 400 KB file can hold a content stream that inflates to 400 MB. Every Flate stream is inflated here
 * once, counting the output and keeping none of it, against the same limits as a .docx archive —
 * total size, and ratio for large streams. Streams compressed in ways no current writer uses (LZW,
 * run-length, compression inside compression) are refused, since they could hide the same thing.
 *
 * Image streams are exempt: pdf.ts has pdfjs skip images altogether. A stream that claims to be an
 * image but is decoded as something else is left to the ingest process's memory cap (service/pool.ts).
 */
import zlib from 'node:zlib';
import { errors } from '../../core/errors.ts';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip-guard.ts';

export type PdfLimits = Pick<ZipLimits, 'maxTotalBytes' | 'maxRatio' | 'ratioFloorBytes'>;
export const DEFAULT_PDF_LIMITS: PdfLimits = {
  maxTotalBytes: DEFAULT_ZIP_LIMITS.maxTotalBytes,
  maxRatio: DEFAULT_ZIP_LIMITS.maxRatio,
  ratioFloorBytes: DEFAULT_ZIP_LIMITS.ratioFloorBytes,
};

const MB = 1024 * 1024;
const FLATE = new Set(['FlateDecode', 'Fl']);
const REFUSED = new Set(['LZWDecode', 'LZW', 'RunLengthDecode', 'RL']);

interface PdfStream {
  dictionary: string;
  data: Uint8Array;
}

/** Integer objects (`12 0 obj 3456 endobj`), where an indirect /Length points. */
function integerObjects(source: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const m of source.matchAll(/(\d+)\s+(\d+)\s+obj\s*(\d+)\s*endobj/g)) found.set(`${m[1]} ${m[2]}`, Number(m[3]));
  return found;
}

/** Every `<<…>> stream … endstream`: its dictionary and data, by /Length when it can be read, else up to `endstream`. */
function* streamsOf(bytes: Uint8Array): Generator<PdfStream> {
  // Latin-1 maps each byte to one character, so string offsets are byte offsets.
  const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let lengths: Map<string, number> | null = null;
  for (const keyword of source.matchAll(/(?<![A-Za-z])stream(\r\n|\n|\r)/g)) {
    const at = keyword.index;
    const dictionary = source.slice(source.lastIndexOf('obj', at) + 3, at);
    const dataStart = at + keyword[0].length;
    const length = /\/Length\s+(\d+)(?:\s+(\d+)\s+R)?/.exec(dictionary);
    let size: number | undefined;
    if (length?.[2] !== undefined) size = (lengths ??= integerObjects(source)).get(`${length[1]} ${length[2]}`);
    else if (length) size = Number(length[1]);
    if (size === undefined || dataStart + size > bytes.length) {
      const end = source.indexOf('endstream', dataStart);
      size = (end < 0 ? bytes.length : end) - dataStart;
    }
    yield { dictionary, data: bytes.subarray(dataStart, dataStart + size) };
  }
}

function filtersOf(dictionary: string): string[] {
  const filter = /\/Filter\s*(\/[A-Za-z0-9]+|\[[^\]]*\])/.exec(dictionary)?.[1] ?? '';
  return [...filter.matchAll(/\/([A-Za-z0-9]+)/g)].map((m) => m[1] as string);
}

/** Inflates `data`, counting: its size, or 'stop' once `stop(sizeSoFar)` says so. Data that is not Flate counts as 0. */
function inflatedSize(data: Uint8Array, stop: (size: number) => boolean): Promise<number | 'stop'> {
  return new Promise((resolve) => {
    const inflate = zlib.createInflate({ finishFlush: zlib.constants.Z_SYNC_FLUSH });
    let size = 0;
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (stop(size)) {
        inflate.destroy();
        resolve('stop');
      }
    });
    inflate.on('end', () => resolve(size));
    // Damaged or not Flate at all: pdfjs will refuse it or read nothing from it.
    inflate.on('error', () => resolve(size));
    inflate.end(data);
  });
}

const megabytes = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

/** Throws UNSAFE_ARCHIVE when decoding the PDF's streams would exceed the limits. */
export async function inspectPdfStreams(file: string, bytes: Uint8Array, limits: PdfLimits = DEFAULT_PDF_LIMITS): Promise<void> {
  let total = 0;
  for (const stream of streamsOf(bytes)) {
    if (/\/Subtype\s*\/Image\b/.test(stream.dictionary)) continue;
    const filters = filtersOf(stream.dictionary);
    const refused = filters.find((f) => REFUSED.has(f));
    if (refused) throw errors.unsafeArchive(file, `the PDF compresses a stream with ${refused}, which no current PDF writer uses; print it to a new PDF first`);
    if (!filters.some((f) => FLATE.has(f))) continue;
    if (filters.length > 1) throw errors.unsafeArchive(file, `the PDF compresses a stream more than once (${filters.join(', ')}); print it to a new PDF first`);
    const compressed = Math.max(1, stream.data.length);
    const ratioExceeded = (size: number) => size >= limits.ratioFloorBytes && size / compressed > limits.maxRatio;
    const size = await inflatedSize(stream.data, (s) => ratioExceeded(s) || total + s > limits.maxTotalBytes);
    if (size === 'stop') {
      throw errors.unsafeArchive(
        file,
        `a PDF stream of ${megabytes(compressed)} expands beyond ${limits.maxRatio}:1 or past ${megabytes(limits.maxTotalBytes)} in all — a likely decompression bomb`,
      );
    }
    total += size;
  }
}
