/**
 * Read queries in SQL: filters run in SQLite over indexed columns, and only the rows a query returns
 * are turned into objects — memory follows the answer's size, not the store's. Results are ordered in
 * JavaScript, by UTF-16 code unit as canonical.ts does (SQLite orders text by UTF-8 bytes, which
 * differs beyond the BMP).
 */
import { applyLimit, presentEdge, presentNode, sortById } from '../canonical.ts';
import type { EdgeType, Evidence, Graph, GraphEdge, GraphNode, Label, SourceText } from '../schema.ts';
import type { Counts, EdgeQuery, NodeQuery } from '../store.ts';
import type { Db } from './database.ts';
import { edgeFromRow, evidenceFromRow, nodeFromRow, readEdgeRow, type EdgeRead, type EdgeRowIds } from './rows.ts';

/** A JSON array parameter as a set SQLite can join: any number of values, one bound parameter. */
const list = (parameter: string) => `(SELECT value FROM json_each(${parameter}))`;
const json = (values: readonly (string | number)[]) => JSON.stringify(values);

export interface NodeRowFull {
  nid: number;
  id: string;
  label: string;
  data: string;
}

interface EdgeRowFull extends EdgeRowIds {
  eid: number;
}

export const EDGE_COLUMNS = `e.eid, e.id, e.type, s.id AS source, t.id AS target, p.id AS plan, e.data
  FROM edges e JOIN nodes s ON s.nid = e.source JOIN nodes t ON t.nid = e.target LEFT JOIN plans p ON p.pid = e.pid`;

type EdgeReadFull = EdgeRead & { row: EdgeRowFull };

export class StoreReader {
  private readonly statements = new Map<string, ReturnType<Db['prepare']>>();

  constructor(private readonly db: Db) {}

  /** Prepared once per distinct query text (queries are built from a handful of fixed fragments). */
  private all<T>(sql: string, params: Record<string, unknown> | unknown[] = {}): T[] {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement.all(params) as T[];
  }

  findNodes(query: NodeQuery): GraphNode[] {
    const text = query.text?.toLowerCase();
    // A search text joins a node's names with NUL, so a query holding one would match across two names.
    if (text?.includes('\u0000')) return [];
    const conditions: string[] = [];
    const params: Record<string, unknown> = {};
    if (query.ids) conditions.push(`id IN ${list('@ids')}`), (params.ids = json(query.ids));
    if (query.labels) conditions.push(`label IN ${list('@labels')}`), (params.labels = json(query.labels));
    if (query.city !== undefined) conditions.push('city = @city'), (params.city = query.city);
    if (query.plan !== undefined) conditions.push('nid IN (SELECT nid FROM node_plans WHERE pid = (SELECT pid FROM plans WHERE id = @plan))'), (params.plan = query.plan);
    if (text !== undefined) conditions.push('nid IN (SELECT nid FROM node_search WHERE instr(text, @text) > 0)'), (params.text = text);
    const rows = this.all<NodeRowFull>(`SELECT nid, id, label, data FROM nodes WHERE ${conditions.join(' AND ') || 'true'}`, params);
    let ordered: NodeRowFull[];
    if (query.ids) {
      // As requested: sorted, repeats kept.
      const byId = new Map(rows.map((row) => [row.id, row]));
      ordered = [...query.ids].sort().flatMap((id) => byId.get(id) ?? []);
    } else ordered = sortById(rows);
    return this.presentNodes(applyLimit(ordered, query.limit));
  }

  /** Nodes as stores return them: plans from node_plans, aliases with the plans' wordings. */
  presentNodes(rows: NodeRowFull[]): GraphNode[] {
    if (rows.length === 0) return [];
    const nids = json([...new Set(rows.map((r) => r.nid))]);
    const plans = new Map<number, string[]>();
    for (const row of this.all<{ nid: number; plan: string }>(`SELECT np.nid, p.id AS plan FROM node_plans np JOIN plans p ON p.pid = np.pid WHERE np.nid IN ${list('?')}`, [nids])) {
      (plans.get(row.nid) ?? plans.set(row.nid, []).get(row.nid))?.push(row.plan);
    }
    const terms = new Map<number, string[]>();
    for (const row of this.all<{ nid: number; term: string }>(`SELECT nid, term FROM node_terms WHERE nid IN ${list('?')}`, [nids])) {
      (terms.get(row.nid) ?? terms.set(row.nid, []).get(row.nid))?.push(row.term);
    }
    return rows.map((row) => presentNode(nodeFromRow(row, plans.get(row.nid) ?? []), terms.get(row.nid)));
  }

  findEdges(query: EdgeQuery): GraphEdge[] {
    const conditions: string[] = [];
    const params: Record<string, unknown> = {};
    const typed = query.types ? ` AND type IN ${list('@types')}` : '';
    if (query.types) params.types = json(query.types);
    if (query.from || query.to) {
      params.from = json(query.from ?? []);
      params.to = json(query.to ?? []);
      conditions.push(`e.eid IN (
        SELECT eid FROM edges WHERE source IN (SELECT nid FROM nodes WHERE id IN ${list('@from')})${typed}
        UNION SELECT eid FROM edges WHERE target IN (SELECT nid FROM nodes WHERE id IN ${list('@to')})${typed})`);
    } else if (query.types) conditions.push(`e.type IN ${list('@types')}`);
    if (query.plan !== undefined) conditions.push('e.pid = (SELECT pid FROM plans WHERE id = @plan)'), (params.plan = query.plan);
    if (query.targetLabels) conditions.push(`t.label IN ${list('@targetLabels')}`), (params.targetLabels = json(query.targetLabels));
    const rows = this.all<EdgeRowFull>(`SELECT ${EDGE_COLUMNS} WHERE ${conditions.join(' AND ') || 'true'}`, params);
    return this.presentEdges(applyLimit(sortById(rows.map(readEdgeRow)), query.limit));
  }

