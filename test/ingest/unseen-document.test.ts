/**
 * A plan the project has never seen, from a city with no seed document: extraction must come from
 * the method (lexicon + patterns + segmentation), not from anything fitted to the seeds.
 */
import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../graph/schema.ts';
import { stagesOf } from '../helpers/stages.ts';

const WUXI = [
  '无锡市加快培育未来产业三年行动计划（2025-2027年）',
  '（征求意见稿）',
  '',
  '一、发展目标',
  '到2027年，未来产业规模突破1000亿元，培育国家级专精特新“小巨人”企业50家以上，全社会研发投入占地区生产总值比重达3.5%左右。',
  '',
  '二、重点任务',
  '',
  '（一）壮大产业集群',
  '1．发展氢能与新型储能。依托无锡高新区建设氢能产业园，支持远景能源、中国船舶集团等龙头企业布局制氢和储能项目，每年新增氢能企业10家以上。（市发展改革委牵头负责，市工信局、市科技局按职责分工负责）',
  '2．提升海洋工程装备。推动江苏科技大学无锡船舶研究院建设，到2026年，海工装备产业规模达300亿元。〔责任单位：市工信局、商务局、江阴市人民政府按职责分工负责；以下均需各市（县）区人民政府落实，不再列出〕',
  '3．布局集成电路。加快集成电路设计企业集聚，每年招引项目20个。（市科技局牵头负责）',
  '',
  '三、保障措施',
  '（一）强化组织领导。建立市领导挂钩联系制度。（责任单位：市委组织部、市财政局）',
].join('\n');

describe('an unseen plan from another city', () => {
  const { contribution } = stagesOf(WUXI, 'wuxi-future-industries.txt');
  const names = (label: GraphNode['label']) => contribution.nodes.filter((n) => n.label === label).map((n) => n.name);

  it('reads its metadata', () => {
    expect(contribution.plan).toMatchObject({ city: '无锡市', genre: '行动计划', period: [2025, 2027], status: '征求意见稿' });
  });

  it('qualifies every department with its own city, including 市 carried over a list', () => {
    expect(names('Department')).toEqual(
      expect.arrayContaining([
        '无锡市发展和改革委员会',
        '无锡市工业和信息化局',
        '无锡市科学技术局',
        '无锡市商务局',
        '江阴市人民政府',
        '中共无锡市委组织部',
        '无锡市财政局',
      ]),
    );
    expect(names('Department').some((n) => n.startsWith('盐城') || n.startsWith('泰州'))).toBe(false);
  });

  it('assigns tasks to bodies with their roles, and carries “以下均需…落实” forward', () => {
    const led = contribution.edges.filter((e) => e.type === 'LED_BY').map((e) => `${e.source.split(':').pop()}→${e.target}`);
    expect(led).toEqual(['二、/（一）/1→department:无锡市发展和改革委员会', '二、/（一）/3→department:无锡市科学技术局']);
    const task3 = contribution.edges.filter((e) => e.type === 'ASSIGNED_TO' && e.source.endsWith('/3'));
    expect(task3.find((e) => e.type === 'ASSIGNED_TO' && e.role === 'implicit')?.target).toBe('department:无锡市各市（县）区人民政府');
  });

  it('links its industries to the shared concepts', () => {
    const industries = names('Industry');
    expect(industries).toEqual(expect.arrayContaining(['氢能', '新型储能', '海工装备', '集成电路']));
  });

  it('finds its zone, its platforms and its enterprises', () => {
    expect(names('Platform')).toEqual(expect.arrayContaining(['无锡高新技术产业开发区', '江苏科技大学无锡船舶研究院']));
    expect(names('Enterprise')).toEqual(expect.arrayContaining(['远景能源有限公司']));
  });

  it('reads its numeric targets with value, unit and year', () => {
    const targets = contribution.nodes.filter((n): n is Extract<GraphNode, { label: 'Target' }> => n.label === 'Target');
    const seen = targets.map((t) => `${t.value}${t.unit}@${t.year ?? '每年'}`);
    expect(seen).toEqual(expect.arrayContaining(['1000亿元@2027', '50家@2027', '3.5%@2027', '10家/年@每年', '300亿元@2026', '20个/年@每年']));
  });
});
