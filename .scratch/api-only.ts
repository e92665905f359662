import fs from 'node:fs';
import { MemoryStore } from '../graph/memory/index.ts';
import { loadConfig } from '../core/config.ts';
import { loadLexicon } from '../lexicon/index.ts';
import { benchApi } from '../bench/api.ts';
const cs = JSON.parse(fs.readFileSync('/tmp/contrib-100.json', 'utf8'));
const store = new MemoryStore(); await store.init(); await store.replacePlans(cs);
const r = await benchApi(store, loadLexicon(loadConfig().lexiconDir), 10);
console.log(JSON.stringify(r, null, 1));
