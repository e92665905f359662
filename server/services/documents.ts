/**
 * Documents for the reader: a plan's normalised text with every cited span (mentions, responsibility
 * clauses, targets) located in it, so any evidence can be shown in context.
 */
import { z } from 'zod';
import { errors } from '../../core/errors.ts';
import { CITY_CUES, IsoDateSchema, PERIOD_BASES, PLAN_METADATA_FIELDS, type NodeOfLabel } from '../../graph/schema.ts';
import { normalise } from '../../ingest/normalise/index.ts';
import { normalisedIndexOf, originalRange } from '../../ingest/normalise/offset-map.ts';
import { EntityRefSchema, PlanRefSchema } from '../schemas/common.ts';
import { DocumentTableSchema, documentTables } from './document-tables.ts';
import type { GraphReader } from './graph-reader.ts';
import { entityRef, isLabel, planRef } from './refs.ts';

/** A plan's metadata as inferred from its text (docs/graph-schema.md): `cityCue` says why the city is the city. */
export const PlanSummarySchema = PlanRefSchema.extend({
  cityCue: z.enum(CITY_CUES).nullable(),
  genre: z.string().nullable(),
  status: z.string().nullable(),
  period: z.tuple([z.number().int(), z.number().int()]).nullable(),
  periodBasis: z.enum(PERIOD_BASES).nullable(),
  issuer: z.string().nullable(),
  issuers: z.array(z.string()),
  issued: IsoDateSchema.nullable(),
  documentNumber: z.string().nullable(),
  sha256: z.string(),
  characters: z.number().int(),
});
export type PlanSummary = z.infer<typeof PlanSummarySchema>;

/** Where one metadata value was read, in the reader's text (`start`/`end`) and in the original file. */
const MetadataSourceSchema = z.object({
  field: z.enum(PLAN_METADATA_FIELDS),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  originalStart: z.number().int(),
  originalEnd: z.number().int(),
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
  /** Where the title, city, issuer, date, 文号, period and status were read (the notice and website lines included). */
  metadata: z.array(MetadataSourceSchema),
  text: z.string(),
  highlights: z.array(HighlightSchema),
  /** Annex and body tables, located in `text`. */
  tables: z.array(DocumentTableSchema),
  /** The requested original range (an evidence link), located in `text`. */
  focus: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
});
export type DocumentDetail = z.infer<typeof DocumentDetailSchema>;
type Highlight = z.infer<typeof HighlightSchema>;

export function planSummary(plan: NodeOfLabel<'Plan'>): PlanSummary {
  const { cityCue, genre, status, period, periodBasis, issuer, issuers, issued, documentNumber, sha256, characters } = plan;
  return { ...planRef(plan), cityCue, genre, status, period, periodBasis, issuer, issuers, issued, documentNumber, sha256, characters };
}

export async function listDocuments(reader: GraphReader): Promise<z.infer<typeof DocumentListSchema>> {
  const plans = await reader.plans();
  return { documents: plans.map(planSummary).sort((a, b) => (a.city ?? '').localeCompare(b.city ?? '') || a.title.localeCompare(b.title)) };
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
  const metadata = Object.entries(plan.provenance).map(([field, source]) => ({
    field: field as keyof typeof plan.provenance,
    text: source.text,
    ...toNormalised(source.start, source.end),
    originalStart: source.start,
    originalEnd: source.end,
  }));
  return {
    plan: planSummary(plan),
    metadata: metadata.sort((a, b) => a.start - b.start),
    text: normalised.text,
    highlights: [...highlights.values()].sort((a, b) => a.start - b.start || b.end - a.end),
    tables: documentTables(normalised.text),
    // Offsets past the end of the file cannot be placed: no focus, so the reader says so.
    focus: focus && focus.start <= focus.end && focus.end <= source.text.length ? toNormalised(focus.start, focus.end) : null,
  };
}
