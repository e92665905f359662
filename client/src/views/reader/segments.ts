/**
 * The reader's text → flat segments. Highlights overlap (a mention inside a responsibility clause
 * inside a target sentence), so the text is cut at every highlight boundary and each piece records
 * which highlights cover it; the reader renders one <span> per covered piece. Pure, unit-tested.
 */
import type { DocumentDetail } from '../../../../server/contract.ts';

export type Highlight = DocumentDetail['highlights'][number];

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Mentions covering the piece, the narrowest first (it decides the colour). */
  mentions: Highlight[];
  responsibility: Highlight | null;
  target: Highlight | null;
  /** Inside the focused evidence range. */
  focus: boolean;
}

/** The pieces of `text` (or of `range` within it: a table cell), offsets kept absolute. */
export function segmentText(text: string, highlights: readonly Highlight[], focus?: { start: number; end: number } | null, range?: { start: number; end: number }): Segment[] {
  const from = range ? Math.max(0, range.start) : 0;
  const length = range ? Math.min(text.length, range.end) : text.length;
  const clamp = (x: number) => Math.max(from, Math.min(length, x));
  const spans = highlights
    .map((h) => ({ ...h, start: clamp(h.start), end: clamp(h.end) }))
    .filter((h) => h.end > h.start);
  const focusRange = focus ? { start: clamp(focus.start), end: clamp(focus.end) } : null;
  const cuts = new Set<number>([from, length]);
  for (const h of spans) {
    cuts.add(h.start);
    cuts.add(h.end);
  }
  if (focusRange && focusRange.end > focusRange.start) {
    cuts.add(focusRange.start);
    cuts.add(focusRange.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  // Sweep: highlights sorted by start enter the active set; those that ended leave it.
  const byStart = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let next = 0;
  let active: typeof spans = [];
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    while (next < byStart.length && (byStart[next] as Highlight).start <= start) {
      active.push(byStart[next] as (typeof spans)[number]);
      next += 1;
    }
    active = active.filter((h) => h.end > start);
    const covering = active.filter((h) => h.start <= start && h.end >= end);
    const mentions = covering.filter((h) => h.kind === 'mention').sort((a, b) => a.end - a.start - (b.end - b.start));
    const segment: Segment = {
      start,
      end,
      text: text.slice(start, end),
      mentions,
      responsibility: covering.find((h) => h.kind === 'responsibility') ?? null,
      target: covering.find((h) => h.kind === 'target') ?? null,
      focus: focusRange !== null && focusRange.end > focusRange.start && start >= focusRange.start && end <= focusRange.end,
    };
    const previous = segments[segments.length - 1];
    if (previous && sameCover(previous, segment)) {
      previous.end = end;
      previous.text += segment.text;
    } else {
      segments.push(segment);
    }
  }
  return segments;
}

function sameCover(a: Segment, b: Segment): boolean {
  return (
    a.focus === b.focus &&
    a.responsibility === b.responsibility &&
    a.target === b.target &&
    a.mentions.length === b.mentions.length &&
    a.mentions.every((m, i) => m === b.mentions[i])
  );
}

/** Whether a segment carries any highlight (plain text is rendered as a bare text node). */
export function isPlain(segment: Segment): boolean {
  return segment.mentions.length === 0 && !segment.responsibility && !segment.target && !segment.focus;
}
