/**
 * Ingest cost per stage against the cost of bare segmentation (nodejieba.cut over the same texts in the
 * same process), at 1×, 10× and 100× the corpus: total / baseline, and the cost per character.
 */
import nodejieba from 'nodejieba';
import type { PlanContribution } from '../graph/schema.ts';
import { ingestFile, STAGES, type Stage } from '../ingest/pipeline.ts';
import { createSegmenter } from '../ingest/segment/index.ts';
import type { Lexicon } from '../lexicon/index.ts';
import type { CorpusDocument } from './corpus.ts';
import { now, peakMemory, ratio, round } from './measure.ts';

export interface IngestResult {
  factor: number;
  documents: number;
  characters: number;
  baselineMs: number;
  totalMs: number;
  stagesMs: Record<Stage, number>;
  totalOverBaseline: number;
  microsecondsPerCharacter: number;
  peakRssMiB: number;
}

export async function benchIngest(factor: number, corpus: CorpusDocument[], lexicon: Lexicon): Promise<{ result: IngestResult; contributions: PlanContribution[] }> {
  const segmenter = createSegmenter(lexicon);
  const encoder = new TextEncoder();
  const files = corpus.map((d) => ({ name: d.name, bytes: encoder.encode(d.text) }));
  const characters = corpus.reduce((sum, d) => sum + d.text.length, 0);
  // Warm both paths once so neither pays for JIT or dictionary loading in the measurement.
  nodejieba.cut(corpus[0]?.text ?? '');
  await ingestFile(files[0] as (typeof files)[number], { lexicon, segmenter });

  const baselineStart = now();
  for (const d of corpus) nodejieba.cut(d.text);
  const baselineMs = now() - baselineStart;

  const stagesMs = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  const memory = peakMemory();
  const contributions: PlanContribution[] = [];
  const started = now();
  for (const file of files) {
    contributions.push(await ingestFile(file, { lexicon, segmenter, onStage: (stage, ms) => (stagesMs[stage] += ms) }));
  }
  const totalMs = now() - started;
  return {
    result: {
      factor,
      documents: corpus.length,
      characters,
      baselineMs: round(baselineMs),
      totalMs: round(totalMs),
      stagesMs: Object.fromEntries(Object.entries(stagesMs).map(([k, v]) => [k, round(v)])) as Record<Stage, number>,
      totalOverBaseline: ratio(totalMs, baselineMs),
      microsecondsPerCharacter: round((totalMs * 1000) / characters, 3),
      peakRssMiB: memory.stop(),
    },
    contributions,
  };
}
