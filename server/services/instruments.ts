/**
 * Policy instruments across plans (docs/instruments.md): the scheme with how much each subtype is
 * used, the instrument × city (or × plan) matrix, and the coded sentences behind any cell — one row
 * per sentence and instrument, as researchers' coding sheets have it.
 */
import { z } from 'zod';
import { InstrumentSideSchema, INSTRUMENT_SIDES, type Evidence, type NodeOfLabel } from '../../graph/schema.ts';
import type { InstrumentScheme } from '../../lexicon/index.ts';
import { EvidenceSchema, PlanRefSchema, TaskRefSchema } from '../schemas/common.ts';
import { nodeIds } from '../../graph/ids.ts';
import type { GraphReader } from './graph-reader.ts';
import { isLabel, planRef, taskRef } from './refs.ts';

export const InstrumentRefSchema = z.object({ code: z.string(), name: z.string(), side: InstrumentSideSchema });
export type InstrumentRef = z.infer<typeof InstrumentRefSchema>;

export const CodedSentenceSchema = z.object({
  plan: PlanRefSchema,
  section: z.object({ id: z.string(), number: z.string(), title: z.string() }).nullable(),
  task: TaskRefSchema.nullable(),
  instrument: InstrumentRefSchema,
  /** The wording that decided the code. */
  cue: z.string(),
  /** The sentence, `original.slice(start, end) === text`. */
  evidence: EvidenceSchema,
});
export type CodedSentence = z.infer<typeof CodedSentenceSchema>;

export const InstrumentSchemeSchema = z.object({
  sides: z.array(
    z.object({
      side: InstrumentSideSchema,
      name: z.string(),
      instruments: z.array(InstrumentRefSchema.extend({ definition: z.string(), sentences: z.number().int(), plans: z.number().int(), cities: z.number().int() })),
    }),
  ),
});

/** Every coded sentence of the stored (or, as of a date, in-force) plans, in plan and text order. */
export async function codedSentences(reader: GraphReader, scheme: InstrumentScheme): Promise<CodedSentence[]> {
  const plans = new Map((await reader.plans()).map((p) => [p.id, p]));
  const uses = await reader.edges({ types: ['USES'], to: scheme.entries.map((e) => nodeIds.instrument(e.id)) });
  const nodes = await reader.nodesById(uses.flatMap((e) => [e.source, e.target]));
  const taskOf = new Map<string, NodeOfLabel<'Task'>>();
  for (const edge of uses) {
    const task = nodes.get(edge.source);
    if (isLabel('Task')(task)) for (const evidence of edge.evidence ?? []) taskOf.set(sentenceKey(evidence), task);
  }
  const sections = await sectionsOf(reader);
  const rows: CodedSentence[] = [];
  for (const edge of uses) {
    const instrument = nodes.get(edge.target);
    const plan = plans.get(edge.source);
    if (!isLabel('Instrument')(instrument) || !plan) continue;
    for (const evidence of edge.evidence ?? []) {
      const task = taskOf.get(sentenceKey(evidence)) ?? null;
      rows.push({
        plan: planRef(plan),
        section: sectionAround(sections.get(plan.id) ?? [], task?.section ?? null, evidence),
        task: task ? taskRef(task) : null,
        instrument: { code: instrument.code, name: instrument.name, side: instrument.side },
        cue: evidence.term ?? '',
        evidence,
      });
    }
  }
  const order = (code: string) => scheme.entries.findIndex((e) => e.id === code);
  return rows.sort((a, b) => (a.plan.city ?? '').localeCompare(b.plan.city ?? '') || a.plan.id.localeCompare(b.plan.id) || a.evidence.start - b.evidence.start || order(a.instrument.code) - order(b.instrument.code));
}

const sentenceKey = (e: Pick<Evidence, 'plan' | 'start' | 'end'>) => `${e.plan}|${e.start}|${e.end}`;

async function sectionsOf(reader: GraphReader): Promise<Map<string, NodeOfLabel<'Section'>[]>> {
  const byPlan = new Map<string, NodeOfLabel<'Section'>[]>();
  for (const node of await reader.store.findNodes({ labels: ['Section'] })) {
    if (node.label === 'Section') byPlan.set(node.plan, [...(byPlan.get(node.plan) ?? []), node]);
  }
  return byPlan;
}

/** The task's section, else the innermost heading whose span holds the sentence. */
function sectionAround(sections: NodeOfLabel<'Section'>[], taskSection: string | null, evidence: Evidence): CodedSentence['section'] {
  const holding = taskSection ? sections.find((s) => s.id === taskSection) : sections.filter((s) => s.start <= evidence.start && evidence.end <= s.end).sort((a, b) => b.start - a.start)[0];
  return holding ? { id: holding.id, number: holding.number, title: holding.title } : null;
}

export const SentenceFilterSchema = z.object({
  instrument: z.string().optional(),
  side: InstrumentSideSchema.optional(),
  cities: z.array(z.string()).optional(),
  plan: z.string().optional(),
});
export type SentenceFilter = z.infer<typeof SentenceFilterSchema>;

export function filterCoded(rows: CodedSentence[], filter: SentenceFilter): CodedSentence[] {
  return rows.filter(
    (r) =>
      (!filter.instrument || r.instrument.code === filter.instrument) &&
      (!filter.side || r.instrument.side === filter.side) &&
      (!filter.cities || filter.cities.length === 0 || filter.cities.includes(r.plan.city ?? '')) &&
      (!filter.plan || r.plan.id === filter.plan),
  );
}

export function instrumentScheme(scheme: InstrumentScheme, rows: CodedSentence[]): z.infer<typeof InstrumentSchemeSchema> {
  const usage = (code: string) => {
    const own = rows.filter((r) => r.instrument.code === code);
    return { sentences: own.length, plans: new Set(own.map((r) => r.plan.id)).size, cities: new Set(own.map((r) => r.plan.city).filter((c) => c !== null)).size };
  };
  return {
    sides: INSTRUMENT_SIDES.map((side) => ({
      side,
      name: scheme.sides.find((s) => s.id === side)?.name ?? side,
      instruments: scheme.entries.filter((e) => e.side === side).map((e) => ({ code: e.id, name: e.name, side, definition: e.definition, ...usage(e.id) })),
    })),
  };
}