  /** Edges with their citations, in the given order. */
  presentEdges(edges: EdgeReadFull[]): GraphEdge[] {
    const evidence = new Map<number, Evidence[]>();
    const cited = edges.filter((edge) => Array.isArray(edge.properties.evidence)).map((edge) => edge.row.eid);
    if (cited.length > 0) {
      const sql = `SELECT v.eid, p.id AS plan, s.start, s.end, s.text, v.rest FROM evidence v JOIN sentences s ON s.sid = v.sid JOIN plans p ON p.pid = s.pid
        WHERE v.eid IN ${list('?')} ORDER BY v.eid, v.seq`;
      for (const row of this.all<{ eid: number; plan: string; start: number; end: number; text: string; rest: string | null }>(sql, [json(cited)])) {
        (evidence.get(row.eid) ?? evidence.set(row.eid, []).get(row.eid))?.push(evidenceFromRow(row));
      }
    }
    return edges.map((edge) => presentEdge(edgeFromRow(edge, evidence.get(edge.row.eid))));
  }

  /** Edges whose both ends are among these nodes. */
  edgesAmong(nids: number[]): GraphEdge[] {
    const rows = this.all<EdgeRowFull>(`SELECT ${EDGE_COLUMNS} WHERE e.source IN ${list('@nids')} AND e.target IN ${list('@nids')}`, { nids: json(nids) });
    return this.presentEdges(sortById(rows.map(readEdgeRow)));
  }

  nodeRows(nids: number[]): NodeRowFull[] {
    return this.all<NodeRowFull>(`SELECT nid, id, label, data FROM nodes WHERE nid IN ${list('?')}`, [json(nids)]);
  }

  /** Internal ids of these nodes (those that exist). */
  nids(ids: string[]): Map<string, { nid: number; label: Label }> {
    const rows = this.all<{ nid: number; id: string; label: Label }>(`SELECT nid, id, label FROM nodes WHERE id IN ${list('?')}`, [json(ids)]);
    return new Map(rows.map((r) => [r.id, { nid: r.nid, label: r.label }]));
  }

  /** Every edge touching these nodes, as internal ids: the step of a breadth-first search. */
  incident(nids: number[]): { eid: number; source: number; target: number }[] {
    return this.all(`SELECT eid, source, target FROM edges WHERE source IN ${list('@nids')} UNION ALL SELECT eid, source, target FROM edges WHERE target IN ${list('@nids')}`, { nids: json(nids) });
  }

  /** Neighbours (either direction) of these nodes, with their labels. */
  neighbours(nids: number[]): { nid: number; id: string; label: Label }[] {
    return this.all(
      `SELECT n.nid, n.id, n.label FROM nodes n WHERE n.nid IN (
         SELECT target FROM edges WHERE source IN ${list('@nids')} UNION SELECT source FROM edges WHERE target IN ${list('@nids')})`,
      { nids: json(nids) },
    );
  }

  edgeIds(eids: number[]): Map<number, string> {
    const rows = this.all<EdgeRowFull>(`SELECT ${EDGE_COLUMNS} WHERE e.eid IN ${list('?')}`, [json(eids)]);
    return new Map(rows.map((row) => [row.eid, readEdgeRow(row).id]));
  }

  nodeIds(nids: number[]): Map<number, string> {
    return new Map(this.all<{ nid: number; id: string }>(`SELECT nid, id FROM nodes WHERE nid IN ${list('?')}`, [json(nids)]).map((r) => [r.nid, r.id]));
  }

  counts(): Counts {
    const counts: Counts = { nodes: {}, edges: {} };
    for (const row of this.all<{ kind: string; key: string; n: number }>('SELECT kind, key, n FROM totals WHERE n > 0')) {
      if (row.kind === 'node') counts.nodes[row.key as Label] = row.n;
      else counts.edges[row.key as EdgeType] = row.n;
    }
    return counts;
  }

  sourceText(planId: string): SourceText | null {
    const [row] = this.all<SourceText>('SELECT p.id AS plan, s.file, s.text FROM sources s JOIN plans p ON p.pid = s.pid WHERE p.id = ?', [planId]);
    return row ? { plan: row.plan, file: row.file, text: row.text } : null;
  }

  exportGraph(): Graph {
    return { nodes: this.findNodes({}), edges: this.findEdges({}) };
  }

  /** Changes with every committed write, this process's or another's; the incarnation tells a recreated store apart. */
  revision(): string {
    const meta = new Map(this.all<{ key: string; value: string | number }>("SELECT key, value FROM meta WHERE key IN ('incarnation', 'revision')").map((r) => [r.key, r.value]));
    return `${meta.get('incarnation')}:${meta.get('revision')}`;
  }
}
