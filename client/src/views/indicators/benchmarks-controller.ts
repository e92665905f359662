/**
 * 指标对标's comparison: the indicator catalogue (searched as the planner types), one indicator's
 * groups of comparable targets across cities. With no indicator chosen it opens the one most cities
 * set — chosen from the data; an indicator the catalogue does not have is said to be unknown.
 */
import type { BenchmarkGroup, IndicatorSummary, PlanSummary } from '../../../../server/contract.ts';
import { Controller, idle, type Loadable, type ViewController, type ViewDeps } from '../../app/controller.ts';
import { hrefTo } from '../../app/links.ts';
import { defaultIndicator, groupByKind, type KindGroup } from './catalogue.ts';

export interface BenchmarksState {
  indicator: string | null;
}

export interface BenchmarksModel {
  state: BenchmarksState | null;
  catalogue: Loadable<IndicatorSummary[]>;
  /** Targets no indicator fits, across the graph. */
  unmatched: number;
  /** The chosen indicator's groups: compared across several cities first, then those one city sets. */
  groups: Loadable<BenchmarkGroup[]>;
  /** The chosen indicator is not in the catalogue. */
  unknown: boolean;
  plans: Map<string, PlanSummary>;
  /** What the planner typed to find an indicator. */
  query: string;
}

export class BenchmarksController extends Controller<BenchmarksModel> implements ViewController<BenchmarksState> {
  constructor(deps: ViewDeps) {
    super(deps, { state: null, catalogue: idle, unmatched: 0, groups: idle, unknown: false, plans: new Map(), query: '' });
  }

  async show(state: BenchmarksState): Promise<void> {
    this.update({ state, unknown: false });
    const catalogue = await this.loadCatalogue();
    if (!catalogue || this.model.state !== state) return;
    if (!state.indicator) {
      const first = defaultIndicator(catalogue);
      if (first) this.deps.navigate(hrefTo('indicators', { indicator: first.id }), { replace: true });
      else this.update({ groups: idle });
      return;
    }
    const indicator = catalogue.find((i) => i.id === state.indicator);
    if (!indicator) {
      this.update({ unknown: true, groups: idle });
      return;
    }
    await this.loadGroups(indicator);
  }

  private async loadCatalogue(): Promise<IndicatorSummary[] | null> {
    if (this.model.catalogue.status === 'ready') return this.model.catalogue.value;
    const { catalogues } = this.deps;
    return this.track(
      'catalogue',
      async () => {
        const [answer, plans] = await Promise.all([catalogues.indicators(), catalogues.planTitles()]);
        this.update({ unmatched: answer.unmatched, plans });
        return answer.indicators;
      },
      this.lifetime,
    );
  }

  private async loadGroups(indicator: IndicatorSummary): Promise<void> {
    const signal = this.freshSignal();
    const groups = await this.track('groups', async () => (await this.deps.api.benchmarks({ indicator: indicator.id }, signal)).groups, signal);
    if (groups) this.deps.announce(`已加载：${indicator.name}，${groups.filter((g) => g.cities.length > 1).length} 组跨市可比`);
  }

  /** The chosen indicator's catalogue entry. */
  get chosen(): IndicatorSummary | null {
    const id = this.model.state?.indicator;
    return this.model.catalogue.status === 'ready' ? (this.model.catalogue.value.find((i) => i.id === id) ?? null) : null;
  }

  /** The catalogue narrowed to what was typed, by kind. */
  listed(): KindGroup[] {
    return this.model.catalogue.status === 'ready' ? groupByKind(this.model.catalogue.value, this.model.query) : [];
  }

  /** An indicator's name, for the look-alikes the chosen one differs from. */
  nameOf(id: string): string | null {
    return this.model.catalogue.status === 'ready' ? (this.model.catalogue.value.find((i) => i.id === id)?.name ?? null) : null;
  }

  setQuery(query: string): void {
    this.update({ query });
  }

  choose(indicator: string): void {
    this.deps.navigate(hrefTo('indicators', { indicator }));
  }

  retry(): void {
    this.deps.catalogues.refresh();
    this.update({ catalogue: idle });
    if (this.model.state) void this.show(this.model.state);
  }
}
