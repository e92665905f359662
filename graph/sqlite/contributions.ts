/**
 * The stored graph as plan contributions again — each plan's nodes (as stored: lexicon aliases only),
 * edges with their citations, and decoded text — so another store can be filled from this one plan by
 * plan (`policy-kg copy --to neo4j`) and end up with exactly this graph.
 *
 * An edge travels with the first plan in copying order after which both its ends exist: its own plan
 * for nearly every plan-scoped edge, and for a structural edge (no plan) the later of the first plans
 * supporting its two ends.
 */
import { byCodeUnit } from '../canonical.ts';
import type { GraphNode, PlanContribution } from '../schema.ts';
import type { Db } from './database.ts';
import { EDGE_COLUMNS, StoreReader } from './read.ts';
import { nodeFromRow, readEdgeRow, type EdgeRowIds } from './rows.ts';

interface PlanRow {
  pid: number;
  id: string;
}

type EdgeRow = EdgeRowIds & { eid: number };

const EDGES = `SELECT ${EDGE_COLUMNS}`;

/** For each edge not simply carried by its own plan, the position (in copying order) of the plan that carries it. */
function carriers(db: Db, order: Map<number, number>): Map<number, number> {
  const firstPlan = new Map<number, number>();
  const supporting = db.prepare(`SELECT np.nid, np.pid FROM node_plans np WHERE np.nid IN (
    SELECT e.source FROM edges e WHERE e.pid IS NULL OR NOT EXISTS (SELECT 1 FROM node_plans x WHERE x.nid = e.source AND x.pid = e.pid)
    UNION SELECT e.target FROM edges e WHERE e.pid IS NULL OR NOT EXISTS (SELECT 1 FROM node_plans x WHERE x.nid = e.target AND x.pid = e.pid))`);
  for (const row of supporting.iterate() as Iterable<{ nid: number; pid: number }>) {
    const position = order.get(row.pid) ?? Infinity;
    firstPlan.set(row.nid, Math.min(firstPlan.get(row.nid) ?? Infinity, position));
  }
  const carried = new Map<number, number>();
  const loose = db.prepare(`SELECT e.eid, e.source, e.target, e.pid FROM edges e WHERE e.pid IS NULL
    OR NOT EXISTS (SELECT 1 FROM node_plans x WHERE x.nid = e.source AND x.pid = e.pid)
    OR NOT EXISTS (SELECT 1 FROM node_plans x WHERE x.nid = e.target AND x.pid = e.pid)`);
  for (const edge of loose.iterate() as Iterable<{ eid: number; source: number; target: number; pid: number | null }>) {
    const own = edge.pid === null ? -1 : (order.get(edge.pid) ?? -1);
    carried.set(edge.eid, Math.max(own, firstPlan.get(edge.source) ?? 0, firstPlan.get(edge.target) ?? 0));
  }
  return carried;
}

/** The plans in copying order (by id), each as the contribution that rebuilds it. */
export function* storedContributions(db: Db): Generator<PlanContribution> {
  const reader = new StoreReader(db);
  const plans = (db.prepare("SELECT p.pid, p.id FROM plans p JOIN nodes n ON n.id = p.id AND n.label = 'Plan'").all() as PlanRow[]).sort((a, b) => byCodeUnit(a.id, b.id));
  const order = new Map(plans.map((plan, position) => [plan.pid, position]));
  const carried = carriers(db, order);
  const byPosition = new Map<number, number[]>();
  for (const [eid, position] of carried) byPosition.set(position, [...(byPosition.get(position) ?? []), eid]);
  const nodesOf = db.prepare('SELECT n.id, n.label, n.data FROM node_plans np JOIN nodes n ON n.nid = np.nid WHERE np.pid = ?');
  const edgesOf = db.prepare(`${EDGES} WHERE e.pid = ?`);
  const edgesById = db.prepare(`${EDGES} WHERE e.eid IN (SELECT value FROM json_each(?))`);
  const sourceOf = db.prepare('SELECT file, text FROM sources WHERE pid = ?');
  for (const [position, plan] of plans.entries()) {
    const nodes = (nodesOf.all(plan.pid) as { id: string; label: string; data: string }[]).map((row) => nodeFromRow(row, [plan.id]));
    const own = (edgesOf.all(plan.pid) as EdgeRow[]).filter((edge) => !carried.has(edge.eid));
    const extra = edgesById.all(JSON.stringify(byPosition.get(position) ?? [])) as EdgeRow[];
    const edges = reader.presentEdges([...own, ...extra].map(readEdgeRow));
    const source = sourceOf.get(plan.pid) as { file: string; text: string } | undefined;
    const planNode = nodes.find((n) => n.id === plan.id) as GraphNode & { label: 'Plan' };
    yield { plan: planNode, nodes, edges, sourceText: source?.text ?? '', warnings: [] };
  }
}
