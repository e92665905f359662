import path from 'node:path';
import { afterAll } from 'vitest';
import { openEmbeddedStore } from '../helpers/stores.ts';
import { tempDir } from '../helpers/temp.ts';
import { describeApi } from './api.contract.ts';

const temp = tempDir();
afterAll(() => temp.cleanup());

describeApi('embedded SQLite store', () => openEmbeddedStore(path.join(temp.dir, 'graph.db')));
