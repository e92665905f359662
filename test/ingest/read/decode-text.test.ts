/**
 * Plain-text encodings: every seed re-encoded the ways Chinese offices save text decodes to exactly
 * the seed's text; bytes that are not text are refused with the right code.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { isPolicyKgError, type ErrorCode } from '../../../core/errors.ts';
import { decodeText } from '../../../ingest/read/decode-text.ts';
import { readDocument } from '../../../ingest/read/index.ts';
import { SEED_FILES, seedBytes } from '../../helpers/seeds.ts';
import { TEXT_ENCODINGS } from '../../helpers/text-encodings.ts';

function refusalCode(run: () => unknown): ErrorCode {
  try {
    run();
  } catch (error) {
    if (isPolicyKgError(error)) return error.code;
    throw error;
  }
  throw new Error('expected the bytes to be refused');
}

/** Deterministic noise (a linear congruential generator), so a failure can be reproduced. */
function noise(length: number, seed: number, avoidZero = false): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i += 1) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = (state >>> 16) & 0xff;
    if (avoidZero && bytes[i] === 0) bytes[i] = 0x80;
  }
  return bytes;
}

describe('decodeText: every seed in every common encoding', () => {
  for (const file of SEED_FILES) {
    const text = seedBytes(file).toString('utf8');
    for (const { variant, label, encode } of TEXT_ENCODINGS) {
      it(`${file} as ${variant} decodes to the identical text`, () => {
        expect(decodeText(file, encode(text))).toEqual({ encoding: label, text });
      });
    }
  }

  it('uses GBK fixtures that are the seeds themselves (every seed character exists in GBK)', () => {
    for (const file of SEED_FILES) {
      const text = seedBytes(file).toString('utf8');
      expect(iconv.decode(iconv.encode(text, 'gbk'), 'gbk')).toBe(text);
    }
  });
});

describe('decodeText: refusals', () => {
  it('refuses random binary with NUL bytes as binary, and without them as undecodable', () => {
    expect(refusalCode(() => decodeText('noise.txt', noise(4096, 7)))).toBe('BINARY_INPUT');
    expect(refusalCode(() => decodeText('noise.txt', noise(4096, 11, true)))).toBe('UNDECODABLE_INPUT');
  });

  it('refuses text laced with NUL bytes', () => {
    const laced = Buffer.from('一、总体要求\n\0\0\0为加快构建现代化产业体系\0\0\n'.repeat(20), 'utf8');
    expect(refusalCode(() => decodeText('laced.txt', laced))).toBe('BINARY_INPUT');
  });

  it('refuses empty and blank files as empty', () => {
    expect(refusalCode(() => decodeText('empty.txt', Buffer.alloc(0)))).toBe('EMPTY_INPUT');
    expect(refusalCode(() => decodeText('blank.txt', Buffer.from(' \n\t\r\n　\n', 'utf8')))).toBe('EMPTY_INPUT');
  });

  it('refuses a PNG (or other binary with a known header) named .txt, saying what it is', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), noise(512, 3)]);
    await expect(readDocument({ name: 'chart.txt', bytes: png })).rejects.toMatchObject({
      code: 'BINARY_INPUT',
      message: expect.stringContaining('PNG image'),
    });
    await expect(readDocument({ name: 'empty.txt', bytes: new Uint8Array(0) })).rejects.toMatchObject({ code: 'EMPTY_INPUT' });
  });
});
