/**
 * 探索's controller: fetches what the URL's canvas is made of (each answer once), composes and filters
 * it, and turns every action — add, expand, remove, keep, undo, pin, path, filters — into the next
 * URL, so the canvas is always the address.
 */
import type { EdgeDetail, EntityRef, Paths, PlanSummary } from '../../../../server/contract.ts';
import { isNotFound } from '../../api/errors.ts';
import { Controller, idle, type Loadable, type ViewController, type ViewDeps } from '../../app/controller.ts';
import { hrefTo } from '../../app/links.ts';
import { busiestDepartments, citiesByPlans, richestConcepts } from '../../app/starting-points.ts';
import { EMPTY_SET, fromElements, fromNeighborhood, labelCounts, type EdgeData, type ElementSet } from '../../graph/elements.ts';
import { canvasSources, composeCanvas, displayCanvas, filterCanvas, sourceKey, type Canvas, type CanvasSource } from './canvas.ts';
import type { CanvasOp, ExploreState } from './route.ts';

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;

export interface Starting {
  concepts: EntityRef[];
  cities: string[];
  departments: EntityRef[];
}

export interface ExploreModel {
  state: ExploreState | null;
  /** Fetching what the canvas needs. */
  status: Loadable<true>;
  canvas: Canvas | null;
  /** What the graph draws: filtered, summarised when large. */
  display: ElementSet;
  /** Each summary group's members. */
  groups: Map<string, string[]>;
  legend: ReturnType<typeof labelCounts>;
  truncated: boolean;
  path: Paths | null;
  selection: Selection;
  /** Nodes selected on the canvas (click, shift-click, box). */
  selected: string[];
  edge: Loadable<EdgeDetail>;
  starting: Starting | null;
  layoutRun: number;
  receivedAt: number | null;
  /** Summary groups opened into their members. */
  opened: Set<string>;
  /** Cities for the city filter. */
  cities: string[];
  /** Plans by id, for evidence captions. */
  plans: Map<string, PlanSummary>;
}

export class ExploreController extends Controller<ExploreModel> implements ViewController<ExploreState> {
  private readonly fetched = new Map<string, ElementSet>();
  private readonly truncatedKeys = new Set<string>();
  private readonly paths = new Map<string, Paths>();

  constructor(deps: ViewDeps) {
    super(deps, { state: null, status: idle, canvas: null, display: EMPTY_SET, groups: new Map(), legend: [], truncated: false, path: null, selection: null, selected: [], edge: idle, starting: null, layoutRun: 0, receivedAt: null, opened: new Set(), cities: [], plans: new Map() });
  }

  async show(state: ExploreState): Promise<void> {
    const first = this.model.state === null;
    this.update({ state });
    if (first) {
      void this.deps.catalogues.cities().then((cities) => this.update({ cities }), () => undefined);
      void this.deps.catalogues.planTitles().then((plans) => this.update({ plans }));
    }
    if (!state.root && state.ops.length === 0 && !state.path) {
      this.update({ canvas: null, display: EMPTY_SET, legend: [], path: null, status: idle });
      await this.loadStartingPoints();
      return;
    }
    const missing = canvasSources(state).filter((s) => !this.fetched.has(sourceKey(s)));
    if (missing.length > 0) {
      const signal = this.freshSignal();
      const done = await this.track('status', async () => (await Promise.all(missing.map((s) => this.fetch(s, signal))), true as const), signal);
      if (!done || this.model.state !== state) return;
      this.update({ receivedAt: performance.now() });
    }
    this.compose(state);
  }

  private async fetch(source: CanvasSource, signal: AbortSignal): Promise<void> {
    const key = sourceKey(source);
    if (source.kind === 'neighbourhood') {
      const answer = await this.deps.api.neighborhood(source.id, { depth: source.depth, limit: source.limit }, signal);
      if (answer.truncated) this.truncatedKeys.add(key);
      this.fetched.set(key, fromNeighborhood(answer));
    } else {
      const answer = await this.deps.api.path(source.query.from, source.query.to, { k: source.query.k, avoidHubs: source.query.avoidHubs }, signal);
      this.paths.set(key, answer);
      this.fetched.set(key, fromElements(answer.elements));
    }
  }

