import { describe, expect, it } from 'vitest';
import { governingVerbs, hasProperNoun, startAfterVerbs } from '../../../ingest/extract/name-evidence.ts';
import { createSegmenter, tokenize } from '../../../ingest/segment/index.ts';
import { lexicon } from '../../helpers/seeds.ts';

const tokensOf = (text: string) => tokenize(createSegmenter(lexicon()), text, 0);

describe('proper nouns among the segmenter’s words', () => {
  it.each([
    ['龙门', true],
    ['偃师', true],
    ['湾沚', true],
    ['中国工程物理研究院', true],
    ['SK', true],
    ['海洋', false],
    ['智能家电', false],
    ['重大科技', false],
    ['实习实训', false],
  ])('%s → %s', (text, expected) => {
    expect(hasProperNoun(tokensOf(text), lexicon())).toBe(expected);
  });
});

describe('where a name starts after the verb that governs it', () => {
  it.each([
    ['充分发挥江苏新能源汽车研究院', '江苏新能源汽车研究院', '发挥'],
    ['盐城市大力加强高新区', '高新区', '加强'],
    ['射阳港经济开发区获批省级经济开发区', '省级经济开发区', '获批'],
    ['设立RCEP企业服务中心', 'RCEP企业服务中心', '设立'],
    ['中国工程物理研究院', '中国工程物理研究院', null],
  ])('%s → %s', (text, name, verb) => {
    const cut = startAfterVerbs(text, 0, tokensOf(text), governingVerbs(lexicon()));
    expect([text.slice(cut.start), cut.verb]).toEqual([name, verb]);
  });
});
