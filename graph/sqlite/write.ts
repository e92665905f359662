/**
 * Replacing a plan's contribution, inside a transaction the caller holds: the same semantics as
 * GraphStore describes (and graph/neo4j/replace.ts implements). Every step is an index lookup, so one
 * plan costs the same in a store of five plans or five thousand.
 */
import { errors } from '../../core/errors.ts';
import { PlanEditsSchema, type PlanEdits } from '../plan-edits.ts';
import type { GraphEdge, GraphNode, PlanContribution, SourceText } from '../schema.ts';
import type { Db } from './database.ts';
import { EDGE_COLUMNS } from './read.ts';
import { edgeData, edgeKey, evidenceRest, nodeRow, readEdgeRow, searchText, storedEdgeId, type EdgeRowIds } from './rows.ts';

/** Nodes whose name, aliases or wordings may have changed: their search text is rebuilt at the end. */
export type Touched = Set<number>;

function prepareStatements(db: Db) {
  return {
    planPid: db.prepare<[string], { pid: number }>('SELECT pid FROM plans WHERE id = ?'),
    insertPlan: db.prepare<[string]>('INSERT INTO plans (id) VALUES (?)'),
    mentionTargets: db.prepare<[number], { target: number }>("SELECT DISTINCT target FROM edges WHERE pid = ? AND type = 'MENTIONS'"),
    deletePlanEdges: db.prepare<[number]>('DELETE FROM edges WHERE pid = ?'),
    planNodes: db.prepare<[number], { nid: number }>('SELECT nid FROM node_plans WHERE pid = ?'),
    deletePlanSupport: db.prepare<[number]>('DELETE FROM node_plans WHERE pid = ?'),
    deleteUnsupported: db.prepare<[number, number]>('DELETE FROM nodes WHERE nid = ? AND NOT EXISTS (SELECT 1 FROM node_plans WHERE nid = ?)'),
    deleteSource: db.prepare<[number]>('DELETE FROM sources WHERE pid = ?'),
    node: db.prepare<[string], { nid: number; label: string; city: string | null; data: string }>('SELECT nid, label, city, data FROM nodes WHERE id = ?'),
    insertNode: db.prepare<[string, string, string | null, string]>('INSERT INTO nodes (id, label, city, data) VALUES (?, ?, ?, ?)'),
    updateNode: db.prepare<[string | null, string, number]>('UPDATE nodes SET city = ?, data = ? WHERE nid = ?'),
    support: db.prepare<[number, number]>('INSERT OR IGNORE INTO node_plans (pid, nid) VALUES (?, ?)'),
    edgesByKey: db.prepare<[number], EdgeRowIds & { eid: number }>(`SELECT ${EDGE_COLUMNS} WHERE e.key = ?`),
    deleteEdge: db.prepare<[number]>('DELETE FROM edges WHERE eid = ?'),
    insertEdge: db.prepare<[number, string | null, string, number, number, number | null, string]>('INSERT INTO edges (key, id, type, source, target, pid, data) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    sentence: db.prepare<[number, number, number], { sid: number; text: string }>('SELECT sid, text FROM sentences WHERE pid = ? AND start = ? AND end = ?'),
    insertSentence: db.prepare<[number, number, number, string]>('INSERT INTO sentences (pid, start, end, text) VALUES (?, ?, ?, ?)'),
    insertEvidence: db.prepare<[number, number, number, string | null]>('INSERT INTO evidence (eid, seq, sid, rest) VALUES (?, ?, ?, ?)'),
    upsertSource: db.prepare<[number, string, string]>('INSERT INTO sources (pid, file, text) VALUES (?, ?, ?) ON CONFLICT (pid) DO UPDATE SET file = excluded.file, text = excluded.text'),
    nodeByNid: db.prepare<[number], { data: string }>('SELECT data FROM nodes WHERE nid = ?'),
    terms: db.prepare<[number], { term: string }>('SELECT term FROM node_terms WHERE nid = ?'),
    setSearch: db.prepare<[number, string]>('INSERT INTO node_search (nid, text) VALUES (?, ?) ON CONFLICT (nid) DO UPDATE SET text = excluded.text WHERE text <> excluded.text'),
    totals: db.prepare<[], { kind: string; n: number }>('SELECT kind, sum(n) AS n FROM totals GROUP BY kind'),
    bumpRevision: db.prepare("UPDATE meta SET value = value + 1 WHERE key = 'revision'"),
    hasPlan: db.prepare<[string], { one: number }>("SELECT 1 AS one FROM nodes WHERE id = ? AND label = 'Plan'"),
  };
}

export class PlanWriter {
  private readonly sql: ReturnType<typeof prepareStatements>;

  constructor(db: Db) {
    this.sql = prepareStatements(db);
  }

  /** The plan's interned id, created on first use; plan ids stay interned (a few bytes each). */
  planPid(planId: string): number {
    const found = this.sql.planPid.get(planId);
    return found ? found.pid : Number(this.sql.insertPlan.run(planId).lastInsertRowid);
  }

  hasPlan(planId: string): boolean {
    return this.sql.hasPlan.get(planId) !== undefined;
  }

  totals(): { nodes: number; edges: number } {
    const rows = new Map(this.sql.totals.all().map((r) => [r.kind, r.n]));
    return { nodes: rows.get('node') ?? 0, edges: rows.get('edge') ?? 0 };
  }

  bumpRevision(): void {
    this.sql.bumpRevision.run();
  }

  /** The hand edits of a stored plan (none when it is not stored or has none). */
  planEdits(planId: string): PlanEdits | undefined {
    const row = this.sql.node.get(planId);
    const edits = row?.label === 'Plan' ? (JSON.parse(row.data) as { edits?: unknown }).edits : undefined;
    return edits === undefined ? undefined : PlanEditsSchema.parse(edits);
  }

  /** Replaces a stored plan's hand edits; false when no such plan is stored. */
  setPlanEdits(planId: string, edits: PlanEdits): boolean {
    const row = this.sql.node.get(planId);
    if (row?.label !== 'Plan') return false;
    const { edits: _previous, ...data } = JSON.parse(row.data) as Record<string, unknown>;
    this.sql.updateNode.run(row.city, JSON.stringify(Object.keys(edits).length > 0 ? { ...data, edits } : data), row.nid);
    return true;
  }

  /** Drops the plan's edges and its support of every node; nodes left unsupported go with their edges. */
  removeContribution(planId: string, touched: Touched): void {
    const found = this.sql.planPid.get(planId);
    if (!found) return;
    for (const { target } of this.sql.mentionTargets.iterate(found.pid)) touched.add(target);
    this.sql.deletePlanEdges.run(found.pid);
    const supported = this.sql.planNodes.all(found.pid);
    this.sql.deletePlanSupport.run(found.pid);
    for (const { nid } of supported) this.sql.deleteUnsupported.run(nid, nid);
    this.sql.deleteSource.run(found.pid);
  }

  /** Merges a contribution (after removeContribution of the same plan). */
  addContribution(contribution: PlanContribution, touched: Touched): void {
    const planId = contribution.plan.id;
    const pid = this.planPid(planId);
    const nids = new Map<string, number>();
    for (const node of contribution.nodes) nids.set(node.id, this.putNode(node, pid, planId, touched));
    const nidOf = (id: string) => nids.get(id) ?? this.sql.node.get(id)?.nid;
    for (const edge of contribution.edges) this.putEdge(edge, nidOf, touched);
    this.sql.upsertSource.run(pid, contribution.plan.file, contribution.sourceText);
  }

  /** Writes an edge and its citations; a structural edge already stored is shared, so the first stays. */
  private putEdge(edge: GraphEdge, nidOf: (id: string) => number | undefined, touched: Touched): void {
    const source = nidOf(edge.source);
    const target = nidOf(edge.target);
    if (source === undefined || target === undefined) {
      throw errors.validationFailed('contribution', [{ path: edge.id, message: 'connects a node that is not in the graph' }]);
    }
    const key = edgeKey(edge.id);
    const existing = this.sql.edgesByKey.all(key).find((row) => readEdgeRow(row).id === edge.id);
    if (existing && !edge.plan) return;
    if (existing) this.sql.deleteEdge.run(existing.eid);
    const eid = Number(this.sql.insertEdge.run(key, storedEdgeId(edge), edge.type, source, target, edge.plan ? this.planPid(edge.plan) : null, edgeData(edge)).lastInsertRowid);
    if (edge.type === 'MENTIONS') touched.add(target);
    for (const [seq, citation] of (edge.evidence ?? []).entries()) {
      const sentence = this.sentence(citation.plan, citation.start, citation.end, citation.text);
      this.sql.insertEvidence.run(eid, seq, sentence.sid, evidenceRest(citation, sentence.text));
    }
  }

  /** Copies a whole stored graph (nodes with all their plans) into an empty store: the JSON store's migration. */
  importGraph(graph: { nodes: GraphNode[]; edges: GraphEdge[]; sources: SourceText[] }): void {
    const touched: Touched = new Set();
    const nids = new Map<string, number>();
    for (const node of graph.nodes) {
      const row = nodeRow(node);
      const nid = Number(this.sql.insertNode.run(row.id, row.label, row.city, row.data).lastInsertRowid);
      for (const plan of node.plans) this.sql.support.run(this.planPid(plan), nid);
      nids.set(node.id, nid);
      touched.add(nid);
    }
    for (const edge of graph.edges) this.putEdge(edge, (id) => nids.get(id), touched);
    for (const source of graph.sources) this.sql.upsertSource.run(this.planPid(source.plan), source.file, source.text);
    this.refreshSearch(touched);
  }

  private putNode(node: GraphNode, pid: number, planId: string, touched: Touched): number {
    const row = nodeRow(node);
    const existing = this.sql.node.get(node.id);
    let nid: number;
    if (!existing) nid = Number(this.sql.insertNode.run(row.id, row.label, row.city, row.data).lastInsertRowid);
    else if (existing.label !== node.label) {
      throw errors.validationFailed('contribution', [{ path: node.id, message: `is a ${existing.label} in the graph but a ${node.label} in ${planId}` }]);
    } else {
      nid = existing.nid;
      if (existing.data !== row.data || existing.city !== row.city) this.sql.updateNode.run(row.city, row.data, nid);
    }
    this.sql.support.run(pid, nid);
    touched.add(nid);
    return nid;
  }

  private sentence(planId: string, start: number, end: number, text: string): { sid: number; text: string } {
    const pid = this.planPid(planId);
    const found = this.sql.sentence.get(pid, start, end);
    if (found) return found;
    return { sid: Number(this.sql.insertSentence.run(pid, start, end, text).lastInsertRowid), text };
  }

  /** Rebuilds the search text of nodes whose name, aliases or wordings may have changed. */
  refreshSearch(touched: Touched): void {
    for (const nid of touched) {
      const row = this.sql.nodeByNid.get(nid);
      if (!row) continue; // deleted: its search row went with it
      const node = JSON.parse(row.data) as { name: string; aliases?: string[] };
      this.sql.setSearch.run(nid, searchText(node, this.sql.terms.all(nid).map((t) => t.term)));
    }
  }
}
