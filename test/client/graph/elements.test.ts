import { describe, expect, it } from 'vitest';
import { diffElements, fromNeighborhood, labelCounts, makeNode, mergeElements, signature, type ElementSet } from '../../../client/src/graph/elements.ts';
import { LABEL_STYLES } from '../../../client/src/graph/style.ts';
import { neighborhood } from '../../helpers/client-fixtures.ts';

const extra: ElementSet = {
  nodes: [makeNode({ id: 'industry:新能源', label: 'Industry', name: '新能源', city: null, kind: null, plans: 5 })],
  edges: [
    { group: 'edges', data: { id: 'BROADER|industry:氢能|industry:新能源', source: 'industry:氢能', target: 'industry:新能源', type: 'BROADER', role: null, plan: null, evidence: 0, caption: '上位概念' } },
    { group: 'edges', data: { id: 'dangling', source: 'industry:氢能', target: 'industry:不存在', type: 'BROADER', role: null, plan: null, evidence: 0, caption: '' } },
  ],
};

describe('API → Cytoscape elements', () => {
  it('maps a neighbourhood: data kept, centre marked, captions and sizes added', () => {
    const set = fromNeighborhood(neighborhood);
    expect(set.nodes).toHaveLength(3);
    const centre = set.nodes.find((n) => n.data.id === 'industry:氢能');
    expect(centre).toMatchObject({ group: 'nodes', classes: 'centre', data: { caption: '氢能', plan: null } });
    expect(centre?.data.size).toBeGreaterThan(LABEL_STYLES.Industry.size);
    expect(set.nodes.find((n) => n.data.label === 'Plan')?.data.caption).toBe('推进新型工业化加快建设制造强市…');
    const assigned = set.edges.find((e) => e.data.type === 'ASSIGNED_TO');
    expect(assigned).toMatchObject({ classes: 'role-lead', data: { caption: '责任分工（牵头）' } });
    expect(set.edges[0]?.data.caption).toBe('提及');
  });

  it('merges sets, first occurrence winning, dropping edges whose ends are missing', () => {
    const base = fromNeighborhood(neighborhood);
    const merged = mergeElements(base, extra, base);
    expect(merged.nodes.map((n) => n.data.id)).toEqual([...base.nodes.map((n) => n.data.id), 'industry:新能源']);
    expect(merged.edges.map((e) => e.data.id)).toContain('BROADER|industry:氢能|industry:新能源');
    expect(merged.edges.map((e) => e.data.id)).not.toContain('dangling');
  });

  it('diffs a canvas against the next set: what enters, what leaves, what changes look', () => {
    const base = fromNeighborhood(neighborhood);
    const current = new Map([...base.nodes, ...base.edges].map((e) => [e.data.id, signature(e)]));
    const plan = base.nodes.find((n) => n.data.label === 'Plan')!;
    const next = mergeElements({ nodes: [{ ...plan, classes: 'pinned' }], edges: [] }, { nodes: base.nodes.filter((n) => n.data.label !== 'Department'), edges: base.edges }, extra);
    const diff = diffElements(current, next);
    expect(diff.added.nodes.map((n) => n.data.id)).toEqual(['industry:新能源']);
    expect(diff.added.edges.map((e) => e.data.id)).toEqual(['BROADER|industry:氢能|industry:新能源']);
    expect(diff.removed.sort()).toEqual(['ASSIGNED_TO|t|department:连云港市工业和信息化局|plan:lyg|lead', 'department:连云港市工业和信息化局'].sort());
    expect(diff.changed.map((e) => e.data.id)).toEqual([plan.data.id]);
    expect(diffElements(current, base)).toEqual({ added: { nodes: [], edges: [] }, removed: [], changed: [] });
  });

  it('counts nodes per label in legend order', () => {
    expect(labelCounts(fromNeighborhood(neighborhood).nodes).map((c) => [c.label, c.name, c.count])).toEqual([
      ['Plan', '规划文件', 1],
      ['Department', '部门', 1],
      ['Industry', '产业', 1],
    ]);
  });
});
