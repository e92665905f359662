/**
 * 城市对比's controller: two cities (by default the two with most plans), their comparison, the peers
 * of the first, the targets comparable across cities. A city the graph does not have is said to be
 * unknown, never silently replaced.
 */
import type { Benchmarks, Compare, Peers, PlanSummary } from '../../../../server/contract.ts';
import { Controller, idle, type Loadable, type ViewController, type ViewDeps } from '../../app/controller.ts';
import { hrefTo } from '../../app/links.ts';
import { citiesByPlans } from '../../app/starting-points.ts';
import type { CompareState } from './route.ts';

export interface Comparison {
  compare: Compare;
  peers: Peers;
  benchmarks: Benchmarks;
}

export interface CompareModel {
  state: CompareState | null;
  /** Cities with plans, most plans first. */
  cities: Loadable<string[]>;
  /** Cities in the address the graph does not have. */
  unknown: string[];
  comparison: Loadable<Comparison>;
  plans: Map<string, PlanSummary>;
}

export class CompareController extends Controller<CompareModel> implements ViewController<CompareState> {
  constructor(deps: ViewDeps) {
    super(deps, { state: null, cities: idle, unknown: [], comparison: idle, plans: new Map() });
  }

  async show(state: CompareState): Promise<void> {
    this.update({ state, unknown: [] });
    const cities = await this.track('cities', async () => citiesByPlans(await this.deps.catalogues.overview()), this.lifetime);
    if (!cities || this.model.state !== state || cities.length < 2) return;
    const a = state.a ?? (cities[0] as string);
    const b = state.b ?? cities.find((c) => c !== a) ?? null;
    if (a !== state.a || b !== state.b) {
      this.deps.navigate(hrefTo('compare', { a, b }), { replace: true });
      return;
    }
    const unknown = [a, b].filter((c): c is string => c !== null && !cities.includes(c));
    if (unknown.length > 0) {
      this.update({ unknown, comparison: idle });
      return;
    }
    await this.load(a, b as string);
  }

  private async load(a: string, b: string): Promise<void> {
    const signal = this.freshSignal();
    const { api, catalogues } = this.deps;
    const done = await this.track(
      'comparison',
      async () => {
        const [compare, peers, benchmarks, plans] = await Promise.all([api.compare(a, b, signal), api.peers(a, signal), api.benchmarks({}, signal), catalogues.planTitles()]);
        this.update({ plans });
        return { compare, peers, benchmarks };
      },
      signal,
    );
    if (done) this.deps.announce(`已对比 ${a} 与 ${b}`);
  }

  retry(): void {
    if (this.model.state) void this.show(this.model.state);
  }

  choose(a: string | null, b: string | null): void {
    this.deps.navigate(hrefTo('compare', { a, b }));
  }
}
