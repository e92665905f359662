import { describe, expect, it } from 'vitest';
import { createSegmenter, tokenize } from '../../../ingest/segment/index.ts';
import { lexicon } from '../../helpers/seeds.ts';

describe('segmentation with the lexicon dictionary', () => {
  const segmenter = createSegmenter(lexicon());
  it.each([
    ['海工装备和高技术船舶产业', '海工装备'],
    ['市工信局牵头负责', '市工信局'],
    ['加快发展氢能和储能', '氢能'],
    ['支持悦达起亚加快新能源车型研发', '悦达起亚'],
    ['建强北大医学部泰州医药健康产业创新中心', '建强'],
    ['加快建设上海科创成果转化基地', '上海'],
  ])('keeps %s’s %s as one word', (text, word) => {
    expect(tokenize(segmenter, text, 0).map((t) => t.word)).toContain(word);
  });

  it('gives offsets that reassemble the text', () => {
    const text = '到 2027年，力争30条产业链销售收入达7500亿元';
    const tokens = tokenize(segmenter, text, 10);
    for (const token of tokens) expect(text.slice(token.start - 10, token.end - 10)).toBe(token.word);
    expect(tokens.map((t) => t.word).join('')).toBe(text);
  });
});

describe('part-of-speech tags', () => {
  it('equal nodejieba.tag word for word over every seed document', async () => {
    const nodejieba = (await import('nodejieba')).default;
    const { SEED_FILES, seedBytes } = await import('../../helpers/seeds.ts');
    const segmenter = createSegmenter(lexicon());
    let words = 0;
    for (const file of SEED_FILES) {
      for (const line of new TextDecoder().decode(seedBytes(file)).split('\n')) {
        const ours = segmenter.tag(line);
        expect(ours).toEqual(nodejieba.tag(line));
        words += ours.length;
      }
    }
    expect(words).toBeGreaterThan(30_000);
  });
});
