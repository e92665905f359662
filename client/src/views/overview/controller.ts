/**
 * 概览's controller: the cities side by side, the concept × city matrix and the choices made on it
 * (filter, set, how many rows and cities), where to begin, and a cell's sentences.
 */
import type { DepartmentSummary, EntityRef, Evidence, IndicatorSummary, Matrix, Overview, PlanSummary } from '../../../../server/contract.ts';
import { Controller, idle, type Loadable, type ViewController, type ViewDeps } from '../../app/controller.ts';
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
}

const NO_CHOICE: HeatmapChoice = { filter: '', set: null, allRows: false, allCities: false };

export class OverviewController extends Controller<OverviewModel> implements ViewController<OverviewState> {
  constructor(deps: ViewDeps) {
    super(deps, { state: null, overview: idle, matrix: idle, plans: new Map(), choice: NO_CHOICE, cell: null, starting: null });
  }

  async show(state: OverviewState): Promise<void> {
    const first = this.model.state === null;
    const labelChanged = this.model.state?.label !== state.label;
    this.update({ state });
    const loads: Promise<unknown>[] = [];
    if (first) loads.push(this.loadCities(), this.loadStartingPoints());
    if (labelChanged) loads.push(this.loadMatrix(state));
    await Promise.all(loads);
  }

  private async loadCities(): Promise<void> {
    const { catalogues } = this.deps;
    const plans = await catalogues.planTitles();
    this.update({ plans });
    await this.track('overview', () => catalogues.overview(), this.lifetime);
  }

  private async loadMatrix(state: OverviewState): Promise<void> {
    const signal = this.freshSignal();
    this.update({ choice: NO_CHOICE, cell: null });
    const matrix = await this.track('matrix', () => this.deps.api.matrix(state.label, signal), signal);
    if (matrix) this.deps.announce(`已加载${LABEL_NAMES[state.label]}热力图`);
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
    void this.loadCities();
  }

  setLabel(label: OverviewState['label']): void {
    this.deps.navigate(hrefTo('overview', { label }), { replace: true });
  }

  choose(patch: Partial<HeatmapChoice>): void {
    this.update({ choice: { ...this.model.choice, ...patch } });
  }

  /** A cell: an industry opens its overlap for that city; a platform or enterprise, its sentences here. */
  async openCell(entity: EntityRef, city: string, count: number): Promise<void> {
    if (entity.label === 'Industry') {
      this.deps.navigate(hrefTo('overlap', { concept: entity.name, related: true, city }));
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

  /** The MENTIONS edges from the city's plans carry the sentences. */
  private async cellEvidence(entity: EntityRef, city: string, signal: AbortSignal): Promise<Evidence[]> {
    const overview = await this.deps.catalogues.overview();
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
