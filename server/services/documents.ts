/**
 * Documents for the reader: a plan's normalised text with every cited span (mentions, responsibility
 * clauses, targets) located in it, so any evidence can be shown in context.
 */
import { z } from 'zod';
import { errors } from '../../core/errors.ts';
import type { NodeOfLabel } from '../../graph/schema.ts';
import { normalise } from '../../ingest/normalise/index.ts';
import { normalisedIndexOf, originalRange } from '../../ingest/normalise/offset-map.ts';
import { EntityRefSchema, PlanRefSchema } from '../schemas/common.ts';
import { DocumentTableSchema, documentTables } from './document-tables.ts';
import type { GraphReader } from './graph-reader.ts';
import { entityRef, isLabel, planRef } from './refs.ts';

export const PlanSummarySchema = PlanRefSchema.extend({
  genre: z.string().nullable(),
  status: z.string().nullable(),
  period: z.tuple([z.number().int(), z.number().int()]).nullable(),
  sha256: z.string(),
  characters: z.number().int(),
  issuers: z.array(z.string()),
});
export const DocumentListSchema = z.object({ documents: z.array(PlanSummarySchema) });

const HighlightSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  originalStart: z.number().int(),
  originalEnd: z.number().int(),
  kind: z.enum(['mention', 'responsibility', 'target']),
  entity: EntityRefSchema.nullable(),
  term: z.string().nullable(),
});
export const DocumentDetailSchema = z.object({
  plan: PlanSummarySchema,
  text: z.string(),
  highlights: z.array(HighlightSchema),
  /** Annex and body tables, located in `text`. */
  tables: z.array(DocumentTableSchema),
  /** The requested original range (an evidence link), located in `text`. */
  focus: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
});
export type DocumentDetail = z.infer<typeof DocumentDetailSchema>;
type Highlight = z.infer<typeof HighlightSchema>;

function summaryOf(plan: NodeOfLabel<'Plan'>): z.infer<typeof PlanSummarySchema> {
  return { ...planRef(plan), genre: plan.genre, status: plan.status, period: plan.period, sha256: plan.sha256, characters: plan.characters, issuers: plan.issuers };
}

export async function listDocuments(reader: GraphReader): Promise<z.infer<typeof DocumentListSchema>> {
  const plans = await reader.plans();
  return { documents: plans.map(summaryOf).sort((a, b) => (a.city ?? '').localeCompare(b.city ?? '') || a.title.localeCompare(b.title)) };
}

export async function documentDetail(reader: GraphReader, id: string, focus?: { start: number; end: number }): Promise<DocumentDetail> {
  const plan = await reader.node(id);
  const source = await reader.store.getSourceText(id);
  if (!isLabel('Plan')(plan) || !source) throw errors.notFound('document', id);
  const normalised = normalise({ file: plan.file, key: plan.id, sha256: plan.sha256, format: 'txt', encoding: plan.encoding, text: source.text });
  const toNormalised = (start: number, end: number) => ({ start: normalisedIndexOf(normalised.map, start), end: normalisedIndexOf(normalised.map, end) });
  const edges = await reader.edges({ plan: id });
  const nodes = await reader.nodesById(edges.filter((e) => e.type === 'MENTIONS' || e.type === 'ASSIGNED_TO').map((e) => e.target));
  const highlights = new Map<string, Highlight>();
  const add = (highlight: Highlight) => highlights.set(`${highlight.originalStart}|${highlight.originalEnd}|${highlight.kind}|${highlight.entity?.id ?? ''}`, highlight);

  for (const edge of edges) {
    const entity = nodes.get(edge.target);
    for (const evidence of edge.evidence ?? []) {
      if (edge.type === 'MENTIONS' && evidence.term && entity) {
        // Find the wording in the normalised sentence: in the original a hard wrap may split it.
        const sentence = toNormalised(evidence.start, evidence.end);
        const at = normalised.text.indexOf(evidence.term, sentence.start);
        const span = at >= 0 && at < sentence.end ? { start: at, end: at + evidence.term.length } : sentence;
        const [originalStart, originalEnd] = originalRange(normalised.map, span.start, span.end);
        add({ ...span, originalStart, originalEnd, kind: 'mention', entity: entityRef(entity), term: evidence.term });
      } else if (edge.type === 'ASSIGNED_TO' && entity) {
        add({ ...toNormalised(evidence.start, evidence.end), originalStart: evidence.start, originalEnd: evidence.end, kind: 'responsibility', entity: entityRef(entity), term: evidence.term ?? null });
      } else if (edge.type === 'SET_IN') {
        add({ ...toNormalised(evidence.start, evidence.end), originalStart: evidence.start, originalEnd: evidence.end, kind: 'target', entity: null, term: null });
      }
    }
  }
  return {
    plan: summaryOf(plan),
    text: normalised.text,
    highlights: [...highlights.values()].sort((a, b) => a.start - b.start || b.end - a.end),
    tables: documentTables(normalised.text),
    // Offsets past the end of the file cannot be placed: no focus, so the reader says so.
    focus: focus && focus.start <= focus.end && focus.end <= source.text.length ? toNormalised(focus.start, focus.end) : null,
  };
}
