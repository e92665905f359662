/**
 * A minimal ZIP writer for hostile .docx fixtures: zip bombs (huge, highly compressible entries),
 * archives whose central directory lies about sizes, encrypted entries, and packages with a chosen
 * document.xml. Also rewrites a real .docx with one part replaced.
 */
import zlib from 'node:zlib';
import { inspectZip, readZipEntry } from '../../ingest/read/zip-guard.ts';

export interface ZipFixtureEntry {
  name: string;
  data: Buffer;
  /** Deflate (default) or store. */
  store?: boolean;
  /** Overrides the uncompressed size written to the headers (a lying archive). */
  declaredSize?: number;
  /** General-purpose flags; bit 0 marks the entry encrypted. */
  flags?: number;
}

function header(fields: [number, 2 | 4][]): Buffer {
  const buffer = Buffer.alloc(fields.reduce((n, [, size]) => n + size, 0));
  let at = 0;
  for (const [value, size] of fields) {
    if (size === 2) buffer.writeUInt16LE(value, at);
    else buffer.writeUInt32LE(value >>> 0, at);
    at += size;
  }
  return buffer;
}

export function makeZip(entries: ZipFixtureEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const body = entry.store ? entry.data : zlib.deflateRawSync(entry.data);
    const method = entry.store ? 0 : 8;
    const crc = zlib.crc32(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const flags = entry.flags ?? 0;
    const local = header([[0x04034b50, 4], [20, 2], [flags, 2], [method, 2], [0, 2], [0, 2], [crc, 4], [body.length, 4], [size, 4], [name.length, 2], [0, 2]]);
    locals.push(local, name, body);
    centrals.push(
      header([[0x02014b50, 4], [20, 2], [20, 2], [flags, 2], [method, 2], [0, 2], [0, 2], [crc, 4], [body.length, 4], [size, 4], [name.length, 2], [0, 2], [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]]),
      name,
    );
    offset += local.length + name.length + body.length;
  }
  const central = Buffer.concat(centrals);
  const end = header([[0x06054b50, 4], [0, 2], [0, 2], [entries.length, 2], [entries.length, 2], [central.length, 4], [offset, 4], [0, 2]]);
  return Buffer.concat([...locals, central, end]);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A hand-written document.xml around the given body XML. */
export function documentXml(body: string, prolog = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${prolog}<w:document xmlns:w="${W_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}</w:body></w:document>`;
}

/** The smallest package Word would open: content types, the root relationship and document.xml. */
export function minimalDocx(documentXmlText: string, extra: ZipFixtureEntry[] = []): Buffer {
  return makeZip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(ROOT_RELS) },
    { name: 'word/document.xml', data: Buffer.from(documentXmlText) },
    ...extra,
  ]);
}

/** A real .docx with some parts replaced (e.g. document.xml given a DTD). */
export function rewriteZip(zip: Buffer, replace: (name: string, data: Buffer) => Buffer): Buffer {
  const entries = inspectZip('fixture.docx', zip);
  return makeZip(entries.map((e) => ({ name: e.name, data: replace(e.name, readZipEntry('fixture.docx', zip, e)) })));
}
