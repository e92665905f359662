import { describe, expect, it } from 'vitest';
import { findProseAttributions } from '../../../ingest/structure/prose-attribution.ts';
import { lexicon } from '../../helpers/seeds.ts';

const read = (text: string) => findProseAttributions(text, 0, (name) => lexicon().isGenericBody(name)).flatMap((a) => a.items.map((i) => `${i.role}:${i.text}`));

describe('responsibility stated in prose', () => {
  it.each([
    ['由A牵头，会同B、C', '（一）延伸产业链。由市工业和信息化局牵头，会同市发展和改革委员会、市能源局组织实施。', ['lead:市工业和信息化局', 'cooperating:市发展和改革委员会', 'cooperating:市能源局']],
    ['A负责…，会同B…', '加强组织领导。市工业和信息化局负责重点产业链培育提升工作的组织实施，会同市统计局完善统计监测机制。', ['responsible:市工业和信息化局', 'cooperating:市统计局']],
    ['A负责…，B、C予以配合', '市能源局负责制定实施方案，市自然资源局、市林业和草原局予以配合。', ['responsible:市能源局', 'cooperating:市自然资源局', 'cooperating:市林业和草原局']],
    ['A牵头，B、C配合 on a line of its own', '鼓励企业建设研发中心。\n市科技局牵头，市工业和信息化局、鄂尔多斯高新区管委会配合。', ['lead:市科技局', 'cooperating:市工业和信息化局', 'cooperating:鄂尔多斯高新区管委会']],
    ['由A、B牵头，C负责落实', '由市生态环境局、市能源局牵头，各旗区人民政府负责落实。', ['lead:市生态环境局', 'lead:市能源局', 'responsible:各旗区人民政府']],
    ['…等部门配合', '由市经信委牵头负责，市发改委、市科技局等部门配合，推动船舶向高端化发展。', ['lead:市经信委', 'cooperating:市发改委', 'cooperating:市科技局']],
    ['由A牵头 after another clause', '成立市临港产业发展工作领导小组，由市发改委牵头负责日常工作。', ['lead:市发改委']],
    ['A负责，B协助', '市金融局负责，人民银行大连市中心支行、大连银监局协助。', ['responsible:市金融局', 'cooperating:人民银行大连市中心支行', 'cooperating:大连银监局']],
  ])('reads %s', (_, text, bodies) => {
    expect(read(text)).toEqual(bodies);
  });

  it.each([
    ['a sentence about enterprises', '支持龙头企业负责组织产业联盟。'],
    ['the task’s own number', '5．市场主体负责落实。'],
    ['generic bodies', '各地各部门按职责分工落实。'],
    ['a sentence not opening with bodies', '推动企业与市工信局加强对接，负责组织实施。'],
  ])('reads nothing from %s', (_, text) => {
    expect(read(text)).toEqual([]);
  });

  it('cites the sentence and each body at its place', () => {
    const text = '推进示范。由市工业和信息化局牵头，会同市能源局组织实施。';
    const [attribution] = findProseAttributions(text, 10, (name) => lexicon().isGenericBody(name));
    expect(attribution?.form).toBe('prose');
    expect(text.slice((attribution?.start ?? 0) - 10, (attribution?.end ?? 0) - 10)).toBe('由市工业和信息化局牵头，会同市能源局组织实施。');
    for (const item of attribution?.items ?? []) expect(text.slice(item.start - 10, item.end - 10)).toBe(item.text);
  });
});
