/**
 * 政策工具's controller: the instrument scheme (sides, subtypes, definitions), the instrument × city or
 * × plan matrix, and the coded sentences behind the open cell — page by page, with the coding sheet
 * of the cell and of everything as CSV.
 */
import type { CodedSentences, InstrumentMatrix, InstrumentScheme, PlanSummary } from '../../../../server/contract.ts';
import { Controller, idle, type Loadable, type ViewController, type ViewDeps } from '../../app/controller.ts';
import { hrefTo } from '../../app/links.ts';
import { cellFilter, cellTitle, isCell, type CellChoice } from './matrix.ts';
import type { InstrumentsState } from './route.ts';

/** Sentences a page of the open cell shows. */
export const SENTENCE_PAGE = 30;

export interface InstrumentsModel {
  state: InstrumentsState | null;
  scheme: Loadable<InstrumentScheme>;
  matrix: Loadable<InstrumentMatrix>;
  sentences: Loadable<CodedSentences>;
  plans: Map<string, PlanSummary>;
}

const cellOf = (state: InstrumentsState): CellChoice => ({ instrument: state.instrument, side: state.side, column: state.column });
const sameCell = (a: InstrumentsState, b: InstrumentsState) => a.by === b.by && a.instrument === b.instrument && a.side === b.side && a.column === b.column && a.offset === b.offset;

export class InstrumentsController extends Controller<InstrumentsModel> implements ViewController<InstrumentsState> {
  constructor(deps: ViewDeps) {
    super(deps, { state: null, scheme: idle, matrix: idle, sentences: idle, plans: new Map() });
  }

  async show(state: InstrumentsState): Promise<void> {
    const previous = this.model.state;
    this.update({ state });
    const loads: Promise<unknown>[] = [];
    if (!previous) loads.push(this.loadScheme());
    if (previous?.by !== state.by) loads.push(this.loadMatrix(state));
    if (!previous || !sameCell(previous, state)) loads.push(this.loadSentences(state));
    await Promise.all(loads);
  }

  private async loadScheme(): Promise<void> {
    const { api, catalogues } = this.deps;
    this.update({ plans: await catalogues.planTitles() });
    await this.track('scheme', () => api.instruments(this.lifetime), this.lifetime);
  }

  private async loadMatrix(state: InstrumentsState): Promise<void> {
    const signal = this.freshSignal();
    const matrix = await this.track('matrix', () => this.deps.api.instrumentMatrix(state.by, signal), signal);
    if (matrix) this.deps.announce(`已加载政策工具矩阵：${matrix.columns.length} 个${state.by === 'city' ? '城市' : '规划'}`);
  }

  private async loadSentences(state: InstrumentsState): Promise<void> {
    const signal = this.freshSignalFor('sentences');
    if (!isCell(cellOf(state))) {
      this.update({ sentences: idle });
      return;
    }
    await this.track('sentences', () => this.deps.api.instrumentSentences(cellFilter(state.by, cellOf(state)), { limit: SENTENCE_PAGE, offset: state.offset }, signal), signal);
  }

  /** The open cell in words, once the matrix is there. */
  get cellTitle(): string | null {
    const { state, matrix } = this.model;
    return state && isCell(cellOf(state)) && matrix.status === 'ready' ? cellTitle(matrix.value, cellOf(state)) : null;
  }

  /** The coding sheet (CSV) of the open cell; of every coded sentence when none is open. */
  sheetHref(all = false): string {
    const state = this.model.state;
    return this.deps.api.instrumentSheetHref(!all && state && isCell(cellOf(state)) ? cellFilter(state.by, cellOf(state)) : {});
  }

  setBy(by: InstrumentsState['by']): void {
    this.deps.navigate(hrefTo('instruments', { by }));
  }

  open(cell: CellChoice): void {
    this.deps.navigate(hrefTo('instruments', { by: this.model.state?.by ?? 'city', ...cell, offset: 0 }));
  }

  close(): void {
    this.deps.navigate(hrefTo('instruments', { by: this.model.state?.by ?? 'city' }), { replace: true });
  }

  page(offset: number): void {
    const state = this.model.state;
    if (state) this.deps.navigate(hrefTo('instruments', { ...state, offset: Math.max(0, offset) }), { replace: true });
  }
}
