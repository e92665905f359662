import path from 'node:path';
import { afterAll } from 'vitest';
import { MemoryStore } from '../../graph/memory/index.ts';
import { tempDir } from '../helpers/temp.ts';
import { describeApi } from './api.contract.ts';

const temp = tempDir();
afterAll(() => temp.cleanup());

describeApi('embedded store', async () => {
  const store = new MemoryStore({ file: path.join(temp.dir, 'graph.json') });
  await store.init();
  return store;
});
