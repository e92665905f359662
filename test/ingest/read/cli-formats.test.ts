/**
 * The real CLI on real-world inputs: `policy-kg ingest a.docx b.pdf gbk.txt` stores three plans; a run
 * with one hostile file exits non-zero, names the file and its problem, and leaves the store exactly
 * as it was (or absent).
 */
import fs from 'node:fs';
import iconv from 'iconv-lite';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.ts';
import { makeDocx } from '../../helpers/make-docx.ts';
import { makeImageOnlyPdf, makePdf } from '../../helpers/make-pdf.ts';
import { makeZip } from '../../helpers/make-zip.ts';
import { seedBlocks } from '../../helpers/seed-blocks.ts';
import { seedBytes } from '../../helpers/seeds.ts';
import { openEmbeddedStore } from '../../helpers/stores.ts';
import { tempDir } from '../../helpers/temp.ts';

const temp = tempDir('policy-kg-formats-');
const file = (name: string) => path.join(temp.dir, name);
const data = file('data');
const storeFile = path.join(data, 'graph.db');
const blocksOf = (seed: string) => seedBlocks(seedBytes(seed).toString('utf8'));

beforeAll(async () => {
  fs.writeFileSync(file('a.docx'), await makeDocx(blocksOf('taizhou-key-industry-chains-action-plan.txt')));
  fs.writeFileSync(file('b.pdf'), await makePdf(blocksOf('yancheng-county-specialty-industries-2026-2028.txt')));
  fs.writeFileSync(file('gbk.txt'), iconv.encode(seedBytes('lianyungang-manufacturing-strong-city-action-plan.txt').toString('utf8'), 'gbk'));
  fs.writeFileSync(file('bomb.docx'), makeZip([{ name: 'word/document.xml', data: Buffer.alloc(80 * 1024 * 1024, 0x20) }]));
  fs.writeFileSync(file('scan.pdf'), await makeImageOnlyPdf());
  fs.writeFileSync(file('plan.exe.txt'), '一、总体要求\n');
});
afterAll(() => temp.cleanup());

describe('policy-kg ingest with .docx, .pdf and GBK .txt', () => {
  it('stores the three plans', async () => {
    const result = runCli(['ingest', file('a.docx'), file('b.pdf'), file('gbk.txt')], { POLICY_KG_DATA: data });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/a\.docx/);
    const store = await openEmbeddedStore(storeFile);
    const graph = await store.exportGraph();
    await store.close();
    const plans = graph.nodes.flatMap((n) => (n.label === 'Plan' ? [[n.file, n.encoding, n.city]] : []));
    expect(plans.sort()).toEqual([
      ['a.docx', 'docx-xml', '泰州市'],
      ['b.pdf', 'pdf-text', '盐城市'],
      ['gbk.txt', 'gb18030', '连云港市'],
    ]);
  });

  it('refuses a run with a zip bomb among good files, leaving the store byte-identical', () => {
    const before = fs.readFileSync(storeFile);
    const result = runCli(['ingest', file('a.docx'), file('bomb.docx'), file('gbk.txt')], { POLICY_KG_DATA: data });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/error: bomb\.docx: refused, entry word\/document\.xml would expand \d+:1 to 80\.0 MB/);
    expect(result.stderr).toContain('Nothing was stored: 1 of 3 file(s) could not be ingested.');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(fs.readFileSync(storeFile).equals(before)).toBe(true);
  });

  it('refuses a scan, an oversized file and a hidden extension without creating a store', () => {
    const fresh = file('fresh-data');
    const scan = runCli(['ingest', file('gbk.txt'), file('scan.pdf'), file('plan.exe.txt')], { POLICY_KG_DATA: fresh });
    expect(scan.status).toBe(1);
    expect(scan.stderr).toContain('error: scan.pdf: the PDF has no text layer (scanned images only) — OCR it first');
    expect(scan.stderr).toContain('error: Refused file name "plan.exe.txt": it hides a ".exe" extension.');
    const large = runCli(['ingest', file('a.docx')], { POLICY_KG_DATA: fresh, POLICY_KG_MAX_FILE_BYTES: '1000' });
    expect(large.status).toBe(1);
    expect(large.stderr).toMatch(/error: a\.docx: \d+ bytes exceeds the limit of 1000 bytes/);
    expect(fs.existsSync(path.join(fresh, 'graph.db'))).toBe(false);
  });
});
