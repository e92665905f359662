import { describe, expect, it } from 'vitest';
import { admitLevel } from '../../graph/neighborhood.ts';

describe('admitLevel', () => {
  it('takes eligible neighbours by id until the limit and reports the cut', () => {
    const included = new Set(['c']);
    const level = admitLevel(included, [['z', 'Industry'], ['b', 'Industry'], ['m', 'Industry']], { depth: 1, limit: 3 });
    expect(level).toEqual({ frontier: ['b', 'm'], truncated: true });
    expect([...included]).toEqual(['c', 'b', 'm']);
  });

  it('skips nodes already included and labels not asked for', () => {
    const included = new Set(['c', 'a']);
    const level = admitLevel(included, [['a', 'Industry'], ['d', 'Department'], ['e', 'Industry']], { depth: 2, limit: 10, labels: ['Industry'] });
    expect(level).toEqual({ frontier: ['e'], truncated: false });
  });
});
