import { defineView, offset, text } from '../../app/view-route.ts';

export interface ReaderState {
  plan: string | null;
  /** The evidence to show, in offsets of the original file. */
  focus: { start: number; end: number } | null;
}

export const readerView = defineView({
  name: 'reader',
  path: '/reader',
  title: '原文',
  hint: '规划原文与高亮',
  parse: (params): ReaderState => {
    const start = offset(params, 'start');
    const end = offset(params, 'end');
    return { plan: text(params, 'plan'), focus: start !== null && end !== null && end >= start ? { start, end } : null };
  },
  query: (state: ReaderState) => ({ plan: state.plan, start: state.focus?.start, end: state.focus?.end }),
  load: () => import('./ReaderView.tsx'),
});
