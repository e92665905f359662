/**
 * Hand edits of a plan's time fields, part of the GraphStore contract (graph-store.contract.ts): kept
 * on the Plan node, carried over when the plan is stored again from its file, gone with the plan.
 */
import { describe, expect, it } from 'vitest';
import { applyEditChange } from '../../graph/plan-edits.ts';
import type { PlanContribution } from '../../graph/schema.ts';
import type { GraphStore } from '../../graph/store.ts';

const AT = '2026-11-26T03:00:00.000Z';

export function describePlanEditsContract(store: () => GraphStore, seeds: () => PlanContribution[]): void {
  describe('hand edits of a plan', () => {
    const first = () => seeds()[0] as PlanContribution;
    const planOf = async (id: string) => (await store().getNodes([id]))[0];

    it('records an edit beside the inferred values, and answers null for a plan not stored', async () => {
      await store().replacePlans(seeds().slice(0, 2));
      const id = first().plan.id;
      const edited = await store().editPlan(id, (edits) => applyEditChange(edits, { set: { issued: '2024-02-18', status: '印发' }, clear: [] }, AT));
      expect(edited?.edits).toEqual({ issued: { value: '2024-02-18', at: AT }, status: { value: '印发', at: AT } });
      expect(edited?.status).toBe(first().plan.status);
      expect(await planOf(id)).toEqual(edited);
      expect((await store().exportGraph()).nodes.find((n) => n.id === id)).toEqual(edited);
      expect(await store().editPlan('plan:not-stored', () => ({}))).toBeNull();
    });

    it('keeps the edits when the plan is stored again from its file, until they are cleared', async () => {
      await store().replacePlans(seeds().slice(0, 1));
      const id = first().plan.id;
      const before = await planOf(id);
      await store().editPlan(id, (edits) => applyEditChange(edits, { set: { period: [2024, 2026] }, clear: [] }, AT));
      await store().replacePlans(seeds().slice(0, 1));
      expect(await planOf(id)).toEqual({ ...before, edits: { period: { value: [2024, 2026], at: AT } } });
      const cleared = await store().editPlan(id, (edits) => applyEditChange(edits, { set: {}, clear: ['period'] }, AT));
      expect(cleared).toEqual(before);
      expect((await store().exportGraph()).nodes.find((n) => n.id === id)).toEqual(before);
    });

    it('lets a contribution that brings its own edits (a copy) keep them, and drops the edits with the plan', async () => {
      await store().replacePlans(seeds().slice(0, 1));
      const id = first().plan.id;
      await store().editPlan(id, (edits) => applyEditChange(edits, { set: { status: '试行' }, clear: [] }, AT));
      const copied = { ...first().plan, edits: { issued: { value: null, at: AT } } };
      await store().replacePlan({ ...first(), plan: copied, nodes: first().nodes.map((n) => (n.id === id ? copied : n)) });
      expect(await planOf(id)).toMatchObject({ edits: { issued: { value: null, at: AT } } });
      expect(await store().removePlan(id)).toBe(true);
      await store().replacePlans(seeds().slice(0, 1));
      expect(await planOf(id)).not.toHaveProperty('edits');
    });
  });
}
