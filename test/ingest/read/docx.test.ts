/**
 * The .docx reader: the seeds' text shape from real Word structures (paragraphs, tables, list
 * numbering), what it leaves out (headers, footers, page fields, deletions, hidden text), and its
 * refusals of hostile archives, each decided before anything large is inflated.
 */
import { describe, expect, it } from 'vitest';
import { isPolicyKgError, type ErrorCode } from '../../../core/errors.ts';
import { documentText } from '../../../ingest/read/docx-body.ts';
import { formatNumber } from '../../../ingest/read/docx-numbering.ts';
import { readDocx } from '../../../ingest/read/docx.ts';
import { isEncryptedOfficePackage } from '../../../ingest/read/office-cfb.ts';
import { makeDocx } from '../../helpers/make-docx.ts';
import { documentXml, makeZip, minimalDocx, rewriteZip, W_NS } from '../../helpers/make-zip.ts';
import { seedBlocks } from '../../helpers/seed-blocks.ts';
import { seedBytes } from '../../helpers/seeds.ts';

const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const cell = (...paragraphs: string[]) => `<w:tc>${paragraphs.map(p).join('')}</w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const read = (bytes: Buffer) => readDocx({ name: 'plan.docx', bytes }).text;

function refusal(run: () => unknown): { code: ErrorCode; message: string } {
  try {
    run();
  } catch (error) {
    if (isPolicyKgError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected the document to be refused');
}

describe('docx reader: text shape', () => {
  it('writes paragraphs one per line with blank lines, and tables as tab-indented cells with rows apart', () => {
    const body = [
      p('一、总体要求'),
      '<w:p><w:r><w:t>为加快构建</w:t></w:r><w:r><w:t>现代化产业体系。</w:t></w:r></w:p>',
      `<w:tbl>${row(cell('序号'), cell('产业'), cell('2027年目标（亿元）'))}`,
      `${row('<w:tc><w:tcPr><w:gridSpan w:val="3"/></w:tcPr>' + p('大健康产业') + '</w:tc>')}`,
      `${row(cell('1'), cell('金属成型装备', '（新能源汽车零部件）'), cell('110'))}</w:tbl>`,
      p('四、保障措施'),
    ].join('');
    expect(read(minimalDocx(documentXml(body)))).toBe(
      '一、总体要求\n\n为加快构建现代化产业体系。\n\n' +
        '\t序号\n\t产业\n\t2027年目标（亿元）\n\n\t大健康产业\n\n\t1\n\t金属成型装备（新能源汽车零部件）\n\t110\n\n' +
        '四、保障措施\n',
    );
  });

  it('drops page-number fields and keeps other field results; tabs become spaces, breaks new lines', () => {
    const field = (instruction: string, result: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> ${instruction} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${result}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const body = [
      `<w:p><w:r><w:t>第</w:t></w:r>${field('PAGE \\* MERGEFORMAT', '3')}<w:r><w:t>页</w:t></w:r></w:p>`,
      `<w:p><w:r><w:t>详见</w:t></w:r>${field('HYPERLINK "https://example.gov.cn"', '市政府网站')}</w:p>`,
      '<w:p><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>12</w:t></w:r></w:fldSimple></w:p>',
      '<w:p><w:r><w:t>附件</w:t><w:tab/><w:t>1</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>',
    ].join('');
    expect(read(minimalDocx(documentXml(body)))).toBe('第页\n\n详见市政府网站\n\n附件 1\n\n第二行\n');
  });

  it('reads the current text of tracked changes and skips hidden text and duplicate text-box fallbacks', () => {
    const body = [
      '<w:p><w:r><w:t>到</w:t></w:r><w:del w:id="1"><w:r><w:delText>2025</w:delText><w:tab/></w:r></w:del><w:ins w:id="2"><w:r><w:t>2027</w:t></w:r></w:ins><w:r><w:t>年</w:t></w:r></w:p>',
      '<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏批注</w:t></w:r><w:r><w:t>正文</w:t></w:r></w:p>',
      '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>' +
        '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>' +
        `<mc:Fallback><w:pict><w:txbxContent>${p('文本框')}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
    ].join('');
    expect(read(minimalDocx(documentXml(body)))).toBe('到2027年\n\n正文\n\n文本框\n');
  });

  it('decodes entities and honours a non-"w" prefix for the WordprocessingML namespace', () => {
    const xml = `<?xml version="1.0"?><x:document xmlns:x="${W_NS}"><x:body><x:p><x:r><x:t>A&amp;B &#x4E00;&#20108;</x:t></x:r></x:p></x:body></x:document>`;
    expect(documentText(xml)).toBe('A&B 一二\n');
  });

  it('drops the running header and the page-number footer of a real Word file', async () => {
    const blocks = seedBlocks(seedBytes('taizhou-key-industry-chains-action-plan.txt').toString('utf8'));
    const text = read(await makeDocx(blocks, { header: '泰州市人民政府办公室' }));
    expect(text).not.toContain('泰州市人民政府办公室');
    expect(text).not.toMatch(/— \d+ —/);
    expect(text.startsWith('泰州市重点产业链培育提升行动方案\n\n（征求意见稿）\n\n')).toBe(true);
  });
});

