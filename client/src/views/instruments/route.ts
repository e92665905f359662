import { defineView, offset, oneOf, text } from '../../app/view-route.ts';
import type { Side } from './matrix.ts';

export const MATRIX_BYS = ['city', 'plan'] as const;
export const SIDES: readonly Side[] = ['supply', 'demand', 'environment'];

export interface InstrumentsState {
  /** The matrix's columns: cities, or plans. */
  by: (typeof MATRIX_BYS)[number];
  /** The open cell: a subtype (or a whole side) in a column (a city name or a plan id; null: all). */
  instrument: string | null;
  side: Side | null;
  column: string | null;
  /** The first sentence shown of the open cell (pages). */
  offset: number;
}

export const instrumentsView = defineView({
  name: 'instruments',
  path: '/instruments',
  title: '政策工具',
  hint: '供给型、需求型、环境型政策工具在各市、各规划的结构与原文',
  parse: (params): InstrumentsState => {
    const instrument = text(params, 'i');
    const side = instrument ? null : (oneOf(params, 'side', [...SIDES, ''] as const, '') || null);
    return { by: oneOf(params, 'by', MATRIX_BYS, 'city'), instrument, side, column: text(params, 'col'), offset: offset(params, 'from') ?? 0 };
  },
  query: (state: InstrumentsState) => ({
    by: state.by === 'city' ? null : state.by,
    i: state.instrument,
    side: state.side,
    col: state.column,
    from: state.offset > 0 ? state.offset : null,
  }),
  load: () => import('./InstrumentsView.tsx'),
});
