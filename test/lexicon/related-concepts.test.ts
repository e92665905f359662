import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../lexicon/index.ts';
import { NEIGHBOURHOOD_SPAN, relatedConcepts } from '../../lexicon/related-concepts.ts';
import type { LexiconSource } from '../../lexicon/schema.ts';
import { lexicon } from '../helpers/seeds.ts';

const related = (concept: string) => Object.fromEntries(relatedConcepts(lexicon(), concept).map((r) => [r.concept, r.relation]));

describe('the concept tree in lexicon/industries.json', () => {
  it.each([
    ['无人驾驶', '自动驾驶', ['智能网联汽车', '汽车'], '新能源汽车'],
    ['LNG', 'LNG', ['油气'], '新能源'],
    ['漂浮式风电', '漂浮式风电', ['海上风电', '风电', '海洋经济', '新能源'], null],
    ['智能网联新能源汽车', '智能网联新能源汽车', ['智能网联汽车', '新能源汽车', '汽车'], null],
  ])('files %s under %s’s ancestors %j', (wording, concept, ancestors, notUnder) => {
    expect(lexicon().industryMatcher.get(wording)).toBe(concept);
    expect(lexicon().ancestors(concept)).toEqual(expect.arrayContaining(ancestors));
    if (notUnder) expect(lexicon().ancestors(concept)).not.toContain(notUnder);
  });
});

describe('related concepts', () => {
  it.each([
    ['海工装备', { 海洋装备: 'broader', 船舶: 'sibling', 海上风电装备: 'sibling' }],
    ['集成电路', { 半导体: 'broader', 第三代半导体: 'sibling', 功率半导体: 'sibling' }],
    ['合成生物', { 生物制造: 'broader', 生物基材料: 'sibling' }],
    ['海上风电', { 风电: 'broader', 海上风电装备: 'listed' }],
    ['海上风电装备', { 海上风电: 'listed' }],
    ['智能网联汽车', { 新能源汽车: 'listed' }],
  ])('%s → %j', (concept, expected) => {
    expect(related(concept)).toMatchObject(expected);
  });

  it.each([
    ['海工装备', '高端装备'],
    ['集成电路', '电子信息'],
    ['海上风电', '海洋经济'],
    ['海工装备', '海工装备'],
    ['半导体', '集成电路'],
  ])('does not relate %s to %s (a sector, itself, or a narrower concept)', (concept, other) => {
    expect(related(concept)).not.toHaveProperty(other);
  });

  it(`takes a broader concept spanning at most ${NEIGHBOURHOOD_SPAN} concepts for a neighbour`, () => {
    const sector = Array.from({ length: NEIGHBOURHOOD_SPAN + 1 }, (_, i) => ({ name: `门类${i}`, synonyms: [], broader: ['大门类'], related: [] }));
    const source: LexiconSource = { ...lexicon().source, industries: [{ name: '大门类', synonyms: [], broader: [], related: [] }, ...sector] };
    expect(relatedConcepts(buildLexicon(source), '门类0')).toEqual([]);
    const small: LexiconSource = { ...source, industries: source.industries.slice(0, NEIGHBOURHOOD_SPAN + 1) };
    expect(relatedConcepts(buildLexicon(small), '门类0').map((r) => r.relation)).toContain('broader');
  });
});
