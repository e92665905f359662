import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/config.ts';
import { jiebaDictionaryText, regeneratedShortForms } from '../../lexicon/gazetteer/common-words.ts';
import { stemOf } from '../../lexicon/gazetteer/short-forms.ts';
import { lexicon } from '../helpers/seeds.ts';

const LEXICON_DIR = path.join(PROJECT_ROOT, 'lexicon');
const gazetteer = () => lexicon().gazetteer;
const ownerOf = (term: string) => gazetteer().cityMatcher.get(term)?.name ?? null;

describe('divisions from GB/T 2260', () => {
  it.each([
    ['新乡市', 'prefecture', '河南省', null],
    ['江阴市', 'county-city', '江苏省', '无锡市'],
    ['济源市', 'county-city', '河南省', null],
    ['北京市', 'municipality', '北京市', null],
    ['海淀区', 'district', '北京市', '北京市'],
    ['沭阳县', 'county', '江苏省', '宿迁市'],
    ['六枝特区', 'county', '贵州省', '六盘水市'],
    ['黔东南苗族侗族自治州', 'prefecture', '贵州省', null],
    ['锡林郭勒盟', 'prefecture', '内蒙古自治区', null],
    ['南京市鼓楼区', 'district', '江苏省', '南京市'],
  ])('%s is a %s of %s (prefecture %s)', (name, kind, province, parent) => {
    expect(lexicon().cityByName.get(name)).toMatchObject({ kind, province, parent });
  });

  it('lists a prefecture’s counties and districts as its regions, and zones from the statistical codes', () => {
    const wuxi = lexicon().cityByName.get('无锡市');
    expect(wuxi?.regions.map((r) => `${r.name}:${r.kind}`)).toEqual(expect.arrayContaining(['江阴市:county-city', '梁溪区:district']));
    expect(lexicon().cityByName.get('苏州市')?.zones.map((z) => z.name)).toContain('苏州工业园区');
    expect(lexicon().cityByName.get('东莞市')?.regions).toEqual([]);
  });

  it('gives a county-level city the zones its prefecture’s supplement places in it', () => {
    expect(lexicon().cityByName.get('江阴市')?.zones.map((z) => z.name)).toContain('江阴高新技术产业开发区');
  });

  it('carries kind and prefecture into the city context that qualifies departments', () => {
    expect(lexicon().cityContext('江阴市')).toMatchObject({ city: '江阴市', short: '江阴', province: '江苏省', provinceShort: '江苏', kind: 'county-city', prefecture: '无锡市' });
  });
});

describe('short forms', () => {
  it.each([
    ['黔东南苗族侗族自治州', '黔东南', ['黔东南州']],
    ['伊犁哈萨克自治州', '伊犁', ['伊犁州']],
    ['石柱土家族自治县', '石柱', ['石柱县']],
    ['广西壮族自治区', '广西', []],
    ['锡林郭勒盟', '锡林郭勒', []],
    ['浦东新区', '浦东', []],
    ['科尔沁右翼前旗', '科尔沁右翼前旗', []],
    ['忠县', '忠县', []],
  ])('%s → %s', (name, stem, extra) => {
    expect(stemOf(name, lexicon().source.gazetteer.ethnicGroups.flatMap((e) => [e, e.replace(/族$/, '')]))).toEqual({ stem, extra });
  });

  it.each([
    ['南通', '南通市'],
    ['江阴', '江阴市'],
    ['黔东南州', '黔东南苗族侗族自治州'],
    ['朝阳', '朝阳市'], // a prefecture's short form beats 朝阳区 and 朝阳县
    ['鼓楼', null], // four districts share it
    ['通州', null], // 北京 and 南通
    ['新建', null], // an ordinary word (commonWords)
    ['东海', null], // unsafe by hand
  ])('%s names %s', (term, city) => {
    expect(ownerOf(term)).toBe(city);
  });

  it('finds every district that shares a name, and one when its city is written with it', () => {
    expect(gazetteer().divisionMatcher.get('鼓楼区')?.map((c) => c.name).sort()).toEqual(['南京市鼓楼区', '开封市鼓楼区', '徐州市鼓楼区', '福州市鼓楼区']);
    expect(gazetteer().divisionAt('南京鼓楼区数字经济', 0)).toMatchObject({ term: '南京鼓楼区', end: 5 });
    expect(gazetteer().divisionAt('南京鼓楼区数字经济', 0)?.owners.map((c) => c.name)).toEqual(['南京市鼓楼区']);
    expect(gazetteer().divisionAt('宿迁市沭阳县', 0)?.owners.map((c) => c.name)).toEqual(['沭阳县']);
  });

  it('keeps short-forms.json’s generated list in step with its rule and the segmenter’s dictionary', () => {
    const stored = JSON.parse(fs.readFileSync(path.join(LEXICON_DIR, 'short-forms.json'), 'utf8')) as { commonWords: string[] };
    expect(stored.commonWords).toEqual(regeneratedShortForms(LEXICON_DIR, jiebaDictionaryText()).commonWords);
  });
});
