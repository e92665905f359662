/**
 * Run as its own process by bench/isolation.ts: reads one document as ingest's first stage does and
 * prints {code, peakRssMiB} — the process's peak resident memory, from the kernel's own count.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../core/config.ts';
import { isPolicyKgError } from '../core/errors.ts';
import { readDocument } from '../ingest/read/index.ts';
import { defaultReaders } from '../ingest/read/readers.ts';

const file = process.argv[2] as string;
let code = 'read';
try {
  await readDocument({ name: path.basename(file), bytes: fs.readFileSync(file) }, defaultReaders(loadConfig()));
} catch (error) {
  if (!isPolicyKgError(error)) throw error;
  code = error.code;
}
// maxRSS is in KiB.
process.stdout.write(`${JSON.stringify({ code, peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
