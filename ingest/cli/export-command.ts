/** policy-kg export --json FILE: the stored graph as {nodes, edges}; `-` writes to stdout. */
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../core/config.ts';
import { openStore, type StoreKind } from '../../graph/open-store.ts';
import type { GraphStore } from '../../graph/store.ts';

export async function writeGraphJson(store: GraphStore, target: string): Promise<void> {
  const json = `${JSON.stringify(await store.exportGraph(), null, 1)}\n`;
  if (target === '-') {
    process.stdout.write(json);
    return;
  }
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, json);
  fs.renameSync(temporary, target);
  process.stderr.write(`wrote ${target}\n`);
}

export async function runExport(options: { json: string; store?: StoreKind }, config: Config): Promise<number> {
  const store = await openStore(config, options.store);
  try {
    await writeGraphJson(store, options.json);
    return 0;
  } finally {
    await store.close();
  }
}
