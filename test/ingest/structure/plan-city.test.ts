import { describe, expect, it } from 'vitest';
import { normalise } from '../../../ingest/normalise/index.ts';
import { structure } from '../../../ingest/structure/index.ts';
import { lexicon } from '../../helpers/seeds.ts';
import { sourceOf } from '../../helpers/stages.ts';

const metaOf = (lines: string[]) => structure(normalise(sourceOf(lines.join('\n'))), lexicon()).meta;
const BODY = ['一、重点任务', '（一）加快产业发展。推动企业技术改造。（责任单位：市工业和信息化局）'];

describe('the city of a plan and the cue that decided it', () => {
  it.each([
    ['the title', ['新乡市加快建设制造强市行动计划', ...BODY], '新乡市', 'title', '新乡市'],
    ['a short form opening the title', ['江阴制造强市建设工作任务', ...BODY], '江阴市', 'title', '江阴'],
    ['an autonomous prefecture by its short form', ['黔东南州加快发展特色食品产业实施方案', ...BODY], '黔东南苗族侗族自治州', 'title', '黔东南州'],
    ['a county', ['沭阳县推进花木产业发展三年行动计划', ...BODY], '沭阳县', 'title', '沭阳县'],
    ['a district named with its city', ['南京市鼓楼区数字经济发展行动方案', ...BODY], '南京市鼓楼区', 'title', '南京市鼓楼区'],
    ['the issuer', ['关于加快发展低空经济的实施意见', '六盘水市人民政府', '2024年1月5日', ...BODY], '六盘水市', 'issuer', '六盘水市'],
    ['the issuer, a party committee', ['关于加快发展低空经济的实施意见', '中共德阳市委', '2024年1月5日', ...BODY], '德阳市', 'issuer', '德阳市'],
    ['the city’s own organs', ['关于加快发展低空经济的实施意见', '为落实《中共赣州市委、赣州市人民政府关于推进产业发展的意见》，制定本意见。', ...BODY], '赣州市', 'organs', '赣州市'],
    ['its counties and districts', ['关于加快发展低空经济的实施意见', '支持东港区、莒县、五莲县发展通用航空。', ...BODY], '日照市', 'regions', '东港区'],
    ['我市 and one city named', ['关于加快发展低空经济的实施意见', '为把我市建成区域航空枢纽，支持株洲市打造“天空之城”品牌，制定本意见。', ...BODY], '株洲市', 'named', '株洲市'],
    ['a city named more than any other', ['关于加快发展低空经济的实施意见', '打造株洲低空经济品牌，建设株洲通航产业园，与长沙协同发展。', ...BODY], '株洲市', 'named', '株洲'],
    ['the 文号 prefix, as a last hint', ['关于加快发展低空经济的实施意见', '锡政发〔2024〕2号', ...BODY], '无锡市', 'document-number', '锡'],
  ])('from %s', (_name, lines, city, cue, text) => {
    const meta = metaOf(lines);
    expect(meta.city).toBe(city);
    expect(meta.cityCue).toBe(cue);
    expect(meta.sources.city?.text).toBe(text);
  });

  it.each([
    ['a provincial plan', ['江苏省加快建设制造强省行动方案', '支持南京、苏州建设先进制造业集群。', ...BODY]],
    ['a provincial issuer', ['关于加快发展低空经济的实施意见', '江苏省人民政府', '2024年1月5日', '支持南京、苏州建设先进制造业集群。', ...BODY]],
    ['a district whose name four cities share, and no city named', ['鼓楼区数字经济发展行动方案', ...BODY]],
    ['no city anywhere', ['关于加快发展低空经济的实施意见', '推动我市低空经济发展。', ...BODY]],
    ['a short form once, inside a longer name', ['关于加快发展低空经济的实施意见', '支持我市企业与中山大学共建研究院。', ...BODY]],
  ])('none from %s', (_name, lines) => {
    expect(metaOf(lines)).toMatchObject({ city: null, cityCue: null });
  });

  it('prefers the title to the issuer and the issuer to the body', () => {
    expect(metaOf(['江阴制造强市建设工作任务', '无锡市人民政府', '2024年1月5日', '中共南京市委、南京市人民政府', ...BODY])).toMatchObject({ city: '江阴市', cityCue: 'title' });
    expect(metaOf(['关于加快发展低空经济的实施意见', '无锡市人民政府', '2024年1月5日', '中共南京市委、南京市人民政府', ...BODY])).toMatchObject({ city: '无锡市', cityCue: 'issuer' });
  });
});
