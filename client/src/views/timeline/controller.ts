/**
 * 目标演进's controller: one indicator's targets over time — each city's values by target year and the
 * plan that set them, as charts per comparable scope — and the indicators to choose from. With no
 * indicator it opens the one most cities set; one the catalogue lacks is said to be unknown.
 */
import type { IndicatorSummary, IndicatorTimeline, PlanSummary } from '../../../../server/contract.ts';
import { Controller, idle, type Loadable, type ViewController, type ViewDeps } from '../../app/controller.ts';
import { hrefTo } from '../../app/links.ts';
import { defaultIndicator } from '../indicators/catalogue.ts';
import { timelinePanels, type TimelinePanel } from './chart.ts';

export interface TimelineState {
  indicator: string | null;
}

/** Charts shown before “显示全部”: an indicator set per industry can have dozens of scopes. */
export const PANEL_LIMIT = 6;

export interface TimelineModel {
  state: TimelineState | null;
  /** Indicators some plan sets a target for. */
  catalogue: Loadable<IndicatorSummary[]>;
  timeline: Loadable<{ timeline: IndicatorTimeline; panels: TimelinePanel[] }>;
  unknown: boolean;
  plans: Map<string, PlanSummary>;
  allPanels: boolean;
}

export class TimelineController extends Controller<TimelineModel> implements ViewController<TimelineState> {
  constructor(deps: ViewDeps) {
    super(deps, { state: null, catalogue: idle, timeline: idle, unknown: false, plans: new Map(), allPanels: false });
  }

  async show(state: TimelineState): Promise<void> {
    this.update({ state, unknown: false });
    const catalogue = await this.loadCatalogue();
    if (!catalogue || this.model.state !== state) return;
    if (!state.indicator) {
      const first = defaultIndicator(catalogue);
      if (first) this.choose(first.id, { replace: true });
      else this.update({ timeline: idle });
      return;
    }
    if (!catalogue.some((i) => i.id === state.indicator)) {
      this.update({ unknown: true, timeline: idle });
      return;
    }
    const indicator = state.indicator;
    const signal = this.freshSignal();
    this.update({ allPanels: false });
    const answer = await this.track(
      'timeline',
      async () => {
        const timeline = await this.deps.api.indicatorTimeline(indicator, signal);
        return { timeline, panels: timelinePanels(timeline) };
      },
      signal,
    );
    if (answer) {
      const raised = answer.panels.reduce((n, p) => n + p.revisions.length, 0);
      this.deps.announce(`已加载：${answer.timeline.indicator.name}，${answer.timeline.series.length} 条序列${raised > 0 ? `，${raised} 处目标被后续规划调整` : ''}`);
    }
  }

  /** The indicators some plan sets a target for (and the plans' titles, for the points' captions). */
  private async loadCatalogue(): Promise<IndicatorSummary[] | null> {
    if (this.model.catalogue.status === 'ready') return this.model.catalogue.value;
    const { catalogues } = this.deps;
    this.update({ plans: await catalogues.planTitles() });
    return this.track('catalogue', async () => (await catalogues.indicators()).indicators.filter((i) => i.targets > 0), this.lifetime);
  }

  /** The charts to draw: the first few, or all of them. */
  shown(): TimelinePanel[] {
    const panels = this.model.timeline.status === 'ready' ? this.model.timeline.value.panels : [];
    return this.model.allPanels ? panels : panels.slice(0, PANEL_LIMIT);
  }

  showAllPanels(): void {
    this.update({ allPanels: true });
  }

  choose(indicator: string, options: { replace?: boolean } = {}): void {
    this.deps.navigate(hrefTo('indicators', { tab: 'timeline', indicator }), options);
  }

  retry(): void {
    this.deps.catalogues.refresh();
    this.update({ catalogue: idle });
    if (this.model.state) void this.show(this.model.state);
  }
}
