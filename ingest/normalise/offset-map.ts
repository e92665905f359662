/**
 * Maps positions in the normalised text back to the original. Normalising only deletes characters or
 * replaces one character with one other, so the map is a list of runs, each a stretch of normalised
 * text copied from one stretch of the original: [normalisedStart, originalStart, length].
 */
import { z } from 'zod';

export const OffsetMapSchema = z.object({
  runs: z.array(z.tuple([z.number().int(), z.number().int(), z.number().int()])),
  normalisedLength: z.number().int(),
  originalLength: z.number().int(),
});
export type OffsetMap = z.infer<typeof OffsetMapSchema>;

export class OffsetMapBuilder {
  private readonly runs: [number, number, number][] = [];
  private length = 0;

  /** Records that the next normalised character comes from `originalIndex`. */
  push(originalIndex: number): void {
    const last = this.runs[this.runs.length - 1];
    if (last && last[0] + last[2] === this.length && last[1] + last[2] === originalIndex) last[2] += 1;
    else this.runs.push([this.length, originalIndex, 1]);
    this.length += 1;
  }

  /** Records `length` normalised characters copied from the original starting at `originalIndex`. */
  pushRange(originalIndex: number, length: number): void {
    if (length <= 0) return;
    const last = this.runs[this.runs.length - 1];
    if (last && last[0] + last[2] === this.length && last[1] + last[2] === originalIndex) last[2] += length;
    else this.runs.push([this.length, originalIndex, length]);
    this.length += length;
  }

  get size(): number {
    return this.length;
  }

  build(originalLength: number): OffsetMap {
    return { runs: this.runs, normalisedLength: this.length, originalLength };
  }
}

function runIndexFor(runs: OffsetMap['runs'], normalisedIndex: number): number {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((runs[mid] as [number, number, number])[0] <= normalisedIndex) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Original index of the normalised character at `normalisedIndex` (0 ≤ index < normalisedLength). */
export function originalIndexOf(map: OffsetMap, normalisedIndex: number): number {
  if (map.runs.length === 0) return 0;
  const run = map.runs[runIndexFor(map.runs, normalisedIndex)] as [number, number, number];
  return run[1] + (normalisedIndex - run[0]);
}

/**
 * The original range covering normalised [start, end): from the first character's origin to just
 * after the last one's, so deleted line breaks or page numbers inside the range are included.
 */
export function originalRange(map: OffsetMap, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = start < map.normalisedLength ? originalIndexOf(map, start) : map.originalLength;
    return [at, at];
  }
  return [originalIndexOf(map, start), originalIndexOf(map, end - 1) + 1];
}

/** Normalised index of the first kept character at or after original `originalIndex`. */
export function normalisedIndexOf(map: OffsetMap, originalIndex: number): number {
  let lo = 0;
  let hi = map.runs.length - 1;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((map.runs[mid] as [number, number, number])[1] <= originalIndex) lo = mid;
    else hi = mid - 1;
  }
  const run = map.runs[lo] as [number, number, number];
  if (originalIndex < run[1]) return run[0];
  if (originalIndex < run[1] + run[2]) return run[0] + (originalIndex - run[1]);
  return run[0] + run[2];
}
