import { describe, expect, it } from 'vitest';
import { applyEditChange, PlanEditValuesSchema } from '../../graph/plan-edits.ts';

const AT = '2026-11-26T03:00:00.000Z';

describe('hand edits of a plan', () => {
  it.each([
    [{ issued: '2024-02-18' }, true],
    [{ issued: '2024-02' }, true],
    [{ issued: null, period: null, status: null }, true],
    [{ period: [2021, 2025] }, true],
    [{ issued: '2023-02-30' }, false],
    [{ issued: '2024-13' }, false],
    [{ issued: '二〇二四年二月' }, false],
    [{ period: [2026, 2024] }, false],
    [{ period: [1800, 1805] }, false],
    [{ status: '' }, false],
  ])('%j is %s', (values, valid) => {
    expect(PlanEditValuesSchema.partial().safeParse(values).success).toBe(valid);
  });

  it('sets fields with the time of the edit, clears others back to the text, and keeps the rest', () => {
    const first = applyEditChange({}, { set: { issued: '2024-02-18', status: '印发' }, clear: [] }, AT);
    expect(first).toEqual({ issued: { value: '2024-02-18', at: AT }, status: { value: '印发', at: AT } });
    const later = '2026-11-27T00:00:00.000Z';
    expect(applyEditChange(first, { set: { period: null }, clear: ['status'] }, later)).toEqual({ issued: { value: '2024-02-18', at: AT }, period: { value: null, at: later } });
  });
});
