import { describe, expect, it } from 'vitest';
import { ledgerFacets } from '../../../../client/src/views/indicators/ledger.ts';
import { target } from '../../../helpers/client-fixtures.ts';

describe('the ledger’s filters', () => {
  it('offers the indicators, years and plans a city’s targets have, with their counts', () => {
    const facets = ledgerFacets([
      target({ id: 'a', indicator: 'rd-intensity', year: 2025, plan: 'plan:x' }),
      target({ id: 'b', indicator: 'rd-intensity', year: 2027, plan: 'plan:y' }),
      target({ id: 'c', indicator: 'green-factories', year: 2025, plan: 'plan:x' }),
      target({ id: 'd', indicator: null, year: null, annual: true, plan: 'plan:x' }),
    ]);
    expect(facets).toEqual({
      total: 4,
      indicators: [
        { value: 'rd-intensity', count: 2 },
        { value: 'green-factories', count: 1 },
      ],
      unmatched: 1,
      years: [
        { value: 2025, count: 2 },
        { value: 2027, count: 1 },
      ],
      plans: [
        { value: 'plan:x', count: 3 },
        { value: 'plan:y', count: 1 },
      ],
    });
  });

  it('has nothing to offer for no targets', () => {
    expect(ledgerFacets([])).toEqual({ total: 0, indicators: [], unmatched: 0, years: [], plans: [] });
  });
});
