/**
 * A minimal ZIP reader for .docx that judges the archive from its central directory BEFORE inflating
 * anything: a zip bomb declares its sizes there (or lies about them, which the bounded inflate below
 * catches). Only the entries a reader asks for are ever decompressed, and never beyond their declared size.
 */
import zlib from 'node:zlib';
import { errors } from '../../core/errors.ts';

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipLimits {
  maxEntries: number;
  /** Sum of the declared uncompressed sizes of all entries. */
  maxTotalBytes: number;
  /** Largest uncompressed : compressed ratio allowed, per large entry and for the whole archive. */
  maxRatio: number;
  /** Entries smaller than this are not ratio-checked (a 40 KB run of spaces compresses 200:1 harmlessly). */
  ratioFloorBytes: number;
}

const MB = 1024 * 1024;
export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 2000, maxTotalBytes: 50 * MB, maxRatio: 100, ratioFloorBytes: 1 * MB };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

function damaged(file: string, what: string) {
  return errors.malformedDocument(file, `ZIP archive: ${what}`);
}

function megabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(1)} MB`;
}

/** The end-of-central-directory record sits in the last 64 KB + 22 bytes (its comment may precede nothing else). */
function findEndOfCentralDirectory(file: string, view: DataView): number {
  const earliest = Math.max(0, view.byteLength - 0xffff - 22);
  for (let at = view.byteLength - 22; at >= earliest; at -= 1) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  throw damaged(file, 'no central directory');
}

function readCentralDirectory(file: string, bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.byteLength < 22) throw damaged(file, 'too short');
  const eocd = findEndOfCentralDirectory(file, view);
  const count = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 8, true) !== count) {
    throw errors.unsafeArchive(file, 'it is a multi-part ZIP archive');
  }
  // ZIP64 marks its real values elsewhere with all-ones; no genuine .docx needs it.
  if (count === 0xffff || offset === 0xffffffff) throw errors.unsafeArchive(file, 'it is a ZIP64 archive, which .docx files never need');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw damaged(file, 'bad central directory entry');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > view.byteLength) throw damaged(file, 'entry name runs past the end');
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc32: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function checkEntry(file: string, entry: ZipEntry, limits: ZipLimits): void {
  if (entry.flags & 0x1) throw errors.encryptedDocument(file);
  if (entry.method !== STORED && entry.method !== DEFLATED) {
    throw errors.unsafeArchive(file, `entry ${entry.name} uses compression method ${entry.method}, which Word never writes`);
  }
  const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
  if (entry.uncompressedSize >= limits.ratioFloorBytes && ratio > limits.maxRatio) {
    throw errors.unsafeArchive(
      file,
      `entry ${entry.name} would expand ${Math.round(ratio)}:1 to ${megabytes(entry.uncompressedSize)} (limit ${limits.maxRatio}:1) — a likely zip bomb`,
    );
  }
}

/**
 * Lists the archive's entries after checking, from the central directory alone, that inflating them
 * stays within the limits. Throws UNSAFE_ARCHIVE (or ENCRYPTED_DOCUMENT) otherwise.
 */
export function inspectZip(file: string, bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntry[] {
  const entries = readCentralDirectory(file, bytes);
  if (entries.length > limits.maxEntries) throw errors.unsafeArchive(file, `the archive holds ${entries.length} entries (limit ${limits.maxEntries})`);
  let total = 0;
  let compressed = 0;
  for (const entry of entries) {
    checkEntry(file, entry, limits);
    total += entry.uncompressedSize;
    compressed += entry.compressedSize;
  }
  if (total > limits.maxTotalBytes) {
    throw errors.unsafeArchive(file, `the archive would expand to ${megabytes(total)} (limit ${megabytes(limits.maxTotalBytes)}) — a likely zip bomb`);
  }
  const ratio = total / Math.max(1, compressed);
  if (total >= limits.ratioFloorBytes && ratio > limits.maxRatio) {
    throw errors.unsafeArchive(file, `the archive as a whole would expand ${Math.round(ratio)}:1 (limit ${limits.maxRatio}:1) — a likely zip bomb`);
  }
  return entries;
}

/** Inflates one entry, never producing more than its declared size, and checks its CRC. */
export function readZipEntry(file: string, bytes: Uint8Array, entry: ZipEntry): Buffer {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_SIGNATURE) throw damaged(file, `bad local header for ${entry.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > view.byteLength) throw damaged(file, `entry ${entry.name} runs past the end`);
  const data = bytes.subarray(start, end);
  let content: Buffer;
  if (entry.method === STORED) content = Buffer.from(data);
  else {
    try {
      // A lying central directory is caught here: output beyond the declared size aborts the inflate.
      content = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    } catch (error) {
      const tooLarge = (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
      if (tooLarge) throw errors.unsafeArchive(file, `entry ${entry.name} holds more data than it declares — a likely zip bomb`);
      throw damaged(file, `entry ${entry.name} cannot be inflated`);
    }
  }
  if (content.length !== entry.uncompressedSize) throw damaged(file, `entry ${entry.name} has the wrong size`);
  if (zlib.crc32(content) >>> 0 !== entry.crc32 >>> 0) throw damaged(file, `entry ${entry.name} fails its checksum`);
  return content;
}
