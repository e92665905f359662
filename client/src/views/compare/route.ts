import { defineView, text } from '../../app/view-route.ts';

export interface CompareState {
  a: string | null;
  b: string | null;
}

export const compareView = defineView({
  name: 'compare',
  path: '/compare',
  title: '城市对比',
  hint: '两市产业组合与目标对标',
  parse: (params): CompareState => ({ a: text(params, 'a'), b: text(params, 'b') }),
  query: (state: CompareState) => ({ a: state.a, b: state.b }),
  load: () => import('./CompareView.tsx'),
});
