import { defineView, text } from '../../app/view-route.ts';

export interface DepartmentsState {
  /** One department. */
  id: string | null;
  /** One kind of body across cities (工业和信息化). */
  kind: string | null;
  /** The list narrowed to one city. */
  city: string | null;
}

export const departmentsView = defineView({
  name: 'departments',
  path: '/departments',
  title: '部门职责',
  hint: '部门牵头与参与的任务',
  parse: (params): DepartmentsState => ({ id: text(params, 'id'), kind: text(params, 'kind'), city: text(params, 'city') }),
  query: (state: DepartmentsState) => ({ id: state.id, kind: state.kind, city: state.city }),
  load: () => import('./DepartmentsView.tsx'),
});
