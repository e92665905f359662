/**
 * PDFs assembled object by object, for what pdfkit will not write: decompression bombs, obsolete or
 * nested filters, thousands of pages. Each is a valid PDF (objects, cross-reference table, trailer).
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

export interface RawStream {
  /** Dictionary entries besides /Length, e.g. `/Filter /FlateDecode`. */
  dictionary: string;
  data: Buffer;
  /** Give /Length as a reference to an integer object instead of a number. */
  indirectLength?: boolean;
}

/** objects[i] becomes object i+1; object 1 must be the catalog. */
export function rawPdf(objects: (string | RawStream)[]): Buffer {
  const bodies: Buffer[] = [];
  const extra: string[] = [];
  const number = (i: number) => i + 1;
  objects.forEach((object, i) => {
    if (typeof object === 'string') {
      bodies.push(Buffer.from(`${number(i)} 0 obj\n${object}\nendobj\n`, 'latin1'));
      return;
    }
    const lengthRef = objects.length + extra.length + 1;
    const length = object.indirectLength ? `${lengthRef} 0 R` : String(object.data.length);
    if (object.indirectLength) extra.push(String(object.data.length));
    bodies.push(Buffer.concat([Buffer.from(`${number(i)} 0 obj\n<< ${object.dictionary} /Length ${length} >>\nstream\n`, 'latin1'), object.data, Buffer.from('\nendstream\nendobj\n', 'latin1')]));
  });
  extra.forEach((value, k) => bodies.push(Buffer.from(`${objects.length + k + 1} 0 obj\n${value}\nendobj\n`, 'latin1')));
  const header = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1');
  const offsets: number[] = [];
  let at = header.length;
  for (const body of bodies) {
    offsets.push(at);
    at += body.length;
  }
  const xref = [`xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  const trailer = `trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`;
  return Buffer.concat([header, ...bodies, Buffer.from(xref + trailer, 'latin1')]);
}

/** Deflates `chunk` repeated until `bytes` long, streaming, so the inflated text is never held in memory. */
export async function deflateRepeated(chunk: string, bytes: number): Promise<Buffer> {
  const piece = Buffer.from(chunk.repeat(Math.max(1, Math.floor((1024 * 1024) / chunk.length))), 'latin1');
  async function* pieces() {
    for (let written = 0; written < bytes; written += piece.length) yield piece.subarray(0, Math.min(piece.length, bytes - written));
  }
  const out: Buffer[] = [];
  await pipeline(Readable.from(pieces()), zlib.createDeflate({ level: 9 }), async (deflated: AsyncIterable<Buffer>) => {
    for await (const part of deflated) out.push(part);
  });
  return Buffer.concat(out);
}

/** A PDF of `pages` pages (one /Kids entry each) sharing one content stream. */
export function pagesPdf(content: RawStream, pages = 1, extraObjects: (string | RawStream)[] = []): Buffer {
  const kids = Array.from({ length: pages }, (_, i) => `${4 + i} 0 R`).join(' ');
  const page = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R /Resources << >> >>';
  return rawPdf([`<< /Type /Catalog /Pages 2 0 R >>`, `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`, content, ...Array.from({ length: pages }, () => page), ...extraObjects]);
}

/** A decompression bomb: one page whose content stream of no-op operators inflates to `inflatedBytes`. */
export async function pdfBomb(inflatedBytes: number, options: { indirectLength?: boolean } = {}): Promise<Buffer> {
  return pagesPdf({ dictionary: '/Filter /FlateDecode', data: await deflateRepeated('q Q\n', inflatedBytes), ...options });
}
