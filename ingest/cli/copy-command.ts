/**
 * policy-kg copy --to neo4j: every plan of the embedded store, as stored, into Neo4j — in batches, so a
 * store of thousands of plans is copied in bounded memory; copying again replaces the same plans.
 */
import type { Config } from '../../core/config.ts';
import { openSqliteStore, openStore } from '../../graph/open-store.ts';
import type { PlanContribution } from '../../graph/schema.ts';
import { countsTables, ProgressBar } from './report.ts';

const items = (contribution: PlanContribution) => contribution.nodes.length + contribution.edges.length;

export async function runCopy(options: { to: 'neo4j' }, config: Config): Promise<number> {
  const from = await openSqliteStore(config);
  try {
    const to = await openStore(config, options.to);
    try {
      // Each replacePlans call is one of the store's transactions, filled: as many plans as fit its item
      // budget (many plans per statement and per transaction); a plan larger than it goes alone.
      const { MAX_ITEMS_PER_TRANSACTION } = await import('../../graph/neo4j/index.ts');
      const total = (await from.counts()).nodes.Plan ?? 0;
      const progress = new ProgressBar();
      let copied = 0;
      let batch: PlanContribution[] = [];
      let batchItems = 0;
      const flush = async () => {
        await to.replacePlans(batch);
        copied += batch.length;
        progress.update(copied, total, batch.at(-1)?.plan.file ?? '');
        batch = [];
        batchItems = 0;
      };
      for await (const contribution of from.contributions()) {
        if (batch.length > 0 && batchItems + items(contribution) > MAX_ITEMS_PER_TRANSACTION) await flush();
        batch.push(contribution);
        batchItems += items(contribution);
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
