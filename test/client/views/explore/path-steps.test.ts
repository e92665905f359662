import { describe, expect, it } from 'vitest';
import { pathSteps } from '../../../../client/src/views/explore/path-steps.ts';

const edges = new Map([
  ['m', { source: 'plan:yc', target: 'enterprise:悦达', type: 'MENTIONS' }],
  ['i', { source: 'plan:yc', target: 'city:盐城市', type: 'ISSUED_BY' }],
  ['c', { source: 'task:1', target: 'industry:新能源', type: 'CONCERNS' }],
  ['h', { source: 'region:海陵区', target: 'industry:新能源', type: 'HOSTS' }],
]);

describe('a path read the way its edges point', () => {
  it('says which way each step goes: the plan mentions the enterprise, not the reverse', () => {
    const read = pathSteps({ nodes: ['enterprise:悦达', 'plan:yc', 'city:盐城市'], edges: ['m', 'i'] }, edges);
    expect(read.nodes).toEqual(['enterprise:悦达', 'plan:yc', 'city:盐城市']);
    expect(read.steps.map((s) => [s.from, s.type, s.forward, s.to])).toEqual([
      ['enterprise:悦达', 'MENTIONS', false, 'plan:yc'],
      ['plan:yc', 'ISSUED_BY', true, 'city:盐城市'],
    ]);
  });

  it('turns a path round when more of its edges point from the other end', () => {
    const read = pathSteps({ nodes: ['industry:新能源', 'task:1'], edges: ['c'] }, edges);
    expect(read.nodes).toEqual(['task:1', 'industry:新能源']);
    expect(read.steps[0]).toMatchObject({ from: 'task:1', to: 'industry:新能源', forward: true });
  });

  it('keeps the order found when both readings are as good', () => {
    const read = pathSteps({ nodes: ['task:1', 'industry:新能源', 'region:海陵区'], edges: ['c', 'h'] }, edges);
    expect(read.nodes[0]).toBe('task:1');
    expect(read.steps.map((s) => s.forward)).toEqual([true, false]);
  });
});
