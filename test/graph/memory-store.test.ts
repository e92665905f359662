import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../graph/memory/index.ts';
import { describeGraphStoreContract } from '../contract/graph-store.contract.ts';
import { seedContributions } from '../helpers/seeds.ts';
import { tempDir } from '../helpers/temp.ts';

const temp = tempDir();
let counter = 0;
const nextFile = () => path.join(temp.dir, `graph-${(counter += 1)}.json`);
afterAll(() => temp.cleanup());

describeGraphStoreContract('embedded store', {
  async create(hooks) {
    const store = new MemoryStore({ file: nextFile(), ...(hooks ? { hooks } : {}) });
    await store.init();
    return store;
  },
  transientError: () => Object.assign(new Error('transient write conflict'), { retriable: true }),
});

describe('embedded store persistence', () => {
  it('persists to its file and a new instance reads the same graph', async () => {
    const file = nextFile();
    const store = new MemoryStore({ file });
    await store.init();
    await store.replacePlans(await seedContributions());
    const reopened = new MemoryStore({ file });
    await reopened.init();
    expect(await reopened.exportGraph()).toEqual(await store.exportGraph());
  });

  it('leaves the previous file byte-identical when writing the new one fails', async () => {
    const file = nextFile();
    const seeds = await seedContributions();
    const good = new MemoryStore({ file });
    await good.init();
    await good.replacePlans(seeds.slice(0, 2));
    const bytes = fs.readFileSync(file);
    const failing = new MemoryStore({
      file,
      writer: (target, contents) => {
        fs.writeFileSync(target, contents.slice(0, contents.length / 2));
        throw new Error('disk full');
      },
    });
    await failing.init();
    await expect(failing.replacePlans(seeds)).rejects.toThrow(/previous graph is unchanged/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.readdirSync(path.dirname(file)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(await failing.counts()).toEqual(await good.counts());
  });

  it('refuses a corrupt file with a clear error and does not overwrite it', async () => {
    const file = nextFile();
    fs.writeFileSync(file, '{"format":"policy-kg.graph","version":1,"nodes":[{"id":');
    const store = new MemoryStore({ file });
    await expect(store.init()).rejects.toThrow(/unreadable .*nothing was overwritten/);
    expect(fs.readFileSync(file, 'utf8')).toContain('"nodes":[{"id":');
  });

  it('sees what another process wrote to the file', async () => {
    const file = nextFile();
    const reader = new MemoryStore({ file });
    await reader.init();
    expect((await reader.counts()).nodes.Plan).toBeUndefined();
    const writer = new MemoryStore({ file });
    await writer.init();
    await writer.replacePlans((await seedContributions()).slice(0, 1));
    expect((await reader.counts()).nodes.Plan).toBe(1);
  });

  it('takes over a lock left by a process that no longer exists', async () => {
    const file = nextFile();
    fs.writeFileSync(`${file}.lock`, '999999');
    const store = new MemoryStore({ file });
    await store.init();
    await store.replacePlans((await seedContributions()).slice(0, 1));
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
  });
});
