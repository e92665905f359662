/**
 * A plan's hand edits in Neo4j: the `edits` property as serialize.ts stores an object (JSON text in
 * `editsJson`), read and written inside the caller's transaction.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { PlanEditsSchema, type PlanEdits } from '../plan-edits.ts';
import { ANY_NODE, rows } from './cypher.ts';

const EDITS = 'editsJson';

/** The stored plan's edits; undefined when it has none or is not stored. */
export async function storedPlanEdits(tx: ManagedTransaction, planId: string): Promise<PlanEdits | undefined> {
  const [row] = await rows<{ edits: string | null }>(tx, `MATCH (p:${ANY_NODE} {id: $planId}) WHERE p:Plan RETURN p.${EDITS} AS edits`, { planId });
  return row?.edits ? PlanEditsSchema.parse(JSON.parse(row.edits)) : undefined;
}

/** Replaces the stored plan's edits (none removes the property); false when no such plan is stored. */
export async function setPlanEdits(tx: ManagedTransaction, planId: string, edits: PlanEdits): Promise<boolean> {
  const json = Object.keys(edits).length > 0 ? JSON.stringify(edits) : null;
  const updated = await rows(tx, `MATCH (p:${ANY_NODE} {id: $planId}) WHERE p:Plan SET p.${EDITS} = $json RETURN p.id AS id`, { planId, json });
  return updated.length > 0;
}

/** The stored edits of those of `planIds` that have any, by plan id. */
export async function storedPlanEditsOf(tx: ManagedTransaction, planIds: string[]): Promise<Map<string, PlanEdits>> {
  const found = await rows<{ id: string; edits: string }>(tx, `MATCH (p:${ANY_NODE}) WHERE p.id IN $planIds AND p:Plan AND p.${EDITS} IS NOT NULL RETURN p.id AS id, p.${EDITS} AS edits`, { planIds });
  return new Map(found.map((row) => [row.id, PlanEditsSchema.parse(JSON.parse(row.edits))]));
}
