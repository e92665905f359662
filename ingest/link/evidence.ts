/**
 * Evidence in original coordinates: a normalised span mapped back through the offset map, so that
 * `original.slice(start, end) === text` holds for every citation.
 */
import type { Evidence, NodeOfLabel } from '../../graph/schema.ts';
import type { NormalisedDocument } from '../normalise/index.ts';
import { originalRange } from '../normalise/offset-map.ts';

export class EvidenceMaker {
  constructor(
    private readonly document: NormalisedDocument,
    private readonly planId: string,
  ) {}

  of(span: { start: number; end: number }, term?: string): Evidence {
    const [start, end] = originalRange(this.document.map, span.start, span.end);
    const text = this.document.source.text.slice(start, end);
    const quote = this.document.text.slice(span.start, span.end);
    // The normalised sentence is kept only where it differs (a PDF's hard wraps), which halves the graph.
    const evidence: Evidence = quote === text ? { plan: this.planId, start, end, text } : { plan: this.planId, start, end, text, quote };
    if (term !== undefined) evidence.term = term;
    return evidence;
  }

  /** Each metadata value's normalised span, in original coordinates. */
  provenance(sources: Partial<Record<keyof NodeOfLabel<'Plan'>['provenance'], { start: number; end: number }>>): NodeOfLabel<'Plan'>['provenance'] {
    const out: NodeOfLabel<'Plan'>['provenance'] = {};
    for (const [field, span] of Object.entries(sources) as [keyof NodeOfLabel<'Plan'>['provenance'], { start: number; end: number }][]) {
      const [start, end] = this.originalRange(span);
      out[field] = { start, end, text: this.document.source.text.slice(start, end) };
    }
    return out;
  }

  originalRange(span: { start: number; end: number }): [number, number] {
    return originalRange(this.document.map, span.start, span.end);
  }
}
