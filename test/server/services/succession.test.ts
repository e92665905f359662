import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../core/config.ts';
import { planTimeOf } from '../../../server/services/plan-time.ts';
import { issuerKindOf, subjectOf, subjectSimilarity, successionLinks } from '../../../server/services/succession.ts';
import { planNode, type PlanFields } from '../../helpers/plan-nodes.ts';
import { contributionOf, lexicon } from '../../helpers/seeds.ts';

const vocabulary = lexicon().succession;
const times = (plans: [string, PlanFields][]) => plans.map(([key, fields]) => planTimeOf(planNode(key, fields), vocabulary));
const links = (plans: [string, PlanFields][]) => successionLinks(times(plans), vocabulary).map((l) => `${l.successor.slice(5)}←${l.predecessor.slice(5)}:${l.basis}`);

describe('the subject and issuer of a plan', () => {
  it.each([
    ['盐城市加快推进新型工业化2026年工作要点', '盐城市', '工作要点', '加快推进新型工业化'],
    ['盐城市“十四五”科技创新发展规划', '盐城市', '规划', '科技创新发展'],
    ['盐城市进一步加强县域特色优势产业发展的行动方案（2026-2028年）', '盐城市', '行动方案', '进一步加强县域特色优势产业发展'],
    ['关于印发芜湖市2024年数字经济工作要点的通知', '芜湖市', '工作要点', '数字经济'],
    ['洛阳市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要', '洛阳市', '纲要', '国民经济和社会发展第十四个五年规划和二〇三五年远景目标'],
  ])('%s is about %s', (title, city, genre, subject) => {
    expect(subjectOf({ title, city, genre }, vocabulary)).toBe(subject);
  });

  it.each([
    ['芜湖市人民政府办公室', '芜湖市', '政府'],
    ['市政府', '芜湖市', '政府'],
    ['中共芜湖市委办公室', '芜湖市', '委'],
    ['芜湖市经济和信息化局', '芜湖市', '经济和信息化局'],
    [null, '芜湖市', null],
  ])('%s issues as %s', (issuer, city, kind) => {
    expect(issuerKindOf({ issuer, city }, vocabulary)).toBe(kind);
  });

  it.each([
    ['数字经济', '数字经济', 1],
    ['科技创新发展', '科技创新', 0.75],
    ['工业经济', '数字经济', 1 / 3],
  ])('%s and %s are alike to %f', (a, b, similarity) => {
    expect(subjectSimilarity(a, b)).toBeCloseTo(similarity);
  });
});

describe('which plan succeeds which', () => {
  const wuhu = { city: '芜湖市', genre: '工作要点', issuer: '芜湖市人民政府办公室' };

  it('chains a city’s yearly 工作要点 by issue date, each to the latest before it', () => {
    expect(
      links([
        ['wp-2023', { ...wuhu, title: '芜湖市2023年数字经济工作要点', issued: '2023-03-02', period: [2023, 2023] }],
        ['wp-2024', { ...wuhu, title: '芜湖市2024年数字经济工作要点', issued: '2024-02-20', period: [2024, 2024] }],
        ['wp-2022', { ...wuhu, title: '芜湖市2022年数字经济工作要点', issued: '2022-03-15', period: [2022, 2022], issuer: '芜湖市政府' }],
      ]),
    ).toEqual(['wp-2023←wp-2022:issued', 'wp-2024←wp-2023:issued']);
  });

  it('links a 十四五 规划 to the 十三五 one by their periods when no issue date is known', () => {
    const plan = { city: '洛阳市', genre: '规划' };
    expect(links([['p13', { ...plan, title: '洛阳市“十三五”科技创新规划', period: [2016, 2020] }], ['p14', { ...plan, title: '洛阳市“十四五”科技创新发展规划', period: [2021, 2025] }]])).toEqual(['p14←p13:period']);
  });

  it('makes the issued text succeed its draft of the same period, whoever drafted it', () => {
    const plan = { city: '青岛市', genre: '行动方案', title: '青岛市氢能产业发展行动方案（2024—2026年）', period: [2024, 2026] as [number, number] };
    expect(links([['final', { ...plan, status: '印发' }], ['draft', { ...plan, status: '征求意见稿' }]])).toEqual(['final←draft:draft']);
    const drafted = { ...plan, status: '征求意见稿', issuer: '青岛市发展和改革委员会', issued: '2024-03' };
    expect(links([['final', { ...plan, status: '印发', issuer: '青岛市人民政府办公厅', issued: '2024-05-08' }], ['draft', drafted]])).toEqual(['final←draft:draft']);
  });

  it.each([
    ['another city', { city: '马鞍山市', title: '马鞍山市2024年数字经济工作要点' }],
    ['another subject', { title: '芜湖市2024年工业经济工作要点' }],
    ['another genre', { genre: '行动方案', title: '芜湖市数字经济行动方案' }],
    ['another kind of issuer', { issuer: '芜湖市经济和信息化局' }],
    ['no date at all', { issued: null, period: null }],
  ] as const)('links no plan of %s', (_, change) => {
    const base = { ...wuhu, title: '芜湖市2024年数字经济工作要点', issued: '2024-02-20', period: [2024, 2024] as [number, number] };
    expect(links([['wp-2023', { ...wuhu, title: '芜湖市2023年数字经济工作要点', issued: '2023-03-02', period: [2023, 2023] }], ['other', { ...base, ...change }]])).toEqual([]);
  });
});

describe('three series as governments publish them, read by plan metadata inference', async () => {
  const dir = path.join(PROJECT_ROOT, 'test/fixtures/time');
  const { documents } = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
    documents: { file: string; city: string; genre: string; issued: string; period: [number, number]; status: string; succeeds: string | null }[];
  };
  const plans = await Promise.all(documents.map(async (d) => (await contributionOf(d.file, fs.readFileSync(path.join(dir, d.file)))).plan));

  it.each(documents.map((d, i) => [d.file, d, plans[i]] as const))('%s: city, genre, issue date, period and status', (_, expected, plan) => {
    const { city, genre, issued, period, status } = plan ?? {};
    expect({ city, genre, issued, period, status }).toEqual({ city: expected.city, genre: expected.genre, issued: expected.issued, period: expected.period, status: expected.status });
  });

  it('links each plan to the one it succeeds, citing both titles and issue dates where they were read', () => {
    const key = (id: string) => documents.find((d) => `plan:${d.file.replace(/\.txt$/, '')}` === id)?.file;
    const found = successionLinks(plans.map((p) => planTimeOf(p, vocabulary)), vocabulary).map((l) => [key(l.successor), key(l.predecessor)]);
    expect(found).toEqual(documents.filter((d) => d.succeeds).map((d) => [d.file, d.succeeds]).sort());
  });
});
