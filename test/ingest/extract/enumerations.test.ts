import { describe, expect, it } from 'vitest';
import { headedLists } from '../../../ingest/extract/enumerations.ts';
import { createSegmenter, tokenize } from '../../../ingest/segment/index.ts';
import { lexicon } from '../../helpers/seeds.ts';

const HEADS = ['龙头企业', '企业', '企业集团'];
const listsIn = (text: string) => {
  const tokens = tokenize(createSegmenter(lexicon()), text, 0);
  return headedLists(text, tokens, 0, HEADS, (phrase) => /争创|打造/.test(phrase)).map((l) => ({ items: l.items.map((i) => i.text), head: l.head, modifiers: l.modifiers }));
};

describe('lists closed by 等 and a head noun', () => {
  it.each([
    ['依托天合光能、阿特斯、润阳光伏等龙头企业，加快突破。', ['依托天合光能', '阿特斯', '润阳光伏'], '龙头企业', ''],
    ['依托绿叶制药、东诚药业和荣昌生物等龙头企业发展。', ['依托绿叶制药', '东诚药业', '荣昌生物'], '龙头企业', ''],
    ['涌现出了科行环保、富乐德等一批拥有自主知识产权的创新型企业。', ['涌现出了科行环保', '富乐德'], '企业', '创新型'],
    ['推动与现代、SK、LG等韩国前十强企业集团开展合作。', ['推动与现代', 'SK', 'LG'], '企业集团', '韩国前十强'],
  ])('reads %s', (text, items, head, modifiers) => {
    expect(listsIn(text)).toEqual([{ items, head, modifiers }]);
  });

  it.each([
    ['推动东海硅材料、灌南食品添加剂等争创省级以上中小企业特色产业集群。'],
    ['鼓励龙头企业、专精特新中小企业等开展协同创新。'],
  ])('finds no list where the head does not end the phrase after 等: %s', (text) => {
    expect(listsIn(text)).toEqual([]);
  });

  it('keeps a name the segmenter cut at a conjunction whole (天/和/机械)', () => {
    expect(listsIn('鼓励华丰科技、天和机械等企业建设企业技术中心。')[0]?.items).toEqual(['鼓励华丰科技', '天和机械']);
  });
});
