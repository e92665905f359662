/**
 * One document through the pipeline, inside a pool process (child.ts). Each process loads the lexicon
 * and the segmenter's dictionaries once, on its first document that can be read. The contribution goes
 * back packed (graph/packed.ts), so that receiving it costs the pool's process one copy rather than a
 * second of deserialising. Errors policy-kg raises on purpose come back as data (their class does not
 * survive the process boundary); anything else is a bug and is thrown.
 */
import { isPolicyKgError, serializeError, type SerializedError } from '../../core/errors.ts';
import { PackedContribution, type ContributionSummary } from '../../graph/packed.ts';
import { loadLexicon, type Lexicon } from '../../lexicon/index.ts';
import { ingestFile, STAGES, type Stage } from '../pipeline.ts';
import { defaultReaders } from '../read/readers.ts';

export interface IngestTask {
  name: string;
  bytes: Uint8Array;
  lexiconDir: string;
  maxFileBytes: number;
}

/** Sent as each stage starts; the first one also says the document's processing has begun. */
export interface StageMessage {
  stage: Stage;
  /** Stages finished before this one. */
  done: number;
}

/** The contribution packed, as plain data (child.ts sends it in pieces; the pool rebuilds the class). */
export type IngestOutcome = { ok: true; bytes: Uint8Array; summary: ContributionSummary } | { ok: false; error: SerializedError };

let loaded: { dir: string; lexicon: Lexicon } | null = null;

// The segmenter is left to the pipeline, which loads its dictionaries (once per process) only for a file it could read.
function lexiconFrom(dir: string): Lexicon {
  if (loaded?.dir !== dir) loaded = { dir, lexicon: loadLexicon(dir) };
  return loaded.lexicon;
}

export async function runIngestTask(task: IngestTask, report: (message: StageMessage) => void): Promise<IngestOutcome> {
  try {
    const lexicon = lexiconFrom(task.lexiconDir);
    const begin = (stage: Stage | undefined) => stage && report({ stage, done: STAGES.indexOf(stage) });
    begin('read');
    const contribution = await ingestFile(
      { name: task.name, bytes: task.bytes },
      { lexicon, readers: defaultReaders({ maxFileBytes: task.maxFileBytes }), onStage: (stage) => begin(STAGES[STAGES.indexOf(stage) + 1]) },
    );
    const { bytes, summary } = PackedContribution.pack(contribution);
    return { ok: true, bytes, summary };
  } catch (error) {
    if (isPolicyKgError(error)) return { ok: false, error: serializeError(error) };
    throw error;
  }
}
