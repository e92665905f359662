import { describe, expect, it } from 'vitest';
import { fromOverlap } from '../../../client/src/graph/overlap-elements.ts';
import { overlap } from '../../helpers/client-fixtures.ts';

describe('the overlap graph', () => {
  const set = fromOverlap(overlap, 12);
  const node = (id: string) => set.nodes.find((n) => n.data.id === id);

  it('puts the concept in the middle, narrower industries dotted, related ones apart, cities with their plans', () => {
    expect(node('industry:海工装备')?.classes).toBe('concept');
    expect(node('industry:船舶海工配套')?.classes).toBe('narrower');
    expect(node('industry:海洋装备')?.classes).toBe('related');
    expect(set.edges.find((e) => e.data.type === 'RELATED')).toMatchObject({ classes: 'relation relation-broader', data: { source: 'industry:海洋装备', target: 'industry:海工装备', caption: '上位概念', evidence: 1 } });
    expect(node('city:盐城市')?.data.label).toBe('City');
    expect(node('plan:yc')?.data.label).toBe('Plan');
    expect(set.edges.find((e) => e.data.type === 'BROADER')?.classes).toBe('broader');
  });

  it('links the concept to each plan once per kind of wording, captioned with the words and how often', () => {
    const matches = set.edges.filter((e) => e.data.type === 'MENTIONS');
    expect(matches.map((e) => [e.data.source, e.data.target, e.data.match, e.data.evidence]).sort()).toEqual(
      [
        ['industry:海工装备', 'plan:yc', 'exact', 2],
        ['industry:海工装备', 'plan:yc', 'synonym', 1],
        ['industry:船舶海工配套', 'plan:yc', 'narrower', 1],
        ['industry:海工装备', 'plan:lyg', 'exact', 1],
        ['industry:海洋装备', 'plan:lyg', 'related', 1],
      ].sort(),
    );
    const synonym = matches.find((e) => e.data.match === 'synonym');
    expect(synonym).toMatchObject({ classes: 'match match-synonym', data: { caption: '同义词：海洋工程装备 ×1' } });
  });

  it('hangs departments, organisations and targets off their city or plan, with their plan on document parts', () => {
    expect(set.edges.find((e) => e.data.source === 'department:盐城市工业和信息化局')?.data.caption).toBe('牵头 1 · 参与 2');
    expect(set.edges.find((e) => e.data.source === 'department:盐城经济技术开发区管理委员会')?.data.caption).toBe('承接');
    expect(node('target:yc:1')?.data).toMatchObject({ name: '海工装备产值 超500亿元', plan: 'plan:yc' });
    expect(node('task:yc:1')?.data.plan).toBe('plan:yc');
    expect(node('enterprise:某船舶公司')?.data.label).toBe('Enterprise');
  });

  it('caps each kind per city and says how many were left out; every edge joins two nodes of the set', () => {
    expect(set.omitted).toBe(3);
    expect(set.nodes.filter((n) => n.data.label === 'Task' && n.data.city === '连云港市')).toHaveLength(12);
    const ids = new Set(set.nodes.map((n) => n.data.id));
    for (const e of set.edges) expect(ids.has(e.data.source) && ids.has(e.data.target)).toBe(true);
    expect(new Set(set.edges.map((e) => e.data.id)).size).toBe(set.edges.length);
    expect(ids.size).toBe(set.nodes.length);
  });
});
