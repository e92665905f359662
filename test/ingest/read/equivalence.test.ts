/**
 * The format must not change what a plan says: every seed ingested as .txt, as Word (typed numbers
 * and list-numbered headings), as PDF, and re-encoded as GBK/GB18030/UTF-16/UTF-8 BOM yields the same
 * departments, tasks, industries and targets. The .docx and .pdf files are built from the seed's
 * own paragraphs and tables (test/helpers/seed-blocks.ts), never committed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestFile } from '../../../ingest/pipeline.ts';
import { defaultReaders } from '../../../ingest/read/readers.ts';
import { createSegmenter } from '../../../ingest/segment/index.ts';
import { makeDocx } from '../../helpers/make-docx.ts';
import { makePdf } from '../../helpers/make-pdf.ts';
import { planSummary, type PlanSummary } from '../../helpers/plan-summary.ts';
import { seedBlocks } from '../../helpers/seed-blocks.ts';
import { lexicon as loadSeedLexicon, SEED_FILES, seedBytes } from '../../helpers/seeds.ts';
import { TEXT_ENCODINGS } from '../../helpers/text-encodings.ts';

const lexicon = loadSeedLexicon();
const segmenter = createSegmenter(lexicon);
const readers = defaultReaders({ maxFileBytes: 20 * 1024 * 1024 });

async function summaryOf(name: string, bytes: Uint8Array): Promise<PlanSummary> {
  return planSummary(await ingestFile({ name, bytes }, { lexicon, segmenter, readers }));
}

for (const file of SEED_FILES) {
  describe(file, () => {
    const base = file.replace(/\.txt$/, '');
    const text = seedBytes(file).toString('utf8');
    const blocks = seedBlocks(text);
    let expected: PlanSummary;

    beforeAll(async () => {
      expected = await summaryOf(file, seedBytes(file));
      // Equality below only means something if the seed yields each kind of fact.
      expect(expected.tasks.length).toBeGreaterThan(0);
      expect(expected.industries.length).toBeGreaterThan(0);
      expect(expected.targets.length).toBeGreaterThan(0);
      expect(expected.departments.length).toBeGreaterThan(0);
    });

    it('as .docx with typed numbers, and with Word list numbering', async () => {
      expect(await summaryOf(`${base}.docx`, await makeDocx(blocks))).toEqual(expected);
      expect(await summaryOf(`${base}.docx`, await makeDocx(blocks, { autoNumber: true }))).toEqual(expected);
    });

    it('as .pdf', async () => {
      expect(await summaryOf(`${base}.pdf`, await makePdf(blocks))).toEqual(expected);
    });

    it('as .txt in GBK, GB18030, UTF-16 (LE and BE with BOM, LE without) and UTF-8 with BOM', async () => {
      for (const { variant, encode } of TEXT_ENCODINGS) {
        expect({ variant, summary: await summaryOf(file, encode(text)) }).toEqual({ variant, summary: expected });
      }
    });
  });
}