describe('docx reader: list numbering', () => {
  it('formats the numbers Chinese documents use', () => {
    expect([1, 2, 10, 11, 20, 21].map((n) => formatNumber(n, 'chineseCounting'))).toEqual(['一', '二', '十', '十一', '二十', '二十一']);
    expect(formatNumber(3, 'chineseLegalSimplified')).toBe('叁');
    expect(formatNumber(3, 'decimalEnclosedCircleChinese')).toBe('③');
    expect(formatNumber(2, 'ideographTraditional')).toBe('乙');
    expect(formatNumber(4, 'upperRoman')).toBe('IV');
    expect(formatNumber(12, 'decimalFullWidth')).toBe('１２');
  });

  it('gives numbered headings the labels Word draws (一、 then （一） restarting under each)', async () => {
    const blocks = seedBlocks(seedBytes('taizhou-key-industry-chains-action-plan.txt').toString('utf8'));
    const typed = read(await makeDocx(blocks));
    const numbered = await makeDocx(blocks, { autoNumber: true });
    expect(numbered.includes(Buffer.from('numbering.xml'))).toBe(true);
    expect(read(numbered)).toBe(typed);
  });

  it('takes numbering from the paragraph style when the paragraph has none of its own', () => {
    const numbering = `<w:numbering xmlns:w="${W_NS}"><w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num></w:numbering>`;
    const styles = `<w:styles xmlns:w="${W_NS}"><w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="PlanHeading"><w:basedOn w:val="Heading1"/></w:style></w:styles>`;
    const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="r2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
    const heading = (text: string) => `<w:p><w:pPr><w:pStyle w:val="PlanHeading"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const docx = minimalDocx(documentXml(heading('总体要求') + p('正文。') + heading('主攻方向')), [
      { name: 'word/_rels/document.xml.rels', data: Buffer.from(rels) },
      { name: 'word/numbering.xml', data: Buffer.from(numbering) },
      { name: 'word/styles.xml', data: Buffer.from(styles) },
    ]);
    expect(read(docx)).toBe('一、总体要求\n\n正文。\n\n二、主攻方向\n');
  });
});

describe('docx reader: hostile archives', () => {
  const MB = 1024 * 1024;

  it('refuses a zip bomb from its central directory, without inflating it', () => {
    const bomb = makeZip([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }, { name: 'word/document.xml', data: Buffer.alloc(100 * MB, 0x20) }]);
    expect(bomb.length).toBeLessThan(MB);
    const started = performance.now();
    const refused = refusal(() => read(bomb));
    expect(performance.now() - started).toBeLessThan(500);
    expect(refused.code).toBe('UNSAFE_ARCHIVE');
    expect(refused.message).toMatch(/plan\.docx: refused, entry word\/document\.xml would expand \d+:1 to 100\.0 MB \(limit 100:1\) — a likely zip bomb/);
  });

  it('refuses an archive whose entries add up to more than 50 MB, and one compressed >100:1 overall', () => {
    const declared = Array.from({ length: 60 }, (_, i) => ({ name: `word/media/image${i}.png`, data: Buffer.from('x'), declaredSize: 900 * 1024 }));
    expect(refusal(() => read(makeZip(declared))).message).toMatch(/would expand to 52\.7 MB \(limit 50\.0 MB\)/);
    const squashed = Array.from({ length: 20 }, (_, i) => ({ name: `word/part${i}.xml`, data: Buffer.alloc(900 * 1024, 0x20) }));
    expect(refusal(() => read(makeZip(squashed))).message).toMatch(/as a whole would expand \d+:1 \(limit 100:1\)/);
  });

  it('stops inflating an entry that holds more than its central directory declares', () => {
    const honest = minimalDocx(documentXml(p('正文')));
    const lying = makeZip([
      { name: '_rels/.rels', data: Buffer.from('<Relationships/>') },
      { name: 'word/document.xml', data: Buffer.alloc(10 * MB, 0x20), declaredSize: 4096 },
    ]);
    expect(read(honest)).toBe('正文\n');
    expect(refusal(() => read(lying))).toMatchObject({ code: 'UNSAFE_ARCHIVE', message: expect.stringMatching(/holds more data than it declares/) });
  });

  it('refuses an archive with thousands of entries', () => {
    const many = Array.from({ length: 2500 }, (_, i) => ({ name: `f${i}.xml`, data: Buffer.from('<a/>'), store: true }));
    expect(refusal(() => read(makeZip(many))).message).toMatch(/holds 2500 entries \(limit 2000\)/);
  });

  it('refuses XML entity bombs and external entities in document.xml of a real Word file', async () => {
    const docx = await makeDocx([{ kind: 'paragraph', text: '正文' }]);
    const laughs = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>';
    const external = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
    for (const dtd of [laughs, external]) {
      const hostile = rewriteZip(docx, (name, data) => (name === 'word/document.xml' ? Buffer.from(data.toString('utf8').replace('?>', `?>${dtd}`)) : data));
      expect(refusal(() => read(hostile))).toEqual({
        code: 'UNSAFE_ARCHIVE',
        message: 'plan.docx: refused, word/document.xml declares a DTD or XML entities, which Word never writes (the shape of an XML entity bomb).',
      });
    }
  });

  it('refuses password-protected files: encrypted ZIP entries and Office "EncryptedPackage" wrappers', () => {
    const zipCrypto = makeZip([{ name: 'word/document.xml', data: Buffer.from('x'), flags: 1 }]);
    expect(refusal(() => read(zipCrypto)).code).toBe('ENCRYPTED_DOCUMENT');
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const encrypted = Buffer.concat([header, Buffer.alloc(504), Buffer.from('EncryptionInfo\0EncryptedPackage', 'utf16le')]);
    expect(isEncryptedOfficePackage(encrypted)).toBe(true);
    expect(refusal(() => read(encrypted))).toEqual({
      code: 'ENCRYPTED_DOCUMENT',
      message: 'plan.docx: the document is encrypted or password-protected; export an unprotected copy.',
    });
    const legacyDoc = Buffer.concat([header, Buffer.alloc(504), Buffer.from('WordDocument', 'utf16le')]);
    expect(refusal(() => read(legacyDoc)).code).toBe('BINARY_INPUT');
  });

  it('refuses damaged archives, archives without a Word document, and empty documents', async () => {
    const docx = await makeDocx([{ kind: 'paragraph', text: '正文' }]);
    expect(refusal(() => read(docx.subarray(0, docx.length - 200)))).toMatchObject({ code: 'MALFORMED_DOCUMENT', message: expect.stringMatching(/is damaged and cannot be read \(ZIP archive/) });
    // Flip a byte of document.xml's compressed data (our writer puts it right after the entry name).
    const corrupt = rewriteZip(docx, (_, data) => data);
    const flipAt = corrupt.indexOf('word/document.xml') + 'word/document.xml'.length + 4;
    corrupt.writeUInt8(corrupt.readUInt8(flipAt) ^ 0xff, flipAt);
    expect(refusal(() => read(corrupt)).code).toBe('MALFORMED_DOCUMENT');
    const workbook = makeZip([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }]);
    expect(refusal(() => read(workbook))).toMatchObject({ code: 'FORMAT_MISMATCH', message: expect.stringMatching(/without a Word document/) });
    expect(refusal(() => read(minimalDocx(documentXml('<w:p/>')))).code).toBe('EMPTY_INPUT');
  });
});
