import { describe, expect, it } from 'vitest';
import { transactionChunks } from '../../../graph/neo4j/index.ts';
import type { PlanContribution } from '../../../graph/schema.ts';

/** Only the sizes matter to the chunker. */
const sized = (id: string, items: number) => ({ plan: { id }, nodes: Array.from({ length: items }), edges: [] }) as unknown as PlanContribution;
const ids = (chunks: PlanContribution[][]) => chunks.map((chunk) => chunk.map((c) => c.plan.id));

describe('transactionChunks', () => {
  it('fills each transaction up to the item budget, in order', () => {
    expect(ids(transactionChunks([sized('a', 4), sized('b', 5), sized('c', 2), sized('d', 9)], 10))).toEqual([['a', 'b'], ['c'], ['d']]);
  });

  it('gives a contribution larger than the budget a transaction of its own rather than splitting it', () => {
    expect(ids(transactionChunks([sized('a', 1), sized('big', 50), sized('b', 1)], 10))).toEqual([['a'], ['big'], ['b']]);
  });

  it('writes nothing for no contributions', () => {
    expect(transactionChunks([], 10)).toEqual([]);
  });
});
