import { day, defineView, flag, text } from '../../app/view-route.ts';

export interface OverlapState {
  concept: string | null;
  /** Include narrower industries. */
  related: boolean;
  /** The city whose sentences to show first. */
  city: string | null;
  /** Only the plans in force on this day (YYYY-MM-DD), as on 概览 that day; null for every plan of every time. */
  asOf: string | null;
}

export const overlapView = defineView({
  name: 'overlap',
  path: '/overlap',
  title: '产业重叠',
  hint: '同一产业在各市的表述与证据',
  parse: (params): OverlapState => ({ concept: text(params, 'concept'), related: flag(params, 'related'), city: text(params, 'city'), asOf: day(params, 'asOf') }),
  query: (state: OverlapState) => ({ concept: state.concept, related: state.related, city: state.city, asOf: state.asOf }),
  load: () => import('./OverlapView.tsx'),
});
