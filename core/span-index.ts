/**
 * Spans of a text ([start, end) offsets) with values, found by overlap in time proportional to what is
 * near, not to everything stored: a 5 MB plan has hundreds of thousands of mentions, and scanning them
 * all for each new one made ingest quadratic.
 */

export interface Span {
  start: number;
  end: number;
}

// Spans are mentions and clauses, rarely longer than a sentence; a longer one is filed under every bucket it covers.
const BUCKET = 64;

export class SpanIndex<T> {
  private readonly buckets = new Map<number, { span: Span; value: T; order: number }[]>();
  private count = 0;

  add(span: Span, value: T): void {
    const entry = { span, value, order: this.count++ };
    for (let b = Math.floor(span.start / BUCKET); b <= Math.floor(Math.max(span.start, span.end - 1) / BUCKET); b += 1) {
      const bucket = this.buckets.get(b);
      if (bucket) bucket.push(entry);
      else this.buckets.set(b, [entry]);
    }
  }

  /** Values whose span overlaps `span` (or, for an empty span, contains its position), in the order they were added. */
  overlapping(span: Span): T[] {
    const end = Math.max(span.end, span.start + 1);
    const found = new Map<number, T>();
    for (let b = Math.floor(span.start / BUCKET); b <= Math.floor((end - 1) / BUCKET); b += 1) {
      for (const entry of this.buckets.get(b) ?? []) {
        if (entry.span.start < end && span.start < Math.max(entry.span.end, entry.span.start + 1)) found.set(entry.order, entry.value);
      }
    }
    return [...found.entries()].sort((a, b) => a[0] - b[0]).map(([, value]) => value);
  }
}
