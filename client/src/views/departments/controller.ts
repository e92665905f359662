/**
 * 部门职责's controller: the departments (a city's, or all), one department's tasks per plan in the
 * order the plans print them, or one kind of body across cities. Unknown ids, kinds and cities are
 * said to be unknown.
 */
import type { DepartmentDetail, DepartmentSummary, PlanSummary } from '../../../../server/contract.ts';
import { isNotFound } from '../../api/errors.ts';
import { Controller, idle, type Loadable, type ViewController, type ViewDeps } from '../../app/controller.ts';
import { hrefTo } from '../../app/links.ts';
import type { DepartmentsState } from './route.ts';
import { compareTaskOrder } from './task-order.ts';

export interface KindOption {
  kind: string;
  cities: number;
}

export interface DepartmentsModel {
  state: DepartmentsState | null;
  departments: Loadable<DepartmentSummary[]>;
  cities: string[];
  plans: Map<string, PlanSummary>;
  detail: Loadable<DepartmentDetail>;
  kind: Loadable<DepartmentDetail[]>;
  filter: string;
}

/** Kinds of body found in at least two cities, the most widespread first. */
export function kindOptions(departments: readonly DepartmentSummary[]): KindOption[] {
  const byKind = new Map<string, Set<string>>();
  for (const d of departments) {
    if (!d.department.city) continue;
    byKind.set(d.department.kind, (byKind.get(d.department.kind) ?? new Set()).add(d.department.city));
  }
  return [...byKind]
    .filter(([, cities]) => cities.size >= 2)
    .map(([kind, cities]) => ({ kind, cities: cities.size }))
    .sort((a, b) => b.cities - a.cities || a.kind.localeCompare(b.kind, 'zh-CN'));
}

/** A department's tasks, each plan's in the order the plan prints them. */
export function inDocumentOrder(detail: DepartmentDetail): DepartmentDetail {
  return { ...detail, plans: detail.plans.map((plan) => ({ ...plan, tasks: [...plan.tasks].sort(compareTaskOrder) })) };
}

export class DepartmentsController extends Controller<DepartmentsModel> implements ViewController<DepartmentsState> {
  constructor(deps: ViewDeps) {
    super(deps, { state: null, departments: idle, cities: [], plans: new Map(), detail: idle, kind: idle, filter: '' });
  }

  async show(state: DepartmentsState): Promise<void> {
    this.update({ state });
    if (this.model.departments.status !== 'ready') await this.loadLists();
    const departments = this.model.departments.status === 'ready' ? this.model.departments.value : null;
    if (!departments || this.model.state !== state) return;
    const signal = this.freshSignal();
    if (state.id) {
      const id = state.id;
      const detail = await this.track('detail', async () => inDocumentOrder(await this.deps.api.department(id, signal)), signal);
      if (detail) this.deps.announce(`已加载：${detail.department.name}`);
    } else if (state.kind) await this.loadKind(state.kind, departments, signal);
  }

  private async loadLists(): Promise<void> {
    const { catalogues } = this.deps;
    await this.track(
      'departments',
      async () => {
        const [departments, cities, plans] = await Promise.all([catalogues.departments(), catalogues.cities(), catalogues.planTitles()]);
        this.update({ cities, plans });
        return departments;
      },
      this.lifetime,
    );
  }

  private async loadKind(kind: string, departments: DepartmentSummary[], signal: AbortSignal): Promise<void> {
    const members = departments.filter((d) => d.department.kind === kind);
    const details = await this.track('kind', async () => {
      const all = await Promise.all(members.map((m) => this.deps.api.department(m.department.id, signal)));
      return all.sort((a, b) => (a.department.city ?? '~').localeCompare(b.department.city ?? '~', 'zh-CN'));
    }, signal);
    if (details && details.length > 0) this.deps.announce(`已对比 ${details.length} 个“${kind}”部门`);
  }

  /** The unknown id is a 404 from the API. */
  get detailMissing(): boolean {
    return this.model.detail.status === 'failed' && isNotFound(this.model.detail.error);
  }

  /** A city in the address with no departments in the graph. */
  get cityUnknown(): boolean {
    const city = this.model.state?.city;
    return Boolean(city) && this.model.departments.status === 'ready' && !this.model.cities.includes(city as string);
  }

  /** The list: the chosen city's, narrowed by the filter text. */
  listed(): DepartmentSummary[] {
    if (this.model.departments.status !== 'ready') return [];
    const { city } = this.model.state ?? { city: null };
    const text = this.model.filter;
    return this.model.departments.value.filter((d) => (!city || d.department.city === city) && (!text || d.department.name.includes(text) || d.department.kind.includes(text)));
  }

  setFilter(filter: string): void {
    this.update({ filter });
  }

  setCity(city: string | null): void {
    this.deps.navigate(hrefTo('departments', { ...this.model.state, city }), { replace: true });
  }

  setKind(kind: string | null): void {
    this.deps.navigate(hrefTo('departments', { id: null, kind, city: this.model.state?.city ?? null }));
  }

  retry(): void {
    this.deps.catalogues.refresh();
    this.update({ departments: idle });
    if (this.model.state) void this.show(this.model.state);
  }
}
