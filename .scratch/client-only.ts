import fs from 'node:fs';
import { MemoryStore } from '../graph/memory/index.ts';
import { loadConfig } from '../core/config.ts';
import { loadLexicon } from '../lexicon/index.ts';
import { benchClient } from '../bench/client.ts';
const cs = JSON.parse(fs.readFileSync('/tmp/contrib-100.json', 'utf8'));
const store = new MemoryStore(); await store.init(); await store.replacePlans(cs);
for (let i = 0; i < 3; i++) console.log(JSON.stringify(await benchClient(store, loadLexicon(loadConfig().lexiconDir))));
