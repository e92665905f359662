/**
 * What the bytes are, judged by their first bytes, never by the file name.
 */
export type SniffedFormat =
  | { kind: 'text' }
  | { kind: 'pdf' }
  | { kind: 'zip' }
  | { kind: 'binary'; what: string };

const MAGIC: { bytes: number[]; what: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'GIF image' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], what: 'TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], what: 'TIFF image' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'legacy Office (.doc/.xls) file' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'ELF executable' },
  { bytes: [0x4d, 0x5a], what: 'Windows executable' },
  { bytes: [0x1f, 0x8b], what: 'gzip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: 'RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: '7-Zip archive' },
  { bytes: [0x42, 0x5a, 0x68], what: 'bzip2 archive' },
  { bytes: [0x00, 0x61, 0x73, 0x6d], what: 'WebAssembly module' },
];

function startsWith(bytes: Uint8Array, prefix: number[], offset = 0): boolean {
  return prefix.every((b, i) => bytes[offset + i] === b);
}

export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  // A PDF may carry a little junk before its header; the spec allows it within the first 1024 bytes.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return { kind: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return { kind: 'zip' };
  for (const magic of MAGIC) if (startsWith(bytes, magic.bytes)) return { kind: 'binary', what: magic.what };
  return { kind: 'text' };
}
