/**
 * Everything GraphPane does to its Cytoscape instance, one change at a time: create it (sized for the
 * graph), bring it to new elements by a diff (nodes enter beside their neighbours and settle by an
 * incremental layout), re-run a layout, mark a path, pin nodes, choose captions, destroy it. Changes
 * are queued, so a layout in progress is never raced by the next one.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { createCy, entryPositions, fitPositions, placeCaptions, withRadialPositions } from './cy.ts';
import { diffElements, signature, type ElementSet } from './elements.ts';
import type { Layout } from './layout-names.ts';
import { effectiveLayout, FORCE_LAYOUT_LIMIT, LARGE_GRAPH, layoutOptions, runLayout } from './layout-options.ts';
import type { Point } from './layout.ts';

export interface PaneInput {
  elements: ElementSet;
  layout: Layout;
  /** Changing it re-runs the layout over everything. */
  layoutRun: number;
  root: string | null;
  /** A path: these stay bright, the rest fades. */
  highlight: ReadonlySet<string> | null;
  pinned: ReadonlySet<string>;
  labels: 'auto' | 'all';
  select: string | null;
  /** When the data arrived, for the first-render timing. */
  startedAt: number | null;
}

export interface PaneEvents {
  onNodeTap?(id: string): void;
  onEdgeTap?(id: string): void;
  onNodeDoubleTap?(id: string): void;
  onBackgroundTap?(): void;
  onSelectionChange?(ids: string[]): void;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

export class PaneEngine {
  private cy: Core | null = null;
  private large = false;
  private input: PaneInput | null = null;
  private queue: Promise<void> = Promise.resolve();
  /** Where removed nodes were, so a node filtered out and back returns to its place. */
  private readonly remembered = new Map<string, Point>();
  private captionTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: HTMLElement,
    private readonly options: { selectionType: 'single' | 'additive'; optimiseViewport: boolean },
    private readonly events: () => PaneEvents,
  ) {}

  instance(): Core | null {
    return this.cy;
  }

  sync(next: PaneInput): Promise<void> {
    this.queue = this.queue.then(() => this.apply(next)).catch((error: unknown) => console.error('graph update failed', error));
    return this.queue;
  }

  destroy(): void {
    clearTimeout(this.captionTimer);
    this.cy?.destroy();
    this.cy = null;
  }

  private async apply(next: PaneInput): Promise<void> {
    const previous = this.input;
    this.input = next;
    this.host.dataset.ready = '0';
    const cy = this.cy;
    if (!cy || !previous || !next.elements.nodes.some((n) => cy.getElementById(n.data.id).nonempty())) await this.rebuild(next);
    else {
      const grown = this.applyElements(next.elements);
      if (previous.layout !== next.layout || previous.layoutRun !== next.layoutRun) await this.layoutAll(next, true);
      else if (grown.length > 0) await this.settle(next, grown);
    }
    this.applyMarks(next, previous);
    this.placeCaptionsNow();
    this.host.dataset.nodes = String(this.cy?.nodes().length ?? 0);
    this.host.dataset.edges = String(this.cy?.edges().length ?? 0);
    this.host.dataset.ready = '1';
  }

  /** A new instance for a new picture: large graphs placed by the radial tree before creation. */
  private async rebuild(next: PaneInput): Promise<void> {
    const started = next.startedAt ?? performance.now();
    this.destroy();
    this.remembered.clear();
    const count = next.elements.nodes.length;
    if (count === 0) return;
    this.large = count >= LARGE_GRAPH;
    const name = effectiveLayout(next.layout, count);
    const preplaced = this.large && name === 'radial';
    const layoutStarted = performance.now();
    const placed = preplaced ? withRadialPositions(next.elements, next.root) : next.elements;
    const layoutMs = preplaced ? performance.now() - layoutStarted : 0;
    const cy = createCy(this.host, placed, { large: this.large, ...this.options });
    this.cy = cy;
    this.sign(cy, next.elements);
    this.wire(cy);
    const createMs = performance.now() - layoutStarted - layoutMs;
    if (preplaced) fitPositions(cy, placed.nodes.map((n) => n.position as Point));
    else await runLayout(cy, layoutOptions(name, cy.elements(), { large: this.large, root: this.rootOf(next), animate: false }));
    await nextFrame();
    Object.assign(this.host.dataset, {
      layout: name,
      large: this.large ? '1' : '0',
      renderMs: String(Math.round(performance.now() - started)),
      createMs: String(Math.round(createMs)),
      layoutMs: String(Math.round(preplaced ? layoutMs : performance.now() - layoutStarted - createMs)),
    });
  }

