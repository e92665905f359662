import { describe, expect, it } from 'vitest';
import type { InstrumentMatrix } from '../../../../server/contract.ts';
import { cellFilter, cellTitle, columnCaption, isCell, matrixRows, maxShare, shareColour, sideShares } from '../../../../client/src/views/instruments/matrix.ts';

const cell = (sentences: number, share: number) => ({ sentences, tasks: 1, share });
const matrix: InstrumentMatrix = {
  by: 'city',
  columns: [
    { id: '泰州市', name: '泰州市', city: '泰州市', plan: null, sentences: 3, codes: 4 },
    { id: '盐城市', name: '盐城市', city: '盐城市', plan: null, sentences: 2, codes: 2 },
  ],
  rows: [
    { instrument: { code: 'talent', name: '人才培养与引进', side: 'supply' }, cells: { 泰州市: cell(2, 0.5) }, total: 2 },
    { instrument: { code: 'procurement', name: '政府采购', side: 'demand' }, cells: { 泰州市: cell(1, 0.25), 盐城市: cell(1, 0.5) }, total: 2 },
    { instrument: { code: 'tax', name: '税收优惠', side: 'environment' }, cells: { 泰州市: cell(1, 0.25), 盐城市: cell(1, 0.5) }, total: 2 },
  ],
  sides: [
    { side: 'supply', name: '供给型', cells: { 泰州市: cell(2, 0.5) }, total: 2 },
    { side: 'demand', name: '需求型', cells: { 泰州市: cell(1, 0.25), 盐城市: cell(1, 0.5) }, total: 2 },
    { side: 'environment', name: '环境型', cells: { 泰州市: cell(1, 0.25), 盐城市: cell(1, 0.5) }, total: 2 },
  ],
};

describe('the instrument matrix as 政策工具 draws it', () => {
  it('lists each side, then its subtypes', () => {
    expect(matrixRows(matrix).map((r) => `${r.kind}:${r.code ?? r.side}`)).toEqual(['side:supply', 'instrument:talent', 'side:demand', 'instrument:procurement', 'side:environment', 'instrument:tax']);
  });

  it('gives each column its sides as shares adding to one, and the colour scale its largest subtype share', () => {
    expect(sideShares(matrix, '泰州市').map((s) => s.share)).toEqual([0.5, 0.25, 0.25]);
    expect(sideShares(matrix, '盐城市').map((s) => s.share)).toEqual([0, 0.5, 0.5]);
    expect(maxShare(matrix)).toBe(0.5);
    expect(shareColour(0, 0.5).background).toBe('#f8fafc');
    expect(shareColour(0.5, 0.5)).toEqual({ background: 'rgb(15,118,110)', text: '#ffffff' });
  });

  it.each([
    ['a subtype in a city', 'city', { instrument: 'talent', side: null, column: '泰州市' }, { instrument: 'talent', side: null, city: '泰州市', plan: null }, '人才培养与引进 · 泰州市'],
    ['a side in a plan', 'plan', { instrument: null, side: 'demand', column: 'plan:x' }, { instrument: null, side: 'demand', city: null, plan: 'plan:x' }, '需求型 · plan:x'],
    ['a subtype everywhere', 'city', { instrument: 'tax', side: null, column: null }, { instrument: 'tax', side: null, city: null, plan: null }, '税收优惠 · 全部城市'],
    ['a subtype with a side left over', 'city', { instrument: 'tax', side: 'environment', column: null }, { instrument: 'tax', side: null, city: null, plan: null }, '税收优惠 · 全部城市'],
  ] as const)('asks for the sentences of %s', (_, by, choice, filter, title) => {
    expect(isCell(choice)).toBe(true);
    expect(cellFilter(by, choice)).toEqual(filter);
    expect(cellTitle({ ...matrix, by }, choice)).toBe(title);
  });

  it('opens no cell without an instrument or a side', () => {
    expect(isCell({ instrument: null, side: null, column: '泰州市' })).toBe(false);
  });

  it.each([
    ['a city as it is', { id: '泰州市', name: '泰州市', city: '泰州市', plan: null }, '泰州市'],
    ['a plan without its city', { id: 'p', name: '盐城市加快推进新型工业化2026年工作要点', city: '盐城市', plan: { id: 'p', title: '', city: '盐城市', file: '' } }, '加快推进新型工业化2026…'],
    ['a short plan title whole', { id: 'p', name: '推进新型工业化行动方案', city: '连云港市', plan: { id: 'p', title: '', city: '连云港市', file: '' } }, '推进新型工业化行动方案'],
  ])('captions %s', (_, column, caption) => {
    expect(columnCaption({ ...column, sentences: 1, codes: 1 })).toBe(caption);
  });
});
