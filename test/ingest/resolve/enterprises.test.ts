import { describe, expect, it } from 'vitest';
import { planText, stagesOf } from '../../helpers/stages.ts';

const enterpriseNodes = (city: string, body: string) =>
  stagesOf(planText(city, `1．壮大企业。${body}`)).contribution.nodes.filter((n) => n.label === 'Enterprise').map((n) => n.name).sort();

describe('a short name and the registered name of the same company in one plan', () => {
  it.each([
    ['株洲市', '支持株洲九方装备股份有限公司建设研发中心。推动九方装备等骨干企业做大做强。', ['株洲九方装备股份有限公司']],
    ['株洲市', '支持中车株洲电力机车有限公司扩大产能。推动中车株机、时代新材等骨干企业开展协同创新。', ['中车株洲电力机车有限公司', '时代新材']],
  ])('in a %s plan, are one company: %s', (city, body, expected) => {
    expect(enterpriseNodes(city, body)).toEqual([...expected].sort());
  });

  it.each([
    ['洛阳市', '依托中信重工、洛轴集团等龙头企业发展。支持洛阳LYC轴承有限公司为风电装备配套。', ['中信重工', '洛轴集团', '洛阳LYC轴承有限公司']],
    ['宜昌市', '推动华新科技等企业发展。支持江华新材料科技有限公司扩大产能。', ['华新科技', '江华新材料科技有限公司']],
    ['宜昌市', '推动宜化集团等企业发展。支持宜昌新材料化工有限公司扩大产能。', ['宜化集团', '宜昌新材料化工有限公司']],
  ])('in a %s plan, keeps apart a short name that does not abbreviate the registered one: %s', (city, body, expected) => {
    expect(enterpriseNodes(city, body)).toEqual([...expected].sort());
  });
});
