import { describe, expect, it } from 'vitest';
import { planText, stagesOf } from '../../helpers/stages.ts';

const extractionOf = (city: string, body: string) => stagesOf(planText(city, body)).extraction;

describe('enterprises', () => {
  it.each([
    ['支持悦达起亚加快新能源车型研发导入。', ['悦达起亚']],
    ['依托天合光能、阿特斯、润阳光伏等龙头企业，加快突破异质结电池技术。', ['天合光能', '阿特斯', '润阳光伏']],
    ['引导亚星锚链等企业加快研发制造漂浮式风电系泊链。', ['亚星锚链']],
    ['依托长城整车项目，加快推进车灯总成配套。', ['长城']],
    ['（市工信局、市大数据集团按照职责分工负责）', ['市大数据集团']],
  ])('finds them in %s', (body, expected) => {
    expect(extractionOf('泰州市', `1．发展产业。${body}`).enterprises.map((e) => e.surface)).toEqual(expected);
  });

  it.each([
    ['深入推进高企培育、专精特新、股改上市等“企业三件事”。'],
    ['招引一批聚焦细胞治疗、基因组学等领域前沿技术开发企业。'],
    ['鼓励龙头企业、专精特新中小企业等依托职业院校培养人才。'],
    ['我市长城脚下风景优美。'],
  ])('does not take categories or common words for enterprises: %s', (body) => {
    expect(extractionOf('泰州市', `1．发展产业。${body}`).enterprises).toEqual([]);
  });
});

describe('platforms', () => {
  it.each([
    ['加快“生命科学泰州实验室”运营。', '生命科学泰州实验室', 'lab'],
    ['建强北大医学部泰州医药健康产业创新中心。', '北大医学部泰州医药健康产业创新中心', 'innovation-centre'],
    ['升级“泰企通”平台功能。', '“泰企通”平台', 'service-platform'],
    ['以泰兴经济开发区为核心、化学新材料产业园为支撑。', '化学新材料产业园', 'park'],
    ['发挥化工中试基地牵引作用。', '化工中试基地', 'base'],
    ['以靖江经济技术开发区航空产业园为主要载体。', '靖江经济技术开发区航空产业园', 'park'],
  ])('finds a named platform in %s', (body, name, type) => {
    const platforms = extractionOf('泰州市', `1．建设平台。${body}`).platforms;
    expect(platforms).toContainEqual(expect.objectContaining({ surface: name, type }));
  });

  it('resolves a zone abbreviation through the gazetteer', () => {
    const platforms = extractionOf('盐城市', '1．集聚发展。支持市开发区新能源乘用车发展。');
    expect(platforms.platforms).toContainEqual(expect.objectContaining({ surface: '市开发区', canonical: '盐城经济技术开发区', type: 'zone' }));
  });

  it.each([
    ['支持企业创建企业技术中心、重点实验室等省级以上研发机构。'],
    ['高水平建设一批零碳园区。'],
    ['打造长三角特色产业创新中心和科技成果转移转化基地。'],
    ['以泰州港经济开发区为核心，四大省级汽车零部件基地为支撑。'],
    ['系统推进离岸创新中心建设。'],
  ])('does not take categories or titles still to be won for platforms: %s', (body) => {
    const names = extractionOf('泰州市', `1．建设平台。${body}`).platforms.filter((p) => p.type !== 'zone').map((p) => p.surface);
    expect(names).toEqual([]);
  });
});

describe('departments named in running text', () => {
  it('finds bodies with their level and leading-group offices', () => {
    const text = '1．统筹推进。认真落实省委、省政府决策部署，市产业强市工作领导小组办公室统筹推进，按照《省政府办公厅关于加快发展的意见》。';
    const surfaces = extractionOf('泰州市', text).departments.map((d) => d.surface);
    expect(surfaces.sort()).toEqual(['市产业强市工作领导小组办公室', '省委', '省政府', '省政府办公厅'].sort());
  });

  it('does not read 市场 or 市领导 as bodies', () => {
    const text = '1．开拓市场。建立市领导挂钩联系制度，拓展市场空间。';
    expect(extractionOf('泰州市', text).departments).toEqual([]);
  });
});

