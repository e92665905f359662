import { describe, expect, it } from 'vitest';
import { planText, stagesOf } from '../../helpers/stages.ts';

const bodiesIn = (body: string, city = '佛山市') => {
  const { extraction } = stagesOf(planText(city, body));
  return extraction.departments.map((m) => `${m.context}:${m.surface}`);
};

describe('department mentions', () => {
  it('finds a body whose 市 the segmenter glued to the word before it', () => {
    expect(bodiesIn('1．推进转型。经市人民政府同意，由市工信局组织实施。')).toEqual(expect.arrayContaining(['text:市人民政府']));
  });

  it('does not read another city’s government as the plan’s own', () => {
    expect(bodiesIn('1．加强合作。学习南京市人民政府的经验。').filter((b) => b.includes('人民政府'))).toEqual([]);
  });

  it('finds collectives and leading groups in running text', () => {
    expect(bodiesIn('1．压实责任。各县（市、区）人民政府要落实属地责任，市推进工业转型升级工作领导小组统筹协调。')).toEqual(
      expect.arrayContaining(['text:各县（市、区）人民政府', 'text:市推进工业转型升级工作领导小组']),
    );
  });

  it('reads a body’s second name in brackets as no body of its own', () => {
    expect(bodiesIn('1．加强人才引育。（责任单位：市委组织部（市委人才办）、市人社局）', '合肥市')).toEqual(['attribution:市委组织部', 'attribution:市人社局']);
  });

  it('gives each body of a clause its role and the prefix its list shares', () => {
    const { extraction } = stagesOf(planText('潍坊市', '1．强化人才支撑。（责任单位：市委组织部（牵头）、宣传部，市人社局配合）'));
    expect(extraction.departments.filter((m) => m.context === 'attribution').map((m) => [m.surface, m.role, m.sharedPrefix])).toEqual([
      ['市委组织部', 'lead', null],
      ['宣传部', 'cooperating', '市委'],
      ['市人社局', 'cooperating', null],
    ]);
  });
});
