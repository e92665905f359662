/**
 * 概览's controller: the cities side by side, the concept × city matrix and the choices made on it
 * (filter, set, how many rows and cities), where to begin, and a cell's sentences — of every plan, or
 * as of a day of the plans in force then (the time control: its steps, and where each plan stands).
 */
import type { DepartmentSummary, EntityRef, Evidence, IndicatorSummary, Matrix, Overview, PlanSummary, PlanTimes } from '../../../../server/contract.ts';
import { Controller, idle, type Loadable, type ViewController, type ViewDeps } from '../../app/controller.ts';
import { today } from '../../format-time.ts';
import { asOfSteps, defaultDay, type AsOfStep } from './as-of.ts';
import { hrefTo } from '../../app/links.ts';
import { busiestDepartments, comparedIndicators, richestConcepts } from '../../app/starting-points.ts';
import { LABEL_NAMES } from '../../format.ts';
import type { HeatmapChoice } from './heatmap.ts';
import type { OverviewState } from './route.ts';

export interface CellEvidence {
  entity: EntityRef;
  city: string;
  count: number;
  evidence: Loadable<Evidence[]>;
}

export interface StartingPoints {
  concepts: EntityRef[];
  departments: DepartmentSummary[];
  indicators: IndicatorSummary[];
}

export interface OverviewModel {
  state: OverviewState | null;
  overview: Loadable<Overview>;
  matrix: Loadable<Matrix>;
  plans: Map<string, PlanSummary>;
  choice: HeatmapChoice;
  cell: CellEvidence | null;
  starting: StartingPoints | null;
  /** The days the plans in force change (the time control's steps). */
  steps: AsOfStep[];
  /** Every plan and where it stands on the state's day; idle for every time. */
  standings: Loadable<PlanTimes>;
}

const NO_CHOICE: HeatmapChoice = { filter: '', set: null, allRows: false, allCities: false };

export class OverviewController extends Controller<OverviewModel> implements ViewController<OverviewState> {
  constructor(deps: ViewDeps) {
    super(deps, { state: null, overview: idle, matrix: idle, plans: new Map(), choice: NO_CHOICE, cell: null, starting: null, steps: [], standings: idle });
  }

  async show(state: OverviewState): Promise<void> {
    const previous = this.model.state;
    const dayChanged = previous?.asOf !== state.asOf;
    this.update({ state });
    const loads: Promise<unknown>[] = [];
    if (!previous) loads.push(this.loadStartingPoints(), this.loadSteps());
    if (!previous || dayChanged) loads.push(this.loadCities(state));
    if (!previous || dayChanged || previous.label !== state.label) loads.push(this.loadMatrix(state));
    await Promise.all(loads);
  }

  /** The cities (as of the day: only what the plans in force state) and where each plan stands. */
  private async loadCities(state: OverviewState): Promise<void> {
    const signal = this.freshSignalFor('day');
    const { catalogues, api } = this.deps;
    this.update({ plans: await catalogues.planTitles() });
    const asOf = state.asOf;
    if (!asOf) {
      this.update({ standings: idle });
      await this.track('overview', () => catalogues.overview(), signal);
      return;
    }
    await Promise.all([this.track('overview', () => api.overview(signal, asOf), signal), this.track('standings', () => api.planTimes(asOf, signal), signal)]);
  }

  private async loadSteps(): Promise<void> {
    try {
      this.update({ steps: asOfSteps(await this.deps.catalogues.planTimes()) });
    } catch {
      // Without the steps the control offers a date field only.
    }
  }

  private async loadMatrix(state: OverviewState): Promise<void> {
    const signal = this.freshSignal();
    this.update({ choice: NO_CHOICE, cell: null });
    const matrix = await this.track('matrix', () => this.deps.api.matrix(state.label, signal, state.asOf), signal);
    if (matrix) this.deps.announce(state.asOf ? `已加载${LABEL_NAMES[state.label]}热力图（截至 ${state.asOf} 在施的规划）` : `已加载${LABEL_NAMES[state.label]}热力图`);
  }

  /** Reads the graph as of `day` (null: every plan of every time); the day goes into the address. */
  setAsOf(day: string | null): void {
    this.deps.navigate(hrefTo('overview', { label: this.model.state?.label ?? 'Industry', asOf: day }), { replace: true });
  }

  /** Turns the time control on at today (or the last day a plan took effect, when none is in force today), or off. */
  byDate(on: boolean, now: Date = new Date()): void {
    this.setAsOf(on ? (this.model.state?.asOf ?? defaultDay(this.model.steps, today(now)) ?? today(now)) : null);
  }

  private async loadStartingPoints(): Promise<void> {
    try {
      const { catalogues } = this.deps;
      const [industries, departments, indicators] = await Promise.all([catalogues.industries(), catalogues.departments(), catalogues.indicators()]);
      this.update({ starting: { concepts: richestConcepts(industries, 8), departments: busiestDepartments(departments, 4), indicators: comparedIndicators(indicators.indicators, 4) } });
    } catch {
      // Starting points are a convenience: the heatmap below offers the same.
    }
  }

  retryMatrix(): void {
    if (this.model.state) void this.loadMatrix(this.model.state);
  }

  retryCities(): void {
    this.deps.catalogues.refresh();
    if (this.model.state) void this.loadCities(this.model.state);
  }

  setLabel(label: OverviewState['label']): void {
    this.deps.navigate(hrefTo('overview', { label, asOf: this.model.state?.asOf ?? null }), { replace: true });
  }

  choose(patch: Partial<HeatmapChoice>): void {
    this.update({ choice: { ...this.model.choice, ...patch } });
  }

  /** A cell: an industry opens its overlap for that city (as of the same day); a platform or enterprise, its sentences here. */
  async openCell(entity: EntityRef, city: string, count: number): Promise<void> {
    if (entity.label === 'Industry') {
      this.deps.navigate(hrefTo('overlap', { concept: entity.name, related: true, city, asOf: this.model.state?.asOf ?? null }));
      return;
    }
    const cell: CellEvidence = { entity, city, count, evidence: { status: 'loading' } };
    this.update({ cell });
    const signal = this.signal;
    try {
      const evidence = await this.cellEvidence(entity, city, signal);
      if (this.model.cell === cell) this.update({ cell: { ...cell, evidence: { status: 'ready', value: evidence } } });
    } catch (error) {
      if (!signal.aborted && this.model.cell === cell) this.update({ cell: { ...cell, evidence: { status: 'failed', error } } });
    }
  }

  /** The MENTIONS edges from the city's plans (as of the day: those in force) carry the sentences. */
  private async cellEvidence(entity: EntityRef, city: string, signal: AbortSignal): Promise<Evidence[]> {
    const overview = this.model.overview.status === 'ready' ? this.model.overview.value : await this.deps.catalogues.overview();
    const cityPlans = new Set((overview.cities.find((c) => c.city === city)?.plans ?? []).map((p) => p.id));
    const around = await this.deps.api.neighborhood(entity.id, { depth: 1, labels: ['Plan'], limit: 200 }, signal);
    const mentions = around.elements.edges.filter((e) => e.data.type === 'MENTIONS' && cityPlans.has(e.data.source) && e.data.evidence > 0);
    const edges = await Promise.all(mentions.map((e) => this.deps.api.edge(e.data.id, signal)));
    return edges.flatMap((detail) => detail.edge.evidence ?? []);
  }

  closeCell(): void {
    this.update({ cell: null });
  }
}
