/**
 * policy-kg copy --to neo4j: every plan of the embedded store, as stored, into Neo4j — in batches, so a
 * store of thousands of plans is copied in bounded memory; copying again replaces the same plans.
 */
import type { Config } from '../../core/config.ts';
import { openSqliteStore, openStore } from '../../graph/open-store.ts';
import type { PlanContribution } from '../../graph/schema.ts';
import { countsTables, ProgressBar } from './report.ts';

/** Plans handed to Neo4j per replacePlans call (it splits them into transactions of bounded size). */
const BATCH = 25;

export async function runCopy(options: { to: 'neo4j' }, config: Config): Promise<number> {
  const from = await openSqliteStore(config);
  try {
    const to = await openStore(config, options.to);
    try {
      const progress = new ProgressBar((await from.counts()).nodes.Plan ?? 0);
      let copied = 0;
      let batch: PlanContribution[] = [];
      const flush = async () => {
        await to.replacePlans(batch);
        copied += batch.length;
        progress.update(copied, batch.at(-1)?.plan.file ?? '');
        batch = [];
      };
      for await (const contribution of from.contributions()) {
        batch.push(contribution);
        if (batch.length >= BATCH) await flush();
      }
      if (batch.length > 0) await flush();
      progress.finish();
      process.stdout.write(`Copied ${copied} plans from ${from.location} to ${to.kind} (${to.location}):\n${countsTables(await to.counts())}\n`);
      return 0;
    } finally {
      await to.close();
    }
  } finally {
    await from.close();
  }
}
