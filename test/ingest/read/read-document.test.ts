/**
 * readDocument with the default readers: the bytes decide the format and the name must agree; unsafe
 * names and oversized files are refused before any parsing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { isPolicyKgError, type ErrorCode } from '../../../core/errors.ts';
import { MAX_TEXT_CHARACTERS, readDocument } from '../../../ingest/read/index.ts';
import { defaultReaders } from '../../../ingest/read/readers.ts';
import { makeDocx } from '../../helpers/make-docx.ts';
import { makeSimplePdf } from '../../helpers/make-pdf.ts';

const readers = defaultReaders({ maxFileBytes: 20 * 1024 * 1024 });
const read = (name: string, bytes: Uint8Array, withReaders = readers) => readDocument({ name, bytes }, withReaders);

async function refusal(run: () => Promise<unknown> | unknown): Promise<{ code: ErrorCode; message: string }> {
  try {
    await run();
  } catch (error) {
    if (isPolicyKgError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

let docx: Buffer;
let pdf: Buffer;
beforeAll(async () => {
  docx = await makeDocx([{ kind: 'paragraph', text: '关于推进制造业高质量发展的实施意见' }]);
  pdf = await makeSimplePdf();
});

describe('readDocument: formats', () => {
  it('reads .docx and .pdf into the same text', async () => {
    const fromDocx = await read('plan.docx', docx);
    const fromPdf = await read('plan.pdf', pdf);
    expect(fromDocx).toMatchObject({ format: 'docx', encoding: 'docx-xml', key: 'plan', text: '关于推进制造业高质量发展的实施意见\n' });
    // A one-page PDF keeps its header line: nothing repeats, so nothing marks it as running.
    expect(fromPdf).toMatchObject({ format: 'pdf', encoding: 'pdf-text', key: 'plan' });
    expect(fromPdf.text).toContain('关于推进制造业高质量发展的实施意见\n');
  });

  it('refuses a name that disagrees with the bytes: PDF named .docx, .docx named .pdf, text named .pdf', async () => {
    expect(await refusal(() => read('plan.docx', pdf))).toEqual({
      code: 'FORMAT_MISMATCH',
      message: 'plan.docx: the name says ".docx" but the content is a PDF document. Rename the file to match its content.',
    });
    expect(await refusal(() => read('plan.pdf', docx))).toMatchObject({ code: 'FORMAT_MISMATCH', message: expect.stringContaining('a ZIP archive') });
    expect(await refusal(() => read('plan.pdf', Buffer.from('一、总体要求\n', 'utf8')))).toMatchObject({
      code: 'FORMAT_MISMATCH',
      message: expect.stringContaining('plain text'),
    });
    expect(await refusal(() => read('plan.txt', docx))).toMatchObject({ code: 'FORMAT_MISMATCH' });
  });
});

describe('readDocument: names and sizes', () => {
  it('refuses a double extension when reading, and never lets a path into the plan key', async () => {
    expect(await refusal(() => read('plan.exe.txt', Buffer.from('正文', 'utf8')))).toMatchObject({ code: 'BAD_FILE_NAME' });
    expect(await refusal(() => read('report.pdf.js.docx', docx))).toMatchObject({ code: 'BAD_FILE_NAME' });
    expect(await read('../../etc/plan.docx', docx)).toMatchObject({ file: 'plan.docx', key: 'plan' });
  });

  it('has each reader refuse a file over the size limit before parsing it', async () => {
    const small = defaultReaders({ maxFileBytes: 1000 });
    for (const [name, bytes] of [['big.docx', docx], ['big.pdf', pdf]] as const) {
      expect(bytes.length).toBeGreaterThan(1000);
      expect(await refusal(() => read(name, bytes, small))).toEqual({
        code: 'INPUT_TOO_LARGE',
        message: `${name}: ${bytes.length} bytes exceeds the limit of 1000 bytes (set POLICY_KG_MAX_FILE_BYTES to change it).`,
      });
    }
  });

  it('refuses more text than any plan has, and takes the most there may be', async () => {
    const refused = await refusal(() => read('huge.txt', Buffer.from('氢'.repeat(MAX_TEXT_CHARACTERS + 1), 'utf8')));
    expect(refused).toMatchObject({ code: 'INPUT_TOO_LARGE', message: expect.stringContaining(`${MAX_TEXT_CHARACTERS + 1} characters`) });
    expect((await read('largest.txt', Buffer.from('氢'.repeat(MAX_TEXT_CHARACTERS), 'utf8'))).text).toHaveLength(MAX_TEXT_CHARACTERS);
  });
});
