/**
 * The command line against a real Neo4j (runs when NEO4J_URI is set, as in CI): ingesting the seeds
 * twice and exporting gives exactly the embedded store's graph, and a raw Cypher count agrees.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphSchema, type Graph } from '../../../graph/schema.ts';
import { runCli } from '../../helpers/cli.ts';
import { adminQuery, closeAdmin, emptyDatabase, uri } from '../../helpers/neo4j.ts';
import { SEEDS_DIR } from '../../helpers/seeds.ts';
import { tempDir } from '../../helpers/temp.ts';

const temp = tempDir('policy-kg-cli-neo4j-');
const readGraph = (file: string): Graph => GraphSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
const countBy = <T>(items: T[], key: (item: T) => string) => items.reduce<Record<string, number>>((counts, item) => ({ ...counts, [key(item)]: (counts[key(item)] ?? 0) + 1 }), {});

describe.runIf(Boolean(uri))('policy-kg with --store neo4j', () => {
  const neo4j = { NEO4J_URI: uri as string };
  let embedded: Graph;
  beforeAll(async () => {
    await emptyDatabase();
    const out = path.join(temp.dir, 'embedded.json');
    expect(runCli(['ingest', SEEDS_DIR, '--json', out], { POLICY_KG_DATA: path.join(temp.dir, 'data') }).status).toBe(0);
    embedded = readGraph(out);
  });
  afterAll(async () => {
    await closeAdmin();
    temp.cleanup();
  });

  it('ingests the seeds twice and exports the embedded store’s graph; a Cypher count by label agrees', async () => {
    for (let run = 0; run < 2; run += 1) {
      const result = runCli(['ingest', '--store', 'neo4j', SEEDS_DIR], neo4j);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain('Stored graph (neo4j');
    }
    const exported = path.join(temp.dir, 'neo4j.json');
    expect(runCli(['export', '--store', 'neo4j', '--json', exported], neo4j).status).toBe(0);
    const graph = readGraph(exported);
    expect(countBy(graph.nodes, (n) => n.label)).toEqual(countBy(embedded.nodes, (n) => n.label));
    expect(countBy(graph.edges, (e) => e.type)).toEqual(countBy(embedded.edges, (e) => e.type));
    expect(graph).toEqual(embedded);
    const raw = await adminQuery<{ label: string; count: number }>("MATCH (n:PolicyKgNode) RETURN [l IN labels(n) WHERE l <> 'PolicyKgNode'][0] AS label, count(*) AS count");
    expect(Object.fromEntries(raw.map((r) => [r.label, r.count]))).toEqual(countBy(embedded.nodes, (n) => n.label));
  });
});
