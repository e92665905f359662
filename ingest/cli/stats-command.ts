/** policy-kg stats: counts by label and type, and the stored plans. */
import type { Config } from '../../core/config.ts';
import { openStore, type StoreKind } from '../../graph/open-store.ts';
import { countsTables, table } from './report.ts';

export async function runStats(options: { store?: StoreKind }, config: Config): Promise<number> {
  const store = await openStore(config, options.store);
  try {
    const plans = await store.findNodes({ labels: ['Plan'] });
    process.stdout.write(`Store: ${store.kind} (${store.location})\n\n`);
    process.stdout.write(`${table(['plan', 'city', 'genre', 'period'], plans.map((p) => (p.label === 'Plan' ? [p.title || p.file, p.city ?? '?', p.genre ?? '', p.period ? p.period.join('–') : ''] : [])))}\n\n`);
    process.stdout.write(`${countsTables(await store.counts())}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
