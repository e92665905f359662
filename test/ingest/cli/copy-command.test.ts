/**
 * policy-kg copy --to neo4j against a real Neo4j (runs when NEO4J_URI is set, as in CI): the embedded
 * store's graph arrives exactly, and copying again changes nothing.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Neo4jStore } from '../../../graph/neo4j/index.ts';
import { runCli } from '../../helpers/cli.ts';
import { closeAdmin, config, emptyDatabase, uri } from '../../helpers/neo4j.ts';
import { seedContributions } from '../../helpers/seeds.ts';
import { openEmbeddedStore } from '../../helpers/stores.ts';
import { tempDir } from '../../helpers/temp.ts';

const temp = tempDir('policy-kg-copy-');

describe.runIf(Boolean(uri))('policy-kg copy --to neo4j', () => {
  afterAll(async () => {
    await closeAdmin();
    temp.cleanup();
  });

  it('copies the embedded store into Neo4j exactly, and again without a change', async () => {
    await emptyDatabase();
    const data = path.join(temp.dir, 'data');
    const embedded = await openEmbeddedStore(path.join(data, 'graph.db'));
    await embedded.replacePlans(await seedContributions());
    const expected = JSON.stringify(await embedded.exportGraph());
    await embedded.close();
    const neo4j = new Neo4jStore(config());
    await neo4j.init();
    try {
      for (let run = 0; run < 2; run += 1) {
        const result = runCli(['copy', '--to', 'neo4j'], { POLICY_KG_DATA: data, NEO4J_URI: uri as string });
        expect(result.status, result.stderr).toBe(0);
        expect(result.stdout).toContain('Copied 5 plans');
        expect(JSON.stringify(await neo4j.exportGraph())).toBe(expected);
      }
    } finally {
      await neo4j.close();
    }
  });
});