  /** Brings the instance to `set`; returns the nodes that entered. */
  private applyElements(set: ElementSet): string[] {
    const cy = this.cy as Core;
    const current = new Map<string, string>();
    cy.elements().forEach((e) => {
      current.set(e.id(), e.scratch('_signature') as string);
    });
    const diff = diffElements(current, set);
    const positions = entryPositions(cy, diff.added, this.remembered);
    cy.batch(() => {
      for (const id of diff.removed) {
        const gone = cy.getElementById(id);
        if (gone.isNode()) this.remembered.set(id, { ...gone.position() });
        gone.remove();
      }
      cy.add([...diff.added.nodes.map((n) => ({ ...n, position: positions.get(n.data.id) ?? { x: 0, y: 0 } })), ...diff.added.edges]);
      for (const element of diff.changed) cy.getElementById(element.data.id).data(element.data).classes(element.classes ?? '');
      this.sign(cy, set);
    });
    return diff.added.nodes.map((n) => n.data.id);
  }

  private sign(cy: Core, set: ElementSet): void {
    for (const element of [...set.nodes, ...set.edges]) cy.getElementById(element.data.id).scratch('_signature', signature(element));
  }

  /** After an expansion: small graphs settle by an incremental force layout (the picture stays familiar); large ones show the newcomers. */
  private async settle(next: PaneInput, entered: string[]): Promise<void> {
    const cy = this.cy as Core;
    const name = effectiveLayout(next.layout, cy.nodes().length);
    if (name === 'fcose' && cy.nodes().length <= FORCE_LAYOUT_LIMIT) {
      await runLayout(cy, layoutOptions('fcose', cy.elements(), { incremental: true, animate: true }), cy.elements());
      return;
    }
    const ids = new Set(entered);
    const newcomers = cy.nodes().filter((n) => ids.has(n.id()));
    cy.animate({ fit: { eles: newcomers.closedNeighborhood(), padding: 40 }, duration: 350 });
  }

  private async layoutAll(next: PaneInput, animate: boolean): Promise<void> {
    const cy = this.cy as Core;
    const name = effectiveLayout(next.layout, cy.nodes().length);
    this.host.dataset.layout = name;
    await runLayout(cy, layoutOptions(name, cy.elements(), { large: this.large, root: this.rootOf(next), animate }), cy.elements());
  }

  private rootOf(next: PaneInput): NodeSingular | null {
    return next.root && this.cy ? this.cy.getElementById(next.root) : null;
  }

  private applyMarks(next: PaneInput, previous: PaneInput | null): void {
    const cy = this.cy;
    if (!cy) return;
    cy.batch(() => {
      cy.elements('.path, .faded').removeClass('path faded');
      if (next.highlight && next.highlight.size > 0) {
        const lit = next.highlight;
        cy.elements().forEach((e) => {
          e.addClass(lit.has(e.id()) ? 'path' : 'faded');
        });
      }
      cy.nodes().forEach((n) => {
        const pinned = next.pinned.has(n.id());
        n.toggleClass('pinned', pinned);
        if (pinned) n.lock();
        else n.unlock();
      });
    });
    if (next.select && next.select !== previous?.select) {
      cy.$(':selected').unselect();
      cy.getElementById(next.select).select();
    }
  }

  private placeCaptionsNow(): void {
    if (!this.cy || !this.input) return;
    this.host.dataset.captions = String(placeCaptions(this.cy, { mode: this.input.labels, large: this.large }));
  }

  private placeCaptionsSoon(): void {
    clearTimeout(this.captionTimer);
    this.captionTimer = setTimeout(() => this.placeCaptionsNow(), 150);
  }

  private wire(cy: Core): void {
    cy.on('tap', 'node', (event) => this.events().onNodeTap?.((event.target as NodeSingular).id()));
    cy.on('tap', 'edge', (event) => this.events().onEdgeTap?.(event.target.id() as string));
    cy.on('dbltap', 'node', (event) => this.events().onNodeDoubleTap?.((event.target as NodeSingular).id()));
    cy.on('tap', (event) => {
      if (event.target === cy) this.events().onBackgroundTap?.();
    });
    cy.on('select unselect', 'node', () => this.events().onSelectionChange?.(cy.$('node:selected').map((n) => n.id())));
    cy.on('dragfree', 'node', () => this.placeCaptionsSoon());
    // Large graphs caption what is in view: the view moved, the captions follow.
    if (this.large) cy.on('viewport', () => this.placeCaptionsSoon());
  }
}
