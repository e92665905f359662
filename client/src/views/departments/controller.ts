/**
 * 部门职责's controller: the departments (a city's, or all), one department's tasks per plan in the
 * order the plans print them, or one kind of body across cities. Unknown ids, kinds and cities are
 * said to be unknown.
 */
import type { DepartmentDetail, DepartmentSummary } from '../../../../server/contract.ts';
import { isAbort, isNotFound } from '../../api/errors.ts';
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
  detail: Loadable<DepartmentDetail>;
  kind: Loadable<DepartmentDetail[]>;
  filter: string;
  /** Departments the filter finds by a name their kind goes by (工信局), with the name that matched. */
  aliases: Map<string, string>;
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

/**
 * Today's body that took over a retired name (市经信委 → 市工业和信息化局), when the graph has it: the
 * same name in the same city — for a body whose plan names no city, in the same plan (`…@plan`).
 */
export function successorOf(department: Pick<DepartmentSummary['department'], 'id' | 'city' | 'successor'>, departments: readonly DepartmentSummary[]): DepartmentSummary | null {
  if (!department.successor) return null;
  const planOf = (id: string) => id.split('@')[1] ?? null;
  return departments.find((d) => d.department.name === department.successor && d.department.city === department.city && planOf(d.department.id) === planOf(department.id)) ?? null;
}

/** A department's tasks, each plan's in the order the plan prints them. */
export function inDocumentOrder(detail: DepartmentDetail): DepartmentDetail {
  return { ...detail, plans: detail.plans.map((plan) => ({ ...plan, tasks: [...plan.tasks].sort(compareTaskOrder) })) };
}

export class DepartmentsController extends Controller<DepartmentsModel> implements ViewController<DepartmentsState> {
  private aliasSearch = new AbortController();

  constructor(deps: ViewDeps) {
    super(deps, { state: null, departments: idle, cities: [], detail: idle, kind: idle, filter: '', aliases: new Map() });
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
        const [departments, cities] = await Promise.all([catalogues.departments(), catalogues.cities()]);
        this.update({ cities });
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

  /** The shown department's successor, when it is a retired name and the graph has today's body. */
  get successor(): DepartmentSummary | null {
    const { detail, departments } = this.model;
    return detail.status === 'ready' && departments.status === 'ready' ? successorOf(detail.value.department, departments.value) : null;
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

  /** The list: the chosen city's, narrowed by the filter text — in a name, a kind, or a name the body goes by. */
  listed(): DepartmentSummary[] {
    if (this.model.departments.status !== 'ready') return [];
    const { city } = this.model.state ?? { city: null };
    const { filter: text, aliases } = this.model;
    return this.model.departments.value.filter((d) => (!city || d.department.city === city) && (!text || d.department.name.includes(text) || d.department.kind.includes(text) || aliases.has(d.department.id)));
  }

  /** The name the filter found a department by, when it is not the department's own (工信局 for 泰州市工业和信息化局). */
  matchedAlias(department: DepartmentSummary['department']): string | null {
    const matched = this.model.aliases.get(department.id);
    return matched && matched !== department.name ? matched : null;
  }

  /** Narrows the list at once by name and kind, then by the names bodies go by, as the search API finds them. */
  async setFilter(filter: string): Promise<void> {
    this.aliasSearch.abort();
    this.aliasSearch = new AbortController();
    const signal = this.aliasSearch.signal;
    this.update({ filter, aliases: new Map() });
    if (!filter) return;
    try {
      const { results } = await this.deps.api.search(filter, { label: 'Department', limit: 100 }, signal);
      if (!signal.aborted && !this.lifetime.aborted) this.update({ aliases: new Map(results.map((r) => [r.id, r.matched])) });
    } catch (error) {
      // Without the search the list still narrows by name and kind.
      if (!isAbort(error)) this.deps.announce('按别称筛选暂不可用');
    }
  }

  setCity(city: string | null): void {
    this.deps.navigate(hrefTo('departments', { ...this.model.state, city }), { replace: true });
  }

  setKind(kind: string | null): void {
    this.deps.navigate(hrefTo('departments', { id: null, kind, city: this.model.state?.city ?? null }));
  }

  override destroy(): void {
    this.aliasSearch.abort();
    super.destroy();
  }

  retry(): void {
    this.deps.catalogues.refresh();
    this.update({ departments: idle });
    if (this.model.state) void this.show(this.model.state);
  }
}
