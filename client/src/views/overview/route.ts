import type { MatrixLabel } from '../../api/client.ts';
import { day, defineView, oneOf } from '../../app/view-route.ts';

export const MATRIX_LABELS: readonly MatrixLabel[] = ['Industry', 'Platform', 'Enterprise'];

export interface OverviewState {
  /** What the heatmap's rows are. */
  label: MatrixLabel;
  /** Only the plans in force on this day (YYYY-MM-DD); null for every plan of every time. */
  asOf: string | null;
}

export const overviewView = defineView({
  name: 'overview',
  path: '/',
  aliases: ['/overview', '/index.html'],
  title: '概览',
  hint: '各市规划与概念热力图',
  parse: (params): OverviewState => ({ label: oneOf(params, 'label', MATRIX_LABELS, 'Industry'), asOf: day(params, 'asOf') }),
  query: (state: OverviewState) => ({ label: state.label === 'Industry' ? null : state.label, asOf: state.asOf }),
  load: () => import('./OverviewView.tsx'),
});
