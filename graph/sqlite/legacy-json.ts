/**
 * The earlier embedded store kept the whole graph in one JSON file, data/graph.json. On the first open
 * of an empty SQLite store beside one, the graph is copied in one transaction and checked before it
 * commits — the export must be identical — and only then is graph.json renamed graph.json.migrated.
 * A failed or unverified migration commits nothing and leaves graph.json as it was.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { z } from 'zod';
import { errors } from '../../core/errors.ts';
import { presentEdge, presentNode, sortGraph } from '../canonical.ts';
import { GraphEdgeSchema, GraphNodeSchema, SourceTextSchema, type Graph } from '../schema.ts';
import type { Db } from './database.ts';
import { StoreReader } from './read.ts';
import type { PlanWriter } from './write.ts';

const LegacyFileSchema = z.object({
  format: z.literal('policy-kg.graph'),
  version: z.literal(1),
  nodes: z.array(GraphNodeSchema),
  edges: z.array(GraphEdgeSchema),
  sources: z.array(SourceTextSchema),
});
type LegacyFile = z.infer<typeof LegacyFileSchema>;

/** Which graph.json was migrated: a later, different file beside the store is not taken for it. */
function signature(file: string): string {
  const stat = fs.statSync(file);
  return `${stat.size}:${stat.mtimeMs}`;
}

function readLegacy(file: string): LegacyFile {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw errors.storeCorrupt(file, `cannot migrate it: ${(error as Error).message}`);
  }
  const parsed = LegacyFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw errors.storeCorrupt(file, `cannot migrate it: ${`${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`.trim()}`);
  }
  return parsed.data;
}

/** The export the JSON store gave for this file: aliases with the plans' wordings, everything sorted. */
function legacyExport(legacy: LegacyFile): Graph {
  const wordings = new Map<string, string[]>();
  for (const edge of legacy.edges) if (edge.type === 'MENTIONS') wordings.set(edge.target, [...(wordings.get(edge.target) ?? []), ...edge.terms]);
  return sortGraph({ nodes: legacy.nodes.map((n) => presentNode(n, wordings.get(n.id))), edges: legacy.edges.map(presentEdge) });
}

/** One hash over the export, item by item, so that no single string of a large graph is built. */
function digest(graph: Graph): string {
  const hash = createHash('sha256');
  for (const node of graph.nodes) hash.update(JSON.stringify(node));
  for (const edge of graph.edges) hash.update(JSON.stringify(edge));
  return hash.digest('hex');
}

export function migrateLegacyGraph(db: Db, writer: PlanWriter, file: string, location: string): void {
  if (!fs.existsSync(file)) return;
  const marker = db.prepare("SELECT value FROM meta WHERE key = 'migrated_from'").get() as { value: string } | undefined;
  if (marker) {
    // Committed before a crash kept the rename from happening: finish it.
    if (marker.value === signature(file)) fs.renameSync(file, `${file}.migrated`);
    return;
  }
  if (writer.totals().nodes > 0) return; // the store has its own graph: graph.json is left alone
  const legacy = readLegacy(file);
  const expected = legacyExport(legacy);
  db.transaction(() => {
    writer.importGraph(legacy);
    const stored = new StoreReader(db).exportGraph();
    if (stored.nodes.length !== expected.nodes.length || stored.edges.length !== expected.edges.length || digest(stored) !== digest(expected)) {
      throw errors.storeUnavailable(location, `migrating ${file} did not reproduce its graph; nothing was written and ${file} is unchanged`);
    }
    db.prepare("INSERT INTO meta (key, value) VALUES ('migrated_from', ?)").run(signature(file));
    writer.bumpRevision();
  }).immediate();
  fs.renameSync(file, `${file}.migrated`);
}
