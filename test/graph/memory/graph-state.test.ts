import { describe, expect, it } from 'vitest';
import { planDifference } from '../../../graph/memory/graph-state.ts';

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
