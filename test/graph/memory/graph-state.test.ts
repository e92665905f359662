import { describe, expect, it } from 'vitest';
import { GraphState, planDifference } from '../../../graph/memory/graph-state.ts';
import type { GraphEdge, GraphNode } from '../../../graph/schema.ts';

describe('planDifference', () => {
  it('finds one appended plan', () => {
    expect(planDifference(['a', 'b'], ['a', 'b', 'c'])).toEqual({ added: ['c'], removed: [] });
  });

  it('finds one dropped plan anywhere in the list', () => {
    expect(planDifference(['a', 'b', 'c'], ['a', 'c'])).toEqual({ added: [], removed: ['b'] });
    expect(planDifference(['a', 'b', 'c'], ['a', 'b'])).toEqual({ added: [], removed: ['c'] });
  });

  it('handles arbitrary reorders and swaps', () => {
    expect(planDifference(['a', 'b', 'c'], ['c', 'd', 'a'])).toEqual({ added: ['d'], removed: ['b'] });
    expect(planDifference([], ['x'])).toEqual({ added: ['x'], removed: [] });
    expect(planDifference(['x'], [])).toEqual({ added: [], removed: ['x'] });
  });
});

describe('GraphState.idsInOrder', () => {
  const industry = (name: string) => ({ id: `industry:${name}`, label: 'Industry', name, plans: ['plan:p'] }) as unknown as GraphNode;

  it('follows additions, deletions and rolled-back writes', () => {
    const state = new GraphState();
    state.setNode(industry('b'));
    state.setNode(industry('a'));
    expect(state.idsInOrder()).toEqual(['industry:a', 'industry:b']);
    state.begin();
    state.setNode(industry('c'));
    state.deleteNode('industry:a');
    expect(state.idsInOrder()).toEqual(['industry:b', 'industry:c']);
    state.rollback();
    expect(state.idsInOrder()).toEqual(['industry:a', 'industry:b']);
  });
});

describe('GraphState.searchText', () => {
  it('holds the name, aliases and every plan wording, lower-cased, and follows changes and rollbacks', () => {
    const state = new GraphState();
    state.setNode({ id: 'industry:氢能', label: 'Industry', name: '氢能', aliases: ['Hydrogen'], plans: ['plan:p'] } as unknown as GraphNode);
    state.setNode({ id: 'plan:p', label: 'Plan', name: '某市行动方案', plans: ['plan:p'] } as unknown as GraphNode);
    expect(state.searchText('industry:氢能')).toBe('氢能\u0000hydrogen');
    state.begin();
    state.setEdge({ id: 'm', type: 'MENTIONS', source: 'plan:p', target: 'industry:氢能', terms: ['氢能源'], count: 1, plan: 'plan:p' } as unknown as GraphEdge);
    expect(state.searchText('industry:氢能')).toContain('氢能源');
    state.rollback();
    expect(state.searchText('industry:氢能')).not.toContain('氢能源');
  });
});
