/**
 * Instrument codes → graph: one Instrument node per subtype the plan uses, a USES edge from the plan
 * (every coded sentence) and from each task (its own sentences), each citation carrying its cue.
 */
import { nodeIds } from '../../graph/ids.ts';
import type { Evidence, NodeOfLabel } from '../../graph/schema.ts';
import type { InstrumentCode } from '../extract/schema.ts';
import type { Sentence } from '../structure/schema.ts';
import type { EdgeCollector } from './edges.ts';

interface InstrumentLinking {
  planId: string;
  codes: InstrumentCode[];
  sentences: Sentence[];
  taskIds: string[];
  /** Cites a sentence with the wording that triggered the fact. */
  cite: (sentence: number, term: string) => Evidence;
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

export function linkInstruments({ planId, codes, sentences, taskIds, cite }: InstrumentLinking, edges: EdgeCollector): NodeOfLabel<'Instrument'>[] {
  const nodes: NodeOfLabel<'Instrument'>[] = [];
  for (const [code, list] of countBy(codes, (c) => c.instrument.code)) {
    const { side, name } = (list[0] as InstrumentCode).instrument;
    const id = nodeIds.instrument(code);
    nodes.push({ id, label: 'Instrument', name, plans: [planId], code, side });
    const cues = [...new Set(list.map((c) => c.cue))];
    for (const c of list) edges.stated('USES', planId, id, { count: list.length, cues }, cite(c.sentence, c.cue));
    const byTask = countBy(list.filter((c) => sentences[c.sentence]?.task !== null), (c) => taskIds[sentences[c.sentence]?.task as number] as string);
    for (const [taskId, own] of byTask) {
      for (const c of own) edges.stated('USES', taskId, id, { count: own.length, cues: [...new Set(own.map((x) => x.cue))] }, cite(c.sentence, c.cue));
    }
  }
  return nodes;
}
