import { describe, expect, it } from 'vitest';
import { edgeId, GraphEdgeSchema, type GraphEdge, type GraphNode } from '../../../graph/schema.ts';
import { edgeData, edgeFromRow, edgeKey, evidenceFromRow, evidenceRest, nodeFromRow, nodeRow, readEdgeRow, storedEdgeId } from '../../../graph/sqlite/rows.ts';

const plan = 'plan:p';
const assigned = { id: edgeId('ASSIGNED_TO', 'task:p:1', 'department:某局', plan, 'lead'), type: 'ASSIGNED_TO', source: 'task:p:1', target: 'department:某局', plan, role: 'lead' } as GraphEdge;
const broader = { id: edgeId('BROADER', 'industry:氢能', 'industry:新能源'), type: 'BROADER', source: 'industry:氢能', target: 'industry:新能源', origin: 'lexicon' } as GraphEdge;
const custom = { ...broader, id: 'an id of its own' } as GraphEdge;

describe('edge rows', () => {
  it.each([
    ['a plan edge whose id carries its role', assigned, null],
    ['a structural edge', broader, null],
    ['an edge whose id is not the derived one', custom, 'an id of its own'],
  ])('store the id of %s only when it cannot be derived, and read it back', (_name, edge, stored) => {
    expect(storedEdgeId(edge)).toBe(stored);
    const row = { id: stored, type: edge.type, source: edge.source, target: edge.target, plan: edge.plan ?? null, data: edgeData(edge) };
    // Byte for byte as zod orders a parsed edge's keys.
    expect(JSON.stringify(edgeFromRow(readEdgeRow(row), undefined))).toBe(JSON.stringify(GraphEdgeSchema.parse(edge)));
  });

  it('keeps an edge’s citations apart, and marks that it has them', () => {
    const evidence = [{ plan, start: 3, end: 9, text: '发展氢能产业', term: '氢能' }];
    const edge = { id: edgeId('MENTIONS', plan, 'industry:氢能', plan), type: 'MENTIONS', source: plan, target: 'industry:氢能', plan, evidence, count: 1, terms: ['氢能'] } as GraphEdge;
    const row = { id: null, type: edge.type, source: edge.source, target: edge.target, plan, data: edgeData(edge) };
    expect(row.data).not.toContain('发展氢能产业');
    expect(JSON.stringify(edgeFromRow(readEdgeRow(row), evidence))).toBe(JSON.stringify(GraphEdgeSchema.parse(edge)));
  });

  it('hashes ids to integers JavaScript and SQLite hold exactly', () => {
    for (const id of [assigned.id, broader.id, '', '𠀀 beyond the BMP']) {
      expect(Number.isSafeInteger(edgeKey(id))).toBe(true);
      expect(edgeKey(id)).toBeGreaterThanOrEqual(0);
    }
    expect(edgeKey(assigned.id)).not.toBe(edgeKey(broader.id));
  });
});

describe('citation rows', () => {
  it.each([
    ['the stored sentence', '发展氢能产业', null],
    ['a sentence that differs from the one stored for its span', '别的文字', '{"text":"别的文字"}'],
  ])('keep the text only when it is not %s', (_name, text, rest) => {
    const evidence = { plan, start: 3, end: 9, text };
    expect(evidenceRest(evidence, '发展氢能产业')).toBe(rest);
    expect(evidenceFromRow({ plan, start: 3, end: 9, text: '发展氢能产业', rest })).toEqual(evidence);
  });
});

describe('node rows', () => {
  it('round-trip a property the schema gains later, with no change of tables', () => {
    const node = { id: 'task:p:1', name: '任务', plans: [plan], label: 'Task', plan, number: '1', title: '任务', section: null, kind: 'task', start: 0, end: 2, deadline: '2027-12-31' } as unknown as GraphNode;
    const row = nodeRow(node);
    expect(JSON.parse(row.data)).toMatchObject({ deadline: '2027-12-31' });
    expect(nodeFromRow(row, [plan])).toEqual(node);
  });
});
