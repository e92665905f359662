import type { Sentence } from '../structure/schema.ts';

/** Index of the sentence containing normalised offset `at` (the last one starting at or before it). */
export function sentenceAt(sentences: Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sentences[mid] as Sentence).start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
