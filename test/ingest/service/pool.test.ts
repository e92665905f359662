/**
 * The ingest pool's child processes: the same contribution as in-process ingest (packed, with its
 * summary), errors with their codes, the time and memory caps (the process killed, the pool going on),
 * the bounded queue.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT } from '../../../core/config.ts';
import { isPolicyKgError } from '../../../core/errors.ts';
import { IngestPool, type IngestProgress } from '../../../ingest/service/pool.ts';
import { contributionOf, SEED_FILES, seedBytes } from '../../helpers/seeds.ts';

const config = loadConfig({});
const options = { lexiconDir: path.join(PROJECT_ROOT, 'lexicon'), maxFileBytes: config.maxFileBytes, workers: 1, queueLimit: 1, timeoutMs: 60_000, memoryMb: 1536 };
const seed = { name: SEED_FILES[0] as string, bytes: seedBytes(SEED_FILES[0] as string) };
const codeOf = (error: unknown) => (isPolicyKgError(error) ? error.code : String(error));

describe('IngestPool', () => {
  const pool = new IngestPool(options);
  afterAll(() => pool.close());

  it('gives the contribution in-process ingest gives, reporting each stage', async () => {
    const stages: IngestProgress[] = [];
    const packed = await pool.ingest(seed, (progress) => stages.push(progress));
    const contribution = await contributionOf(seed.name, seed.bytes);
    expect(packed.unpack()).toEqual(contribution);
    expect(packed.summary).toEqual({ plan: contribution.plan, nodes: contribution.nodes.length, edges: contribution.edges.length, warnings: contribution.warnings });
    expect(stages.map((s) => s.stage)).toEqual(['read', 'normalise', 'structure', 'segment', 'extract', 'resolve', 'link']);
    expect(stages.map((s) => s.fraction)).toEqual([...stages.map((s) => s.fraction)].sort());
  });

  it('delivers a contribution larger than one IPC message’s piece whole, in shared memory', async () => {
    const text = SEED_FILES.map((file) => seedBytes(file).toString('utf8')).join('\n');
    const packed = await pool.ingest({ name: 'all-seeds.txt', bytes: new TextEncoder().encode(text) });
    expect(packed.bytes.length).toBeGreaterThan(2 * 1024 * 1024);
    expect(packed.bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(packed.unpack()).toEqual(await contributionOf('all-seeds.txt', text));
  });

  it('rejects with the pipeline’s own error and code', async () => {
    const error = await pool.ingest({ name: 'noise.txt', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) }).catch((e: unknown) => e);
    expect(codeOf(error)).toBe('BINARY_INPUT');
    expect((error as Error).message).toContain('noise.txt');
  });

  it('refuses a document when as many wait as the queue holds', async () => {
    const running = pool.ingest(seed);
    const waiting = pool.ingest(seed);
    expect(codeOf(await pool.ingest(seed).catch((e: unknown) => e))).toBe('QUEUE_FULL');
    await Promise.all([running, waiting]);
  });
});

describe('IngestPool caps', () => {
  it('kills a document past its time cap, and the next document gets a fresh process', async () => {
    const pool = new IngestPool({ ...options, timeoutMs: 20 });
    try {
      const error = await pool.ingest(seed).catch((e: unknown) => e);
      expect(codeOf(error)).toBe('INGEST_TIMEOUT');
      expect((error as Error).message).toMatch(/longer than 0\.02 s.*POLICY_KG_INGEST_TIMEOUT_SECONDS/);
      expect(codeOf(await pool.ingest(seed).catch((e: unknown) => e))).toBe('INGEST_TIMEOUT');
    } finally {
      await pool.close();
    }
  });

  it('kills a process whose memory passes the cap (here below what the segmenter’s dictionaries take)', async () => {
    const pool = new IngestPool({ ...options, memoryMb: 200 });
    try {
      const error = await pool.ingest(seed).catch((e: unknown) => e);
      expect(codeOf(error)).toBe('INGEST_OUT_OF_MEMORY');
      expect((error as Error).message).toMatch(/more than 200 MB.*POLICY_KG_INGEST_MEMORY_MB/);
    } finally {
      await pool.close();
    }
  });
});
