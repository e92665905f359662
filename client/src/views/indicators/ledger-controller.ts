/**
 * 指标对标's targets ledger: one city's targets (by default the city with most plans), narrowed by
 * indicator — or to those no indicator fits — by year and by plan, a page at a time, and the same
 * rows as CSV. The filters offered are those the city's targets have, with their counts.
 */
import type { PlanSummary, TargetsLedger } from '../../../../server/contract.ts';
import type { LedgerFilter } from '../../api/client.ts';
import { Controller, idle, type Loadable, type ViewController, type ViewDeps } from '../../app/controller.ts';
import { hrefTo } from '../../app/links.ts';
import { citiesByPlans } from '../../app/starting-points.ts';
import { LEDGER_PAGE, ledgerFacets, type LedgerFacets } from './ledger.ts';
import type { LedgerState } from './route.ts';

export interface LedgerModel {
  state: LedgerState | null;
  /** Cities with plans, most plans first. */
  cities: Loadable<string[]>;
  /** The city in the address has no plans in the graph. */
  unknownCity: boolean;
  facets: Loadable<LedgerFacets>;
  page: Loadable<TargetsLedger>;
  plans: Map<string, PlanSummary>;
  /** Indicator names by id. */
  indicatorNames: Map<string, string>;
}

/** The largest page the API gives: a city's whole ledger, to read its filters from. */
const WHOLE_CITY = 5000;

export class LedgerController extends Controller<LedgerModel> implements ViewController<LedgerState> {
  private facetsOf: string | null = null;

  constructor(deps: ViewDeps) {
    super(deps, { state: null, cities: idle, unknownCity: false, facets: idle, page: idle, plans: new Map(), indicatorNames: new Map() });
  }

  async show(state: LedgerState): Promise<void> {
    this.update({ state, unknownCity: false });
    const cities = await this.loadCities();
    if (!cities || this.model.state !== state) return;
    if (!state.city) {
      if (cities[0]) this.navigate({ city: cities[0] }, true);
      return;
    }
    if (!cities.includes(state.city)) {
      this.update({ unknownCity: true, facets: idle, page: idle });
      return;
    }
    const signal = this.freshSignal();
    await Promise.all([this.loadFacets(state.city, signal), this.loadPage(state, signal)]);
  }

  private async loadCities(): Promise<string[] | null> {
    if (this.model.cities.status === 'ready') return this.model.cities.value;
    const { catalogues } = this.deps;
    return this.track(
      'cities',
      async () => {
        const [overview, plans, indicators] = await Promise.all([catalogues.overview(), catalogues.planTitles(), catalogues.indicators()]);
        this.update({ plans, indicatorNames: new Map(indicators.indicators.map((i) => [i.id, i.name])) });
        return citiesByPlans(overview);
      },
      this.lifetime,
    );
  }

  private async loadFacets(city: string, signal: AbortSignal): Promise<void> {
    if (this.facetsOf === city && this.model.facets.status === 'ready') return;
    this.facetsOf = city;
    await this.track('facets', async () => ledgerFacets((await this.deps.api.targets({ city }, { limit: WHOLE_CITY, offset: 0 }, signal)).targets), signal);
  }

  private async loadPage(state: LedgerState, signal: AbortSignal): Promise<void> {
    const page = await this.track('page', () => this.deps.api.targets(this.filter(state), { limit: LEDGER_PAGE, offset: state.offset }, signal), signal);
    if (page) this.deps.announce(`${state.city ?? ''}目标台账：共 ${page.total} 条`);
  }

  private filter(state: LedgerState): LedgerFilter {
    return { city: state.city, indicator: state.filter, year: state.year, plan: state.plan };
  }

  private navigate(patch: Partial<LedgerState>, replace: boolean): void {
    this.deps.navigate(hrefTo('indicators', { ...this.model.state, tab: 'ledger', indicator: null, ...patch }), { replace });
  }

  /** A new filter starts from the first row; choosing another city clears the others. */
  setFilter(patch: Partial<Omit<LedgerState, 'offset'>>): void {
    const reset = patch.city !== undefined && patch.city !== this.model.state?.city ? { filter: null, year: null, plan: null } : {};
    this.navigate({ ...reset, ...patch, offset: 0 }, true);
  }

  /** The page `step` pages on (−1 back). */
  turn(step: number): void {
    const offset = Math.max(0, (this.model.state?.offset ?? 0) + step * LEDGER_PAGE);
    this.navigate({ offset }, false);
  }

  /** The rows the filters choose, as CSV (every page). */
  csvHref(): string | null {
    return this.model.state?.city ? this.deps.api.targetsCsvHref(this.filter(this.model.state)) : null;
  }

  retry(): void {
    this.facetsOf = null;
    this.deps.catalogues.refresh();
    this.update({ cities: idle });
    if (this.model.state) void this.show(this.model.state);
  }
}
