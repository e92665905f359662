/**
 * Text decoding with the encoding detected from the bytes: a BOM if present, otherwise UTF-8, then
 * UTF-16 (by its zero-byte pattern), then GB18030 (a superset of GBK/GB2312). A decoding is accepted
 * only if it is strict (no invalid sequences) and reads like text.
 */
import { errors } from '../../core/errors.ts';

export interface DecodedText {
  encoding: string;
  text: string;
}

function strictDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Share of characters that ordinary Chinese or Latin prose is made of. */
export function textLikeness(text: string): number {
  if (text.length === 0) return 0;
  let good = 0;
  let total = 0;
  for (let i = 0; i < text.length; i += 1) {
    let c = text.charCodeAt(i);
    // A surrogate pair is one character (CJK Extension B and beyond count as Chinese).
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      c = 0x10000 + ((c - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00);
      i += 1;
    }
    total += 1;
    const printableAscii = c >= 0x20 && c < 0x7f;
    const whitespace = c === 0x09 || c === 0x0a || c === 0x0d;
    const cjk = (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x20000 && c <= 0x2ebef);
    const punctuation = (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2000 && c <= 0x206f);
    const latinExtended = c >= 0xa0 && c <= 0x24f;
    const symbols = (c >= 0x2100 && c <= 0x27bf) || (c >= 0x2460 && c <= 0x24ff) || (c >= 0x25a0 && c <= 0x25ff);
    if (printableAscii || whitespace || cjk || punctuation || latinExtended || symbols) good += 1;
  }
  return good / total;
}

/**
 * The likely UTF-16 byte order when there is no BOM. Every ASCII character (newline, digit, space)
 * puts a zero in the high byte; mostly-Chinese text has only ~5% of those, but never a zero in the
 * other position, so a lopsided zero count is the signal.
 */
function utf16ByteOrder(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 65536));
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2 || bytes.length % 2 !== 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros += 1;
    if (sample[i + 1] === 0) oddZeros += 1;
  }
  const high = Math.max(evenZeros, oddZeros);
  if (high / pairs < 0.01 || Math.min(evenZeros, oddZeros) > high / 8) return null;
  return oddZeros > evenZeros ? 'utf-16le' : 'utf-16be';
}

const MIN_TEXT_LIKENESS = 0.97;

export function decodeText(file: string, bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw errors.emptyInput(file);

  const boms: [number[], string, string][] = [
    [[0xef, 0xbb, 0xbf], 'utf-8', 'utf-8-bom'],
    [[0xff, 0xfe], 'utf-16le', 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be', 'utf-16be'],
  ];
  const candidates: [string, string][] = [];
  const bom = boms.find(([prefix]) => prefix.every((b, i) => bytes[i] === b));
  if (bom) candidates.push([bom[1], bom[2]]);
  else {
    const order = utf16ByteOrder(bytes);
    if (order) candidates.push([order, order]);
    candidates.push(['utf-8', 'utf-8'], ['gb18030', 'gb18030'], ['utf-16le', 'utf-16le'], ['utf-16be', 'utf-16be']);
  }

  for (const [decoder, label] of candidates) {
    const text = strictDecode(decoder, bytes);
    if (text === null) continue;
    if (text.includes('\u0000')) continue;
    if (text.trim().length === 0) throw errors.emptyInput(file);
    if (textLikeness(text) < MIN_TEXT_LIKENESS) continue;
    return { encoding: label, text };
  }
  if (bytes.includes(0)) throw errors.binaryInput(file, 'contains NUL bytes');
  throw errors.undecodableInput(file);
}
