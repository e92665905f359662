import { describe, expect, it } from 'vitest';
import type { DocumentDetail } from '../../../../server/contract.ts';
import { documentBlocks } from '../../../../client/src/views/reader/blocks.ts';

const text = '一、重点任务\n附表\n\t序号\n\t地区\n\n\t1\n\t盐城市\n\n\t2\n\t泰州市\n结尾。';
const at = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });
const cell = (s: string) => ({ text: s, ...at(s) });

function detail(focus: { start: number; end: number } | null): DocumentDetail {
  return {
    plan: { id: 'plan:p', title: 't', city: '盐城市', file: 'p.txt', cityCue: 'title', genre: null, status: null, period: null, periodBasis: null, issuer: null, issuers: [], issued: null, documentNumber: null, sha256: 'x', characters: text.length },
    metadata: [],
    text,
    highlights: [{ ...at('盐城市'), originalStart: 0, originalEnd: 0, kind: 'mention', entity: { id: 'city:盐城市', label: 'City', name: '盐城市', city: '盐城市' }, term: '盐城市' }],
    tables: [
      {
        title: '附表',
        header: [cell('序号'), cell('地区')],
        rows: [
          { group: null, cells: [cell('1'), cell('盐城市')], start: at('1').start, end: at('盐城市').end },
          { group: '苏中', cells: [cell('2'), cell('泰州市')], start: at('2').start, end: at('泰州市').end },
        ],
        start: at('\t序号').start,
        end: at('泰州市').end,
      },
    ],
    focus,
  };
}

describe('the reader’s blocks', () => {
  it('cuts the text into prose and tables, the table with its header, rows, groups and highlighted cells', () => {
    const blocks = documentBlocks(detail(null));
    expect(blocks.map((b) => b.kind)).toEqual(['text', 'table', 'text']);
    const table = blocks[1] as Extract<(typeof blocks)[number], { kind: 'table' }>;
    expect(table.header).toEqual(['序号', '地区']);
    expect(table.rows.map((r) => [r.group, r.cells.map((c) => c.map((s) => s.text).join(''))])).toEqual([
      [null, ['1', '盐城市']],
      ['苏中', ['2', '泰州市']],
    ]);
    expect(table.rows[0]!.cells[1]![0]!.mentions[0]?.entity?.id).toBe('city:盐城市');
    const prose = blocks.filter((b) => b.kind === 'text').flatMap((b) => (b.kind === 'text' ? b.segments.map((s) => s.text) : [])).join('');
    expect(prose).toBe('一、重点任务\n附表\n\n结尾。');
  });

  it('marks the row an evidence lies in', () => {
    const table = documentBlocks(detail(at('2\t泰州市'.replace('\t', '\n\t'))))[1] as Extract<ReturnType<typeof documentBlocks>[number], { kind: 'table' }>;
    expect(table.rows.map((r) => r.focus)).toEqual([false, true]);
  });
});
