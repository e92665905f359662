/** Runs the pipeline stage by stage on inline text, so tests can look at any intermediate value. */
import { extract } from '../../ingest/extract/index.ts';
import { link } from '../../ingest/link/index.ts';
import { normalise } from '../../ingest/normalise/index.ts';
import type { SourceDocument } from '../../ingest/read/index.ts';
import { resolve } from '../../ingest/resolve/index.ts';
import { createSegmenter, segment } from '../../ingest/segment/index.ts';
import { structure } from '../../ingest/structure/index.ts';
import { lexicon } from './seeds.ts';

export function sourceOf(text: string, file = 'fixture.txt'): SourceDocument {
  return { file, key: file.replace(/\.[^.]+$/, ''), sha256: 'a'.repeat(64), format: 'txt', encoding: 'utf-8', text };
}

export function stagesOf(text: string, file?: string) {
  const lex = lexicon();
  const normalised = normalise(sourceOf(text, file));
  const structured = structure(normalised, lex);
  const segmented = segment(structured, createSegmenter(lex));
  const extraction = extract(segmented, lex);
  const resolved = resolve(extraction, lex);
  const contribution = link(resolved);
  return { normalised, structured, segmented, extraction, resolved, contribution };
}

/** A minimal plan of `city` whose body is `body` (one task section). */
export function planText(city: string, body: string, title = `${city}推进产业发展行动方案`): string {
  return `${title}\n（征求意见稿）\n\n一、重点任务\n\n${body}\n`;
}
