import { defineView, flag, text } from '../../app/view-route.ts';

export interface OverlapState {
  concept: string | null;
  /** Include narrower industries. */
  related: boolean;
  /** The city whose sentences to show first. */
  city: string | null;
}

export const overlapView = defineView({
  name: 'overlap',
  path: '/overlap',
  title: '产业重叠',
  hint: '同一产业在各市的表述与证据',
  parse: (params): OverlapState => ({ concept: text(params, 'concept'), related: flag(params, 'related'), city: text(params, 'city') }),
  query: (state: OverlapState) => ({ concept: state.concept, related: state.related, city: state.city }),
  load: () => import('./OverlapView.tsx'),
});
