/**
 * The ingest pipeline: a thin runner over the seven stages. Each stage is a pure function from one
 * typed value to the next; only `readDocument` touches bytes, and nothing here touches a store.
 */
import type { PlanContribution } from '../graph/schema.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { extract } from './extract/index.ts';
import { link } from './link/index.ts';
import { normalise } from './normalise/index.ts';
import { readDocument, type DocumentReaders, type RawFile } from './read/index.ts';
import { resolve } from './resolve/index.ts';
import { createSegmenter, segment, type Segmenter } from './segment/index.ts';
import { structure } from './structure/index.ts';

export const STAGES = ['read', 'normalise', 'structure', 'segment', 'extract', 'resolve', 'link'] as const;
export type Stage = (typeof STAGES)[number];

export interface PipelineOptions {
  lexicon: Lexicon;
  segmenter?: Segmenter;
  readers?: DocumentReaders;
  /** Called after each stage with its duration, for benchmarks. */
  onStage?: (stage: Stage, milliseconds: number) => void;
}

function timed<T>(stage: Stage, options: PipelineOptions, run: () => T): T {
  if (!options.onStage) return run();
  const started = performance.now();
  const result = run();
  options.onStage(stage, performance.now() - started);
  return result;
}

export async function ingestFile(file: RawFile, options: PipelineOptions): Promise<PlanContribution> {
  const { lexicon } = options;
  const started = performance.now();
  const source = await readDocument(file, options.readers);
  options.onStage?.('read', performance.now() - started);
  // Only now: loading the segmenter's dictionaries takes a second and ~300 MB, which a refused file should not cost.
  const segmenter = options.segmenter ?? createSegmenter(lexicon);
  const normalised = timed('normalise', options, () => normalise(source));
  const structured = timed('structure', options, () => structure(normalised, lexicon));
  const segmented = timed('segment', options, () => segment(structured, segmenter));
  const extraction = timed('extract', options, () => extract(segmented, lexicon));
  const resolved = timed('resolve', options, () => resolve(extraction, lexicon));
  return timed('link', options, () => link(resolved));
}
