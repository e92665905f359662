import { describe, expect, it } from 'vitest';
import { aggregate, GROUP_PREFIX } from '../../../client/src/graph/aggregate.ts';
import { makeEdge, makeNode, type ElementSet } from '../../../client/src/graph/elements.ts';

/** A hub department with tasks in two cities, each task on one industry. */
function fixture(): ElementSet {
  const nodes = [makeNode({ id: 'department:d', label: 'Department', name: '工信局', city: '甲市', kind: null, plans: 1 })];
  const edges = [];
  for (let i = 0; i < 10; i += 1) {
    const city = i < 6 ? '甲市' : '乙市';
    nodes.push(makeNode({ id: `task:${i}`, label: 'Task', name: `任务${i}`, city, kind: null, plans: 1 }));
    nodes.push(makeNode({ id: `industry:${i % 3}`, label: 'Industry', name: `产业${i % 3}`, city: null, kind: null, plans: 1 }));
    edges.push(makeEdge({ id: `ASSIGNED_TO|task:${i}|department:d`, source: `task:${i}`, target: 'department:d', type: 'ASSIGNED_TO', role: 'lead', plan: null, evidence: 1 }));
    edges.push(makeEdge({ id: `CONCERNS|task:${i}|industry:${i % 3}`, source: `task:${i}`, target: `industry:${i % 3}`, type: 'CONCERNS', role: null, plan: null, evidence: 1 }));
  }
  const unique = new Map(nodes.map((n) => [n.data.id, n]));
  return { nodes: [...unique.values()], edges };
}

describe('summarising a large canvas', () => {
  it('groups by label what is neither kept nor a hub, bundling edges with their count', () => {
    const result = aggregate(fixture(), { by: 'label', keep: new Set(['department:d']), hubs: 0 });
    const tasks = `${GROUP_PREFIX}Task`;
    expect(result.groups.get(tasks)).toHaveLength(10);
    expect(result.nodes.find((n) => n.data.id === tasks)?.data).toMatchObject({ name: '任务 ×10', members: 10, label: 'Task' });
    const bundle = result.edges.find((e) => e.data.source === tasks && e.data.target === 'department:d');
    expect(bundle).toMatchObject({ classes: 'aggregate', data: { caption: '×10', type: 'ASSIGNED_TO' } });
    expect(result.edges.find((e) => e.data.source === tasks && e.data.target === `${GROUP_PREFIX}Industry`)?.data.caption).toBe('×10');
    expect(result.nodes.map((n) => n.data.id).sort()).toEqual(['department:d', `${GROUP_PREFIX}Industry`, tasks].sort());
  });

  it('groups by city and label; keeps the best-connected nodes and the chosen ones as themselves', () => {
    const result = aggregate(fixture(), { by: 'city', keep: new Set(['task:9']), hubs: 1 });
    const ids = result.nodes.map((n) => n.data.id);
    expect(ids).toContain('department:d');
    expect(ids).toContain('task:9');
    expect(result.groups.get(`${GROUP_PREFIX}甲市|Task`)).toHaveLength(6);
    expect(result.groups.get(`${GROUP_PREFIX}乙市|Task`)).toHaveLength(3);
    expect(result.nodes.find((n) => n.data.id === `${GROUP_PREFIX}乙市|Task`)?.data.name).toBe('乙市 · 任务 ×3');
    const all = new Set(ids);
    for (const e of result.edges) expect(all.has(e.data.source) && all.has(e.data.target)).toBe(true);
  });

  it('groups by the concept a node hangs off, the best-connected industry when there are several', () => {
    const result = aggregate(fixture(), { by: 'concept', keep: new Set(['department:d', 'industry:0', 'industry:1', 'industry:2']), hubs: 0 });
    expect(result.groups.get(`${GROUP_PREFIX}产业0|Task`)?.sort()).toEqual(['task:0', 'task:3', 'task:6', 'task:9']);
    expect(result.groups.get(`${GROUP_PREFIX}产业1|Task`)).toHaveLength(3);
    expect(result.nodes.find((n) => n.data.id === `${GROUP_PREFIX}产业2|Task`)?.data.name).toBe('产业2 · 任务 ×3');
  });

  it('leaves a group of one as the node itself', () => {
    const set = fixture();
    const result = aggregate({ nodes: set.nodes.filter((n) => n.data.id !== 'task:1' && n.data.label !== 'Industry' || n.data.id === 'industry:0'), edges: set.edges }, { by: 'label', keep: new Set(['department:d']), hubs: 0 });
    expect(result.nodes.map((n) => n.data.id)).toContain('industry:0');
    expect([...result.groups.keys()]).toEqual([`${GROUP_PREFIX}Task`]);
  });
});
