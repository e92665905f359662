/** policy-kg backup FILE / restore FILE: the embedded store copied out, or replaced by such a copy. */
import type { Config } from '../../core/config.ts';
import { openSqliteStore } from '../../graph/open-store.ts';
import { countsTables } from './report.ts';

export async function runBackup(file: string, config: Config): Promise<number> {
  const store = await openSqliteStore(config);
  try {
    const { bytes } = await store.backup(file);
    process.stdout.write(`Backed up ${store.location} to ${file} (${(bytes / 1024 / 1024).toFixed(1)} MiB).\n`);
    return 0;
  } finally {
    await store.close();
  }
}

export async function runRestore(file: string, config: Config): Promise<number> {
  const store = await openSqliteStore(config);
  try {
    await store.restore(file);
    process.stdout.write(`Restored ${store.location} from ${file}:\n${countsTables(await store.counts())}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
