import { describe, expect, it } from 'vitest';
import type { TargetScope } from '../../../graph/schema.ts';
import { findParts, readIndicator } from '../../../ingest/extract/indicators.ts';
import { lexicon } from '../../helpers/seeds.ts';

const context = { lexicon: lexicon(), city: '南通市', ownIndustries: new Set(['船舶海工配套']) };
const read = (wording: string, unit: string, growth = false, scope: TargetScope | null = null) => readIndicator({ wording, unit, growth, scope }, context);

describe('indicator wordings, kind by kind', () => {
  it.each([
    // level: output, revenue, sales and value added of an industry stay apart
    ['新能源产业产值', '亿元', false, 'industry-output', 'level'],
    ['集成电路产业营业收入', '亿元', false, 'industry-revenue', 'level'],
    ['生物医药产业主营业务收入', '亿元', false, 'industry-revenue', 'level'],
    ['生物医药产业销售收入', '亿元', false, 'industry-sales', 'level'],
    ['数字经济核心产业增加值', '亿元', false, 'industry-value-added', 'level'],
    ['海工装备产业规模', '亿元', false, 'industry-scale', 'level'],
    ['技术合同成交额', '亿元', false, 'tech-contract-turnover', 'level'],
    // growth
    ['地区生产总值年均增长', '%', true, 'gdp-growth', 'growth'],
    ['规模以上工业增加值增长', '%', true, 'industrial-value-added-growth', 'growth'],
    ['工业投资增长', '%', true, 'industrial-investment-growth', 'growth'],
    ['全社会固定资产投资增长', '%', true, 'fixed-asset-investment-growth', 'growth'],
    ['单位地区生产总值能耗下降', '%', true, 'energy-intensity-reduction', 'growth'],
    ['规上工业单位增加值能耗下降', '%', true, 'industrial-energy-intensity-reduction', 'growth'],
    // intensity
    ['R&D经费支出占GDP比重', '%', false, 'rd-intensity', 'intensity'],
    ['全社会研究与试验发展经费投入强度', '%', false, 'rd-intensity', 'intensity'],
    ['规模以上工业企业研发经费支出占营业收入比重', '%', false, 'industrial-rd-intensity', 'intensity'],
    ['规上工业企业研发投入强度', '%', false, 'industrial-rd-intensity', 'intensity'],
    // share
    ['数字经济核心产业增加值占地区生产总值比重', '%', false, 'digital-core-value-added-share', 'share'],
    ['数字经济核心产业占比', '%', false, 'digital-core-value-added-share', 'share'],
    ['规上数字经济核心产业企业营业收入占比', '%', false, 'digital-core-revenue-share', 'share'],
    ['数字经济增加值占GDP比重', '%', false, 'digital-economy-value-added-share', 'share'],
    ['高新技术产业产值占规上工业总产值比重', '%', false, 'high-tech-output-share', 'share'],
    ['工业战略性新兴产业产值占规上工业比重', '%', false, 'strategic-emerging-output-share', 'share'],
    ['战略性新兴产业增加值占地区生产总值比重', '%', false, 'strategic-emerging-value-added-share', 'share'],
    ['制造业增加值占地区生产总值比重', '%', false, 'manufacturing-value-added-share', 'share'],
    ['规上工业企业研发机构覆盖率', '%', false, 'rd-institution-coverage', 'share'],
    // per head
    ['每万人口发明专利拥有量', '件', false, 'invention-patents-per-10k', 'per-capita'],
    ['万人发明专利拥有量', '件', false, 'invention-patents-per-10k', 'per-capita'],
    ['每万人口高价值发明专利拥有量', '件', false, 'high-value-patents-per-10k', 'per-capita'],
    // index
    ['两化融合发展水平', '', false, 'it-integration-level', 'index'],
    // count
    ['新认定国家高新技术企业', '家', false, 'high-tech-enterprises', 'count'],
    ['有效高企', '家', false, 'high-tech-enterprises', 'count'],
    ['省级专精特新中小企业', '家', false, 'specialised-smes', 'count'],
    ['国家级专精特新“小巨人”企业', '家', false, 'little-giants', 'count'],
    ['制造业单项冠军企业', '家', false, 'single-champions', 'count'],
    ['瞪羚企业', '家', false, 'gazelles', 'count'],
    ['独角兽企业', '家', false, 'unicorns', 'count'],
    ['新增瞪羚企业、独角兽企业', '家', false, 'gazelles-unicorns', 'count'],
    ['境内外上市公司', '家', false, 'listed-companies', 'count'],
    ['新增上市公司', '家', false, 'listed-companies', 'count'],
    ['新增先进级智能工厂', '家', false, 'smart-factories-advanced', 'count'],
    ['卓越级以上智能工厂', '个', false, 'smart-factories-excellent', 'count'],
    ['省级绿色工厂', '家', false, 'green-factories', 'count'],
    ['零碳（近零碳）工厂', '家', false, 'zero-carbon-factories', 'count'],
    ['省级以上企业研发机构', '个', false, 'rd-institutions', 'count'],
    ['每年实施技术改造项目', '项/年', false, 'tech-renovation-projects', 'count'],
    ['每年招引亿元以上项目', '个/年', false, 'projects-over-100m', 'count'],
    ['引进高校毕业生', '万人', false, 'university-graduates', 'count'],
  ])('%s (%s) → %s', (wording, unit, growth, indicator, kind) => {
    expect(read(wording, unit, growth)).toMatchObject({ indicator: indicator === null ? null : expect.objectContaining({ id: indicator }), kind });
  });
});