describe('industries', () => {
  it('matches wordings on word boundaries and maps synonyms to concepts', () => {
    const mentions = extractionOf('泰州市', '1．发展产业。加快发展氢能和海洋工程装备，提升制氢能力。').industries;
    expect(mentions.map((m) => [m.surface, m.concept])).toEqual([
      ['氢能', '氢能'],
      ['海洋工程装备', '海工装备'],
    ]);
  });

  it('gives a wording before 和 or 、 the head of the next when the two then name sibling concepts', () => {
    const concepts = (body: string) => extractionOf('泰州市', `1．发展产业。${body}`).industries.map((m) => [m.surface, m.concept]);
    expect(concepts('加快发展新能源和智能网联汽车。')).toEqual([
      ['新能源', '新能源汽车'],
      ['智能网联汽车', '智能网联汽车'],
    ]);
    expect(concepts('加快发展电子信息和新材料。')).toEqual([
      ['电子信息', '电子信息'],
      ['新材料', '新材料'],
    ]);
  });

  it('reads the plan’s own industry names from its tables and finds them in the text', () => {
    const text = planText('盐城市', '1．精准定位。聚力打造建湖油气钻采井口装备。\n附件1\n挂钩表\n\t序号\n\t地区\n\t特色优势产业名称\n\n\t1\n\t建湖县\n\t油气钻采井口装备★');
    const { extraction } = stagesOf(text);
    expect(extraction.documentIndustries.map((d) => d.term)).toEqual(['油气钻采井口装备']);
    expect(extraction.industries.filter((m) => m.documentTerm === '油气钻采井口装备')).toHaveLength(2);
  });
});

describe('targets', () => {
  const targetsOf = (body: string, city = '泰州市') =>
    stagesOf(planText(city, `1．推进发展。${body}`, `${city}推进产业发展行动方案（2024-2030年）`)).extraction.targets.map((t) => ({
      subject: t.subject,
      value: t.value,
      values: t.values?.map((v) => v.value),
      unit: t.unit,
      year: t.year,
      qualifier: t.qualifier,
    }));

  it.each([
    ['到2027年，力争30条产业链销售收入达7500亿元。', { subject: '30条产业链', value: 7500, unit: '亿元', year: 2027, qualifier: '力争达' }],
    ['到2027年，研发支出占地区生产总值比重达2.85%左右。', { subject: '研发支出', value: 2.85, unit: '%', year: 2027, qualifier: '左右' }],
    ['每年新增省级以上研发机构40家以上。', { subject: '省级以上研发机构', value: 40, unit: '家/年', year: null, qualifier: '以上' }],
    ['每年部署核心技术攻关任务不少于30项。', { subject: '核心技术攻关任务', value: 30, unit: '项/年', year: null, qualifier: '不少于' }],
    ['到2030年，支撑全市规上工业销售收入过万亿。', { value: 10000, unit: '亿元', year: 2030 }],
    ['到2027年，两化融合发展水平达70。', { value: 70, unit: '', year: 2027 }],
    ['新增5家科技公共服务平台。', { subject: '科技公共服务平台', value: 5, unit: '家', year: 2030 }],
  ])('reads %s', (body, expected) => {
    expect(targetsOf(body)).toContainEqual(expect.objectContaining(expected));
  });

  it('reads parallel values and splits lists of separate targets', () => {
    expect(targetsOf('力争每年新开工、新竣工5亿元（3000万美元）以上项目200个、120个。')).toContainEqual(
      expect.objectContaining({ values: [200, 120], unit: '个/年', year: null }),
    );
    expect(targetsOf('到2028年，全市规上企业达2200家、国家高新技术企业达1200家。').map((t) => t.value)).toEqual([2200, 1200]);
  });

  it('keeps a year until the next one in the sentence', () => {
    const targets = targetsOf('每年订单式培养专业人才超1500人次，到2028年，建成省级以上高技能人才培训基地3个以上。');
    expect(targets.map((t) => [t.value, t.unit, t.year])).toEqual([
      [1500, '人次/年', null],
      [3, '个', 2028],
    ]);
  });

  it.each([
    ['33个特色优势产业协同发展。'],
    ['组织新增5000吨标煤以上企业开展节能诊断。'],
    ['“十三五”以来，高新技术产业产值从2455亿元提高到4730亿元。'],
    ['聚焦“3410”产业体系和5G应用。'],
    ['打造更多连云港特色品牌和百亿、千亿企业。'],
  ])('does not read modifiers, identifiers or past figures as targets: %s', (body) => {
    expect(targetsOf(body)).toEqual([]);
  });
});
