import { describe, expect, it } from 'vitest';
import { defaultState } from '../../../../client/src/app/links.ts';
import { GROUP_PREFIX } from '../../../../client/src/graph/aggregate.ts';
import { makeEdge, makeNode, type ElementSet } from '../../../../client/src/graph/elements.ts';
import { AGGREGATE_ABOVE, canvasSources, composeCanvas, displayCanvas, filterCanvas, sourceKey } from '../../../../client/src/views/explore/canvas.ts';
import type { ExploreState } from '../../../../client/src/views/explore/route.ts';

const node = (id: string, label: 'Industry' | 'Plan' | 'Task' | 'City' | 'Department' = 'Industry', city: string | null = null) => makeNode({ id, label, name: id, city, kind: null, plans: 1 });
const edge = (source: string, target: string) => makeEdge({ id: `E|${source}|${target}`, source, target, type: 'MENTIONS', role: null, plan: null, evidence: 1 });
const set = (nodes: ReturnType<typeof node>[], edges: ReturnType<typeof edge>[] = []): ElementSet => ({ nodes, edges });
const state = (patch: Partial<ExploreState>): ExploreState => ({ ...defaultState('explore'), ...patch });

/** Answers for a small graph: root r links a, b; a links c; d links b (but d is never expanded). */
function answers(s: ExploreState): Map<string, ElementSet> {
  const byId: Record<string, ElementSet> = {
    r: set([node('r'), node('a', 'Plan', '甲市'), node('b', 'Task', '乙市')], [edge('r', 'a'), edge('r', 'b')]),
    a: set([node('a', 'Plan', '甲市'), node('r'), node('c', 'Department', '甲市')], [edge('r', 'a'), edge('a', 'c')]),
    d: set([node('d', 'City', '乙市'), node('b', 'Task', '乙市'), node('z')], [edge('d', 'b'), edge('d', 'z')]),
  };
  return new Map(
    canvasSources(s).map((source) => {
      const answer = source.kind === 'neighbourhood' ? byId[source.id]! : set([node('r'), node('q'), node('d', 'City', '乙市')], [edge('r', 'q'), edge('q', 'd')]);
      return [sourceKey(source), answer];
    }),
  );
}

const ids = (elements: ElementSet) => elements.nodes.map((n) => n.data.id).sort();

describe('the explorer canvas', () => {
  it('asks for the root at its depth, each expanded or added node at depth 1, and the path — each once', () => {
    const s = state({ root: 'r', depth: 2, ops: [{ kind: 'expand', id: 'a' }, { kind: 'add', id: 'd' }, { kind: 'expand', id: 'a' }], path: { from: 'r', to: 'd', k: 3, avoidHubs: true } });
    expect(canvasSources(s).map(sourceKey)).toEqual(['nb|2|400|r', 'nb|1|150|a', 'nb|1|150|d', 'path|3|1|r|d']);
  });

  it.each([
    ['the root alone', state({ root: 'r' }), ['a', 'b', 'r']],
    ['an expansion brings its neighbours', state({ root: 'r', ops: [{ kind: 'expand', id: 'a' }] }), ['a', 'b', 'c', 'r']],
    ['an added node comes alone, with its edges to the canvas', state({ root: 'r', ops: [{ kind: 'add', id: 'd' }] }), ['a', 'b', 'd', 'r']],
    ['a removal takes nodes away', state({ root: 'r', ops: [{ kind: 'expand', id: 'a' }, { kind: 'remove', ids: ['b', 'c'] }] }), ['a', 'r']],
    ['keep leaves only the kept, later changes add again', state({ root: 'r', ops: [{ kind: 'keep', ids: ['r', 'a'] }, { kind: 'expand', id: 'a' }] }), ['a', 'c', 'r']],
    ['the path is always drawn', state({ root: 'r', ops: [{ kind: 'keep', ids: ['r'] }], path: { from: 'r', to: 'd', k: 1, avoidHubs: false } }), ['d', 'q', 'r']],
  ])('%s', (_, s, expected) => {
    expect(ids(composeCanvas(s, answers(s)).elements)).toEqual(expected);
  });

  it('draws every known relationship between nodes on the canvas, and marks the root', () => {
    const s = state({ root: 'r', ops: [{ kind: 'add', id: 'd' }] });
    const canvas = composeCanvas(s, answers(s));
    expect(canvas.elements.edges.map((e) => e.data.id).sort()).toEqual(['E|d|b', 'E|r|a', 'E|r|b']);
    expect(canvas.elements.nodes.find((n) => n.data.id === 'r')?.classes).toBe('centre');
    expect([...canvas.chosen].sort()).toEqual(['d', 'r']);
  });

  it('filters by label and by city (document parts through their plan’s city), keeping nodes of no city, the root and the path', () => {
    const s = state({ root: 'r', ops: [{ kind: 'expand', id: 'a' }], path: { from: 'r', to: 'd', k: 1, avoidHubs: false } });
    const canvas = composeCanvas(s, answers(s));
    expect(ids(filterCanvas(canvas, { hiddenLabels: ['Plan'], city: null }))).toEqual(['b', 'c', 'd', 'q', 'r']);
    const inJia = filterCanvas(canvas, { hiddenLabels: [], city: '甲市' });
    expect(ids(inJia)).toEqual(['a', 'c', 'd', 'q', 'r']);
    for (const e of inJia.edges) expect(ids(inJia)).toEqual(expect.arrayContaining([e.data.source, e.data.target]));
  });

  it('summarises above the measured size only when automatic, and never groups the chosen nodes', () => {
    const many = set([node('r'), ...Array.from({ length: AGGREGATE_ABOVE + 1 }, (_, i) => node(`t${i}`, 'Task'))], Array.from({ length: AGGREGATE_ABOVE + 1 }, (_, i) => edge('r', `t${i}`)));
    const canvas = { elements: many, root: 'r', chosen: new Set(['r', 't7']), path: new Set<string>() };
    const shown = displayCanvas(many, canvas, 'auto');
    expect(shown.nodes.length).toBeLessThan(40);
    expect(shown.nodes.map((n) => n.data.id)).toEqual(expect.arrayContaining(['r', 't7', `${GROUP_PREFIX}Task`]));
    expect(displayCanvas(many, canvas, 'none')).toBe(many);
    const small = set(many.nodes.slice(0, 40), many.edges.slice(0, 39));
    expect(displayCanvas(small, { ...canvas, elements: small }, 'auto')).toBe(small);
    expect(displayCanvas(small, { ...canvas, elements: small }, 'label').nodes.length).toBeLessThan(40);
  });
});
