import { describe, expect, it } from 'vitest';
import { planText, stagesOf } from '../../helpers/stages.ts';

const TITLE = '常州市推进新型工业化行动方案（2025-2027年）';
const targetsOf = (body: string, title = TITLE) => stagesOf(planText('常州市', `1．推进发展。${body}`, title)).extraction.targets;
const only = (body: string, title?: string) => {
  const targets = targetsOf(body, title);
  expect(targets).toHaveLength(1);
  return targets[0] as (typeof targets)[number];
};

describe('targets as a planner reads them', () => {
  it.each([
    ['数字经济核心产业占比达8%左右。', '8%左右'],
    ['新能源产业规模超过500亿元。', '超过500亿元'],
    ['力争30条产业链销售收入达7500亿元。', '力争7500亿元'],
    ['新建新型研发机构15-20家。', '15-20家'],
    ['每年新增省级以上研发机构40家以上。', '每年40家以上'],
    ['高新技术企业数量不少于1200家。', '不少于1200家'],
  ])('%s shows %s', (body, display) => {
    expect(only(body).display).toBe(display);
  });

  it.each([
    ['到2030年，规上工业营业收入过万亿。', { value: 1e12, unit: '元' }],
    ['每年引进高校毕业生不少于2万人。', { value: 20000, unit: '人' }],
    ['研发经费投入强度达3.2%。', { value: 3.2, unit: '%' }],
    ['两化融合发展水平达70。', null],
  ])('%s is worth %o in its base unit', (body, amount) => {
    expect(only(body).amount).toEqual(amount);
  });
});

describe('the time a target is set for', () => {
  it('keeps the plan’s last year for a yearly average, flagged as implied', () => {
    expect(only('地区生产总值年均增长7%左右。')).toMatchObject({ indicator: 'gdp-growth', kind: 'growth', year: 2027, yearImplied: true, period: 'annual', display: '年均7%左右' });
  });

  it('reads the base year of a change', () => {
    expect(only('到2027年，单位地区生产总值能耗比2024年下降12%。')).toMatchObject({ indicator: 'energy-intensity-reduction', year: 2027, baseYear: 2024, period: 'cumulative', since: 2024 });
  });

  it('counts additions from the plan’s start, and over a named period from its first year', () => {
    expect(only('到2027年，新增国家级专精特新“小巨人”企业30家。')).toMatchObject({ indicator: 'little-giants', period: 'cumulative', since: 2025, year: 2027 });
    expect(only('“十四五”期间，新增上市公司15家。', '常州市“十四五”科技创新规划（2021-2025年）')).toMatchObject({ indicator: 'listed-companies', period: 'cumulative', since: 2021, year: 2025 });
    expect(only('到2027年，高新技术企业达6000家。')).toMatchObject({ period: 'year', since: null });
  });

  it('keeps every-year targets without a year', () => {
    expect(only('每年实施技术改造项目300个。')).toMatchObject({ indicator: 'tech-renovation-projects', year: null, period: 'annual', unit: '个/年' });
  });
});

describe('lists of targets', () => {
  it('counts the later parts of a list within the segment its first part names', () => {
    const targets = targetsOf('到2027年，全市先进制造业集群规上企业达500家、国家高新技术企业达300家、上市公司达5家。');
    expect(targets.map((t) => [t.indicator, t.scope.name])).toEqual([
      ['industrial-enterprises-above-scale', '先进制造业集群'],
      ['high-tech-enterprises', '先进制造业集群'],
      ['listed-companies', '先进制造业集群'],
    ]);
  });

  it('lets the verb of the first part make the later ones additions', () => {
    const targets = targetsOf('到2027年，新增省级以上绿色工厂30家、零碳工厂5家。');
    expect(targets.map((t) => [t.indicator, t.period])).toEqual([
      ['green-factories', 'cumulative'],
      ['zero-carbon-factories', 'cumulative'],
    ]);
  });

  it('leaves a target counting two indicators together unmatched, its wording kept', () => {
    expect(only('到2027年，国家级专精特新“小巨人”和制造业单项冠军企业达50家。')).toMatchObject({ indicator: null, kind: 'count', wording: '国家级专精特新“小巨人”和制造业单项冠军企业' });
  });
});

describe('targets in annex tables', () => {
  const table = [
    '常州市重点产业链发展行动方案（2025-2027年）',
    '（征求意见稿）',
    '',
    '附件',
    '重点产业链发展目标',
    '\t序号',
    '\t产业链',
    '\t2024年营业收入（亿元）',
    '\t2027年营业收入目标（亿元）',
    '',
    '\t1',
    '\t氢能',
    '\t12',
    '\t16',
    '',
    '\t2',
    '\t合计',
    '\t40',
    '\t55',
    '',
  ].join('\n');

  it('reads a row with its row and column headers and cites its cells in the original', () => {
    const { extraction, contribution } = stagesOf(table);
    const hydrogen = extraction.targets.find((t) => t.subject === '氢能');
    expect(hydrogen).toMatchObject({ indicator: 'industry-revenue', scope: { level: 'industry', name: '氢能' }, value: 16, year: 2027, baseline: { year: 2024, value: 12 } });
    expect(hydrogen?.reading).toBe('氢能 2027年 营业收入 16亿元（2024年 12亿元）');
    const setIn = contribution.edges.filter((e) => e.type === 'SET_IN').flatMap((e) => e.evidence ?? []);
    const cited = setIn.find((e) => e.reading?.startsWith('氢能'));
    expect(cited?.text).toBe(table.slice(cited?.start, cited?.end));
    expect(cited?.text.startsWith('氢能') && cited.text.endsWith('16')).toBe(true);
  });

  it('takes a total row for the column’s industries together', () => {
    const total = stagesOf(table).extraction.targets.find((t) => t.subject === '合计');
    expect(total?.scope).toEqual({ level: 'segment', name: '产业链' });
  });

  it('takes an indicator row’s unit from the 单位 column and reads a growth rate as one', () => {
    const indicators = ['常州市“十四五”工业发展规划', '', '表1 主要指标', '指标\t单位\t2020年\t2025年\t属性', '规上工业增加值年均增速\t%\t6.2\t7\t预期性', '高技术制造业增加值占规上工业增加值比重\t%\t25\t30\t预期性', ''].join('\n');
    const targets = stagesOf(indicators).extraction.targets;
    expect(targets.map((t) => [t.indicator, t.unit, t.kind, t.year, t.baseline?.value])).toEqual([
      ['industrial-value-added-growth', '%', 'growth', 2025, 6.2],
      ['high-tech-manufacturing-share', '%', 'share', 2025, 25],
    ]);
  });
});