describe('look-alikes stay apart', () => {
  it.each([
    ['规上工业企业研发投入占主营业务收入比重', '%', 'rd-intensity', 'industrial-rd-intensity'],
    ['研发经费支出占地区生产总值比重', '%', 'industrial-rd-intensity', 'rd-intensity'],
    ['数字经济核心产业企业营业收入占比', '%', 'digital-core-value-added-share', 'digital-core-revenue-share'],
    ['数字经济核心产业增加值占比', '%', 'digital-core-revenue-share', 'digital-core-value-added-share'],
    ['每万人口高价值发明专利拥有量', '件', 'invention-patents-per-10k', 'high-value-patents-per-10k'],
    ['万人发明专利拥有量', '件', 'high-value-patents-per-10k', 'invention-patents-per-10k'],
    ['高新技术产业产值占规上工业产值比重', '%', 'strategic-emerging-output-share', 'high-tech-output-share'],
    ['战略性新兴产业产值占规上工业产值比重', '%', 'high-tech-output-share', 'strategic-emerging-output-share'],
    ['节能环保产业销售收入', '亿元', 'industry-output', 'industry-sales'],
    ['节能环保产业产值', '亿元', 'industry-sales', 'industry-output'],
    ['省级以上绿色制造体系示范', '个', 'green-factories', 'green-manufacturing-demos'],
    ['科技型中小企业', '家', 'innovative-smes', 'tech-smes'],
    ['创新型中小企业', '家', 'tech-smes', 'innovative-smes'],
    ['省级专精特新企业', '家', 'little-giants', 'specialised-smes'],
    ['新建新型研发机构', '家', 'rd-institutions', 'new-type-rd-institutions'],
  ])('%s is not %s', (wording, unit, lookAlike, indicator) => {
    expect(read(wording, unit).indicator?.id).toBe(indicator);
    expect(read(wording, unit).indicator?.id).not.toBe(lookAlike);
  });

  it.each([
    ['国家级专精特新“小巨人”和制造业单项冠军', '家'],
    ['准独角兽企业、瞪羚企业、上市企业', '家'],
    ['新增省星级上云高企', '家'],
    ['力争完成上市股改高企', '家'],
    ['新开工5亿元以上项目', '个'],
    ['高企发明专利申请覆盖率', '%'],
    ['原则上每个产业每年至少新建省级以上研发机构', '个/年'],
    ['研发投入强度', '亿元'],
    ['规上工业增加值增长', '亿元'],
    ['规上工业增加值', '%'],
  ])('%s (%s) keeps no indicator rather than a wrong one', (wording, unit) => {
    expect(read(wording, unit, /增长$/.test(wording)).indicator).toBeNull();
  });
});

describe('scope', () => {
  it.each([
    ['全市规上工业企业研发投入强度', '%', { level: 'city', name: '全市' }],
    ['全市特色优势产业规上企业', '家', { level: 'segment', name: '特色优势产业' }],
    ['33个特色优势产业产值', '亿元', { level: 'segment', name: '特色优势产业' }],
    ['海洋工程装备产业产值', '亿元', { level: 'industry', name: '海工装备' }],
    ['船舶海工配套产值', '亿元', { level: 'industry', name: '船舶海工配套' }],
    ['海门区规上工业企业', '家', { level: 'region', name: '海门区' }],
    ['规上工业销售收入', '亿元', { level: 'segment', name: '规上工业' }],
  ])('%s covers %o', (wording, unit, scope) => {
    expect(read(wording, unit).scope).toEqual(scope);
  });

  it('takes a scope the extractor knows better (a table row’s region)', () => {
    expect(read('新增国家高新技术企业', '家', false, { level: 'region', name: '如皋市' })).toMatchObject({ indicator: { id: 'high-tech-enterprises' }, scope: { level: 'region', name: '如皋市' } });
  });
});

describe('findParts', () => {
  it.each([
    ['研发经费支出占地区生产总值比重', ['研发', '占', '地区生产总值'], { start: 0, end: 13 }],
    ['零碳（近零碳）工厂', ['零碳', '工厂'], { start: 0, end: 9 }],
    ['新开工5亿元以上项目', ['亿元以上项目'], null],
    ['地区生产总值占比', ['占', '地区生产总值'], null],
  ])('%s holds %o at %o', (phrase, parts, span) => {
    expect(findParts(phrase, parts)).toEqual(span);
  });
});
