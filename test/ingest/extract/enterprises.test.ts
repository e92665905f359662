import { describe, expect, it } from 'vitest';
import { planText, stagesOf } from '../../helpers/stages.ts';

const enterprisesOf = (city: string, body: string) => stagesOf(planText(city, `1．壮大企业。${body}`)).extraction.enterprises.map((e) => e.surface);

describe('enterprises the lexicon has never seen', () => {
  it.each([
    ['洛阳市', '依托中信重工、洛轴集团、一拖股份等龙头企业，加快产品迭代升级。', ['中信重工', '洛轴集团', '一拖股份']],
    ['洛阳市', '培育壮大麦斯克电子、鸿元轴承、正旭科技等一批细分领域市场占有率高的专精特新企业。', ['麦斯克电子', '鸿元轴承', '正旭科技']],
    ['洛阳市', '支持天衡新能源、锦屏科技扩大产能。', ['天衡新能源', '锦屏科技']],
    ['洛阳市', '推动洛阳栾川钼业集团股份有限公司钼钨深加工项目加快建设。', ['洛阳栾川钼业集团股份有限公司']],
    ['洛阳市', '支持洛阳LYC轴承有限公司为风电装备配套。', ['洛阳LYC轴承有限公司']],
    ['洛阳市', '支持洛阳城市建设投资集团有限公司参与园区建设。', ['洛阳城市建设投资集团有限公司']],
    ['绵阳市', '鼓励华丰科技、天和机械等企业建设企业技术中心。', ['华丰科技', '天和机械']],
    ['芜湖市', '推动长信科技、伯特利、瑞鹄模具、中鼎集团等一批核心零部件企业做大做强。', ['长信科技', '伯特利', '瑞鹄模具', '中鼎集团']],
    ['芜湖市', '支持新思维电子、长虹集团扩大车规级芯片产能。', ['新思维电子', '长虹集团']],
    ['烟台市', '依托绿叶制药、东诚药业和荣昌生物等龙头企业，发展海洋创新药物。', ['绿叶制药', '东诚药业', '荣昌生物']],
    ['盐城市', '涌现出了科行环保、富乐德、哈工宝控机器人、维信电子等一批拥有自主知识产权、技术国际领先的创新型企业。', ['科行环保', '富乐德', '哈工宝控机器人', '维信电子']],
    ['盐城市', '推动与现代、SK、LG等韩国前十强企业集团开展战略合作。', ['现代', 'SK', 'LG']],
  ])('in a %s plan, finds them in %s', (city, body, expected) => {
    expect(enterprisesOf(city, body)).toEqual(expected);
  });

  it.each([
    ['推动东海硅材料、灌南食品添加剂等争创省级以上中小企业特色产业集群。'],
    ['重点布局机器人、无人机及智能芯片等科技型领军企业。'],
    ['充分利用数字电视、智能家居等网络化方式和社会企业渠道。'],
    ['培育壮大麦斯克电子等一批专精特新企业，鼓励龙头企业、专精特新中小企业等开展协同创新。'],
    ['全面优化新一轮科技创新布局，加强与长三角科技合作。'],
    ['加快宜阳硅基新材料项目建设。'],
    ['依托高校、科研院所等创新主体和企业，开展联合攻关。'],
    ['对接长三角、珠三角等地区的龙头企业。'],
  ])('takes no field, cluster, category or place for an enterprise: %s', (body) => {
    expect(enterprisesOf('洛阳市', body).filter((name) => name !== '麦斯克电子')).toEqual([]);
  });

  it('does not take a company named inside a platform’s name for a mention of the company', () => {
    expect(enterprisesOf('盐城市', '充分发挥悦达汽车研究院创新平台效能。')).toEqual([]);
  });
});