  private compose(state: ExploreState): void {
    const sources = canvasSources(state);
    const used = new Map(sources.map((s) => [sourceKey(s), this.fetched.get(sourceKey(s)) as ElementSet]));
    const canvas = composeCanvas(state, used);
    const shown = displayCanvas(filterCanvas(canvas, state), canvas, state.aggregate, this.model.opened);
    const pathSource = sources.find((s) => s.kind === 'path');
    this.update({
      canvas,
      display: shown,
      groups: 'groups' in shown ? shown.groups : new Map(),
      legend: labelCounts(canvas.elements.nodes),
      truncated: sources.some((s) => this.truncatedKeys.has(sourceKey(s))),
      path: pathSource ? (this.paths.get(sourceKey(pathSource)) ?? null) : null,
    });
    const names = canvas.root ? canvas.elements.nodes.find((n) => n.data.id === canvas.root)?.data.name : null;
    this.deps.announce(`画布：${canvas.elements.nodes.length} 个节点${names ? `（从“${names}”开始）` : ''}`);
  }

  /** Whether the URL's root could not be found (so the view says so). */
  get rootMissing(): boolean {
    return this.model.status.status === 'failed' && isNotFound(this.model.status.error);
  }

  private go(patch: Partial<ExploreState>, replace = false): void {
    const state = this.model.state;
    if (state) this.deps.navigate(hrefTo('explore', { ...state, ...patch }), { replace });
  }

  private pushOp(op: CanvasOp): void {
    this.go({ ops: [...(this.model.state?.ops ?? []), op] });
  }

  private onCanvas(id: string): boolean {
    return this.model.canvas?.elements.nodes.some((n) => n.data.id === id) ?? false;
  }

  /** A search result joins the canvas (or starts it); one already there is selected. */
  add(id: string): void {
    const state = this.model.state;
    if (!state?.root && !state?.ops.length) this.go({ root: id, ops: [] });
    else if (this.onCanvas(id)) this.select({ kind: 'node', id });
    else this.pushOp({ kind: 'add', id });
  }

  expand(id: string): void {
    if (id.startsWith('group|')) return this.openGroup(id);
    if (this.model.state?.ops.some((op) => op.kind === 'expand' && op.id === id) || this.model.state?.root === id) return;
    this.pushOp({ kind: 'expand', id });
  }

  remove(ids: string[]): void {
    if (ids.length > 0) this.pushOp({ kind: 'remove', ids });
    this.update({ selected: [], selection: null });
  }

  keep(ids: string[]): void {
    if (ids.length > 0) this.pushOp({ kind: 'keep', ids });
  }

  /** Takes back the last change to the canvas. */
  undo(): void {
    const ops = this.model.state?.ops ?? [];
    if (ops.length > 0) this.go({ ops: ops.slice(0, -1) });
  }

  /** Starts over from one entity. */
  centre(id: string): void {
    this.go({ root: id, ops: [], path: null });
  }

  togglePin(id: string): void {
    const pinned = this.model.state?.pinned ?? [];
    this.go({ pinned: pinned.includes(id) ? pinned.filter((p) => p !== id) : [...pinned, id] }, true);
  }

  findPath(from: string, to: string, options: { k: number; avoidHubs: boolean }): void {
    this.go({ path: { from, to, ...options } });
  }

  clearPath(): void {
    this.go({ path: null });
  }

  setView(patch: Partial<Pick<ExploreState, 'layout' | 'hiddenLabels' | 'city' | 'aggregate' | 'labels' | 'depth' | 'limit'>>): void {
    this.go(patch, true);
  }

  relayout(): void {
    this.update({ layoutRun: this.model.layoutRun + 1 });
  }

  openGroup(id: string): void {
    const members = this.model.groups.get(id) ?? [];
    this.update({ opened: new Set([...this.model.opened, ...members]), selection: null });
    if (this.model.state) this.compose(this.model.state);
  }

  setSelected(ids: string[]): void {
    this.update({ selected: ids });
  }

  async select(selection: Selection): Promise<void> {
    this.update({ selection, edge: idle });
    if (selection?.kind !== 'edge' || selection.id.startsWith('group|')) return;
    const edge = this.edgeOnCanvas(selection.id);
    if (!edge || edge.evidence === 0) return;
    const signal = this.signal;
    await this.track('edge', () => this.deps.api.edge(selection.id, signal), signal);
  }

  /** An edge drawn, or on the canvas though grouped or filtered away (a step of the path). */
  edgeOnCanvas(id: string): EdgeData | null {
    const find = (set: ElementSet | undefined) => set?.edges.find((e) => e.data.id === id)?.data;
    return find(this.model.display) ?? find(this.model.canvas?.elements) ?? null;
  }

  private async loadStartingPoints(): Promise<void> {
    if (this.model.starting) return;
    const { catalogues } = this.deps;
    try {
      const [industries, overview, departments] = await Promise.all([catalogues.industries(), catalogues.overview(), catalogues.departments()]);
      const cities = citiesByPlans(overview);
      this.update({ starting: { concepts: richestConcepts(industries, 5), cities, departments: busiestDepartments(departments, 3).map((d) => d.department) } });
    } catch {
      // The search box is still there.
    }
  }
}
