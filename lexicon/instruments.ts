/**
 * The policy-instrument scheme (lexicon/instruments.json, documented in docs/instruments.md): sides,
 * subtypes, and the cues that signal each subtype in a sentence — as data, validated here, and
 * compiled into one trie so that a sentence is scanned once for every cue.
 */
import { z } from 'zod';
import { TermMatcher } from '../core/term-matcher.ts';
import { INSTRUMENT_SIDES } from '../graph/schema.ts';

const nonEmpty = z.string().trim().min(1);

/**
 * A cue: literal text where `…` lets other words stand between two parts within one clause
 * (财政…投入). A guarded cue does not count right after `notPrecededBy`, right before
 * `notFollowedBy`, or in a clause that contains any of `notInClause` (外包 in 承接国际服务外包).
 */
export const CueSchema = z.union([
  nonEmpty,
  z
    .object({
      text: nonEmpty,
      notPrecededBy: z.array(nonEmpty).default([]),
      notFollowedBy: z.array(nonEmpty).default([]),
      notInClause: z.array(nonEmpty).default([]),
    })
    .strict(),
]);

export const InstrumentEntrySchema = z
  .object({
    id: nonEmpty.regex(/^[a-z]+(-[a-z]+)*$/, 'an id is lower-case words joined by -'),
    side: z.enum(INSTRUMENT_SIDES),
    name: nonEmpty,
    definition: nonEmpty,
    /** A sentence stating a quantified target uses this instrument (目标规划). */
    fromTargets: z.boolean().default(false),
    cues: z.array(CueSchema).min(1),
  })
  .strict();
export type InstrumentEntry = z.infer<typeof InstrumentEntrySchema>;

export const InstrumentsFileSchema = z
  .object({
    sides: z.array(z.object({ id: z.enum(INSTRUMENT_SIDES), name: nonEmpty }).strict()).length(INSTRUMENT_SIDES.length),
    /** Words of section titles whose sentences state no commitment (指导思想, 基本原则); reviews of the past are known by their role. */
    notCommittingSections: z.array(nonEmpty),
    instruments: z.array(InstrumentEntrySchema).min(1),
  })
  .strict();
export type InstrumentsFile = z.infer<typeof InstrumentsFileSchema>;

/** Rules a schema cannot state: unique ids, every side named once and used, at most one `fromTargets`. */
export function instrumentProblems(file: InstrumentsFile): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const entry of file.instruments) {
    if (ids.has(entry.id)) problems.push(`${entry.id} is defined twice`);
    ids.add(entry.id);
  }
  for (const side of INSTRUMENT_SIDES) {
    if (file.sides.filter((s) => s.id === side).length !== 1) problems.push(`side ${side} must be named once in sides`);
    if (!file.instruments.some((i) => i.side === side)) problems.push(`side ${side} has no instrument`);
  }
  if (file.instruments.filter((i) => i.fromTargets).length > 1) problems.push('at most one instrument may take quantified targets (fromTargets)');
  return problems;
}

/** One cue compiled: its literal parts in order and its guards. */
export interface CueRule {
  instrument: InstrumentEntry;
  text: string;
  parts: string[];
  notPrecededBy: string[];
  notFollowedBy: string[];
  notInClause: string[];
}

export interface InstrumentScheme {
  sides: InstrumentsFile['sides'];
  notCommittingSections: string[];
  entries: InstrumentEntry[];
  byId: Map<string, InstrumentEntry>;
  /** The instrument a quantified target counts as, if any. */
  forTargets: InstrumentEntry | null;
  /** First part of every cue → the cues starting with it. */
  cueStarts: TermMatcher<CueRule[]>;
}

export function buildInstrumentScheme(file: InstrumentsFile): InstrumentScheme {
  const cueStarts = new TermMatcher<CueRule[]>();
  const rulesByStart = new Map<string, CueRule[]>();
  for (const instrument of file.instruments) {
    for (const cue of instrument.cues) {
      const guarded = typeof cue === 'string' ? { text: cue, notPrecededBy: [], notFollowedBy: [], notInClause: [] } : cue;
      const parts = guarded.text.split('…').filter((part) => part.length > 0);
      const rule: CueRule = { instrument, ...guarded, parts };
      const first = parts[0] as string;
      const list = rulesByStart.get(first) ?? [];
      list.push(rule);
      if (!rulesByStart.has(first)) {
        rulesByStart.set(first, list);
        cueStarts.add(first, list);
      }
    }
  }
  return {
    sides: file.sides,
    notCommittingSections: file.notCommittingSections,
    entries: file.instruments,
    byId: new Map(file.instruments.map((i) => [i.id, i])),
    forTargets: file.instruments.find((i) => i.fromTargets) ?? null,
    cueStarts,
  };
}
