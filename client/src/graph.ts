/**
 * Cytoscape set-up shared by the graph views: the instance (tuned for large graphs), layouts, the
 * legend, and exports (PNG blob, JSON / CSV of the elements on screen).
 */
import cytoscape, { type Collection, type Core, type ElementDefinition, type LayoutOptions, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { downloadBlob, downloadText, el, svgEl } from './dom.ts';
import { elementsCsv, elementsJson, graphStyle, LABEL_STYLES, type EdgeElement, type ElementSet, type NodeElement } from './elements.ts';
import { formatNumber } from './format.ts';
import { radialLayout, spiralPosition } from './layout.ts';
import type { Layout } from './state.ts';
import type { Label } from './types.ts';

cytoscape.use(fcose);

/** From this many nodes on, a graph is drawn in “large” mode (pixelRatio 1, haystack edges, draft layout). */
export const LARGE_GRAPH = 500;

export interface GraphOptions {
  large?: boolean;
  /** Hide edges and use a texture while panning / zooming (for graphs that can grow big). */
  viewportOptimised?: boolean;
  selectionType?: 'single' | 'additive';
}

export type CyContainer = HTMLElement & { __cy?: Core };

export function createGraph(container: HTMLElement, set: ElementSet, options: GraphOptions = {}): Core {
  const large = options.large ?? set.nodes.length >= LARGE_GRAPH;
  const optimised = options.viewportOptimised ?? large;
  const cy = cytoscape({
    container,
    // Nodes start on a spiral (not all at 0,0) so nothing overlaps before the layout has run.
    elements: [...set.nodes.map((n, i) => (n.position ? n : { ...n, position: spiralPosition(i, 40) })), ...set.edges] as ElementDefinition[],
    style: graphStyle({ large }),
    // Fitting here would make Cytoscape measure every element (labels included) before the first frame;
    // callers set the viewport from the positions instead.
    layout: { name: 'preset', fit: false },
    minZoom: 0.03,
    maxZoom: 5,
    boxSelectionEnabled: true,
    selectionType: options.selectionType ?? 'single',
    motionBlur: false,
    hideEdgesOnViewport: optimised,
    textureOnViewport: optimised,
    pixelRatio: large ? 1 : 'auto',
  });
  (container as CyContainer).__cy = cy;
  container.dataset.large = large ? '1' : '0';
  return cy;
}

/** The viewport that shows every position with a margin: plain geometry, no element measuring. */
export function fitPositions(cy: Core, positions: Iterable<{ x: number; y: number }>, margin = 40): void {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of positions) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  if (!Number.isFinite(minX)) return;
  const width = Math.max(1, cy.width() - 2 * margin);
  const height = Math.max(1, cy.height() - 2 * margin);
  const zoom = Math.min(MAX_FIT_ZOOM, width / Math.max(1, maxX - minX), height / Math.max(1, maxY - minY));
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - zoom * ((minX + maxX) / 2), y: cy.height() / 2 - zoom * ((minY + maxY) / 2) } });
}

/**
 * Large graphs get their radial positions before the instance exists, so creating it places nodes
 * once and nothing is measured to fit the view.
 */
export function withRadialPositions(set: ElementSet, root: string | null): ElementSet {
  const positions = radialLayout(
    set.nodes.map((n) => n.data.id),
    set.edges.map((e) => [e.data.source, e.data.target] as const),
    root,
    { ringGap: 90, spacing: 26 },
  );
  return { nodes: set.nodes.map((n) => ({ ...n, position: positions.get(n.data.id) ?? { x: 0, y: 0 } })), edges: set.edges };
}

/**
 * Captions of a large graph are drawn only for nodes in view once zoomed in: measuring 2,000 labels
 * up front is most of what creating the graph would otherwise cost.
 */
export function captionsWhenZoomedIn(cy: Core, threshold = 0.9): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    const zoomedIn = cy.zoom() >= threshold;
    const extent = cy.extent();
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const p = n.position();
        const inView = zoomedIn && p.x >= extent.x1 && p.x <= extent.x2 && p.y >= extent.y1 && p.y <= extent.y2;
        if (inView) n.addClass('captioned');
        else if (n.hasClass('captioned')) n.removeClass('captioned');
      });
    });
  };
  cy.on('viewport', () => {
    clearTimeout(timer);
    timer = setTimeout(update, 150);
  });
}

/** Above this many nodes a force layout takes too long on a laptop CPU (2,000 nodes: minutes); the radial tree is used instead. */
export const FORCE_LAYOUT_LIMIT = 250;

/** The layout actually run: force layouts fall back to the radial tree for big graphs. */
export function effectiveLayout(name: Layout, nodes: number): Layout {
  return name === 'fcose' && nodes > FORCE_LAYOUT_LIMIT ? 'radial' : name;
}

export function layoutOptions(
  name: Layout,
  options: { large?: boolean; root?: NodeSingular | null; animate?: boolean; fit?: boolean; elements?: Collection } = {},
): LayoutOptions {
  const large = options.large ?? false;
  const animate = !large && (options.animate ?? true);
  const fit = options.fit ?? true;
  if (name === 'radial') {
    const elements = options.elements;
    const nodes = elements ? elements.nodes() : null;
    const positions = nodes
      ? radialLayout(
          nodes.map((n) => n.id()),
          elements!.edges().map((e) => [e.source().id(), e.target().id()] as const),
          options.root && options.root.nonempty() ? options.root.id() : null,
          large ? { ringGap: 90, spacing: 26 } : {},
        )
      : new Map();
    return {
      name: 'preset',
      positions: (node: NodeSingular) => positions.get(node.id()) ?? { x: 0, y: 0 },
      animate,
      animationDuration: 450,
      fit,
      padding: 48,
    } as LayoutOptions;
  }
  if (name === 'concentric') {
    return {
      name: 'concentric',
      concentric: (node: NodeSingular) => (node.hasClass('centre') || node.hasClass('concept') ? 1000 : node.degree(false)),
      levelWidth: () => (large ? 6 : 2),
      minNodeSpacing: large ? 4 : 14,
      animate,
      animationDuration: 450,
      fit,
      padding: 48,
    } as LayoutOptions;
  }
  if (name === 'breadthfirst') {
    return {
      name: 'breadthfirst',
      directed: false,
      ...(options.root && options.root.nonempty() ? { roots: options.root } : {}),
      spacingFactor: large ? 0.9 : 1.1,
      circle: false,
      grid: false,
      avoidOverlap: !large,
      animate,
      animationDuration: 450,
      fit,
      padding: 48,
    } as LayoutOptions;
  }
  // Small graphs: slower “proof” quality that keeps captions apart.
  const small = !large && (options.elements?.nodes().length ?? Infinity) <= 120;
  return {
    name: 'fcose',
    quality: large ? 'draft' : small ? 'proof' : 'default',
    randomize: true,
    animate,
    animationDuration: 600,
    fit,
    padding: 48,
    nodeDimensionsIncludeLabels: small,
    packComponents: false,
    uniformNodeDimensions: large,
    nodeRepulsion: () => (large ? 4500 : small ? 12000 : 7000),
    idealEdgeLength: () => (large ? 45 : small ? 95 : 75),
    edgeElasticity: () => 0.45,
    nestingFactor: 0.1,
    gravity: 0.25,
    numIter: large ? 1000 : 2500,
    tile: true,
    samplingType: true,
    sampleSize: 25,
    nodeSeparation: 75,
  } as LayoutOptions;
}

/** Runs a layout and resolves when it stops; small graphs are not blown up beyond a readable zoom. */
export function runLayout(cy: Core, options: LayoutOptions, elements: Collection = cy.elements()): Promise<void> {
  return new Promise((resolve) => {
    const layout = elements.layout(options);
    layout.one('layoutstop', () => {
      if (cy.zoom() > MAX_FIT_ZOOM && (options as { fit?: boolean }).fit !== false) {
        cy.zoom(MAX_FIT_ZOOM);
        cy.center(elements);
      }
      resolve();
    });
    layout.run();
  });
}

/** After fitting, small graphs stop at this zoom (fonts stay at a natural size). */
export const MAX_FIT_ZOOM = 1.25;

/** The elements on screen (hidden ones left out), as plain element data. */
export function visibleElements(cy: Core): ElementSet {
  return {
    nodes: cy.nodes().filter((n) => !n.hasClass('hidden')).map((n) => ({ group: 'nodes', data: n.data() }) as NodeElement),
    edges: cy
      .edges()
      .filter((e) => !e.hasClass('hidden') && !e.source().hasClass('hidden') && !e.target().hasClass('hidden'))
      .map((e) => ({ group: 'edges', data: e.data() }) as EdgeElement),
  };
}

export async function exportPng(cy: Core, name: string): Promise<void> {
  const large = cy.nodes().length >= LARGE_GRAPH;
  const blob = cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: large ? 1 : 2, maxWidth: 4096, maxHeight: 4096 });
  downloadBlob(blob, `${name}.png`);
}

export function exportJson(cy: Core, name: string): void {
  downloadText(elementsJson(visibleElements(cy)), `${name}.json`, 'application/json;charset=utf-8');
}

export function exportCsv(cy: Core, name: string, part: 'nodes' | 'edges'): void {
  downloadText(elementsCsv(visibleElements(cy), part), `${name}-${part === 'nodes' ? '节点' : '边'}.csv`, 'text/csv;charset=utf-8');
}

export function exportItems(getCy: () => Core | null, name: () => string): { label: string; run: () => void | Promise<void> }[] {
  const withCy = (fn: (cy: Core) => void | Promise<void>) => () => {
    const cy = getCy();
    return cy ? fn(cy) : undefined;
  };
  return [
    { label: '图片（PNG）', run: withCy((cy) => exportPng(cy, name())) },
    { label: '数据（JSON）', run: withCy((cy) => exportJson(cy, name())) },
    { label: '节点表（CSV）', run: withCy((cy) => exportCsv(cy, name(), 'nodes')) },
    { label: '关系表（CSV）', run: withCy((cy) => exportCsv(cy, name(), 'edges')) },
  ];
}

const SHAPES: Record<string, () => SVGElement> = {
  ellipse: () => svgEl('circle', { cx: 7, cy: 7, r: 6 }),
  star: () => svgEl('polygon', { points: '7,0.8 8.8,5 13.4,5.3 9.9,8.2 11,12.8 7,10.3 3,12.8 4.1,8.2 0.6,5.3 5.2,5' }),
  hexagon: () => svgEl('polygon', { points: '3.5,1.5 10.5,1.5 13.5,7 10.5,12.5 3.5,12.5 0.5,7' }),
  'round-rectangle': () => svgEl('rect', { x: 1, y: 3, width: 12, height: 8, rx: 3 }),
  rectangle: () => svgEl('rect', { x: 2, y: 2, width: 10, height: 10 }),
  'round-tag': () => svgEl('polygon', { points: '1,3 9,3 13,7 9,11 1,11' }),
  diamond: () => svgEl('polygon', { points: '7,0.5 13.5,7 7,13.5 0.5,7' }),
  'round-pentagon': () => svgEl('polygon', { points: '7,1 13,5.5 10.7,13 3.3,13 1,5.5' }),
  barrel: () => svgEl('rect', { x: 1, y: 2, width: 12, height: 10, rx: 4 }),
  vee: () => svgEl('polygon', { points: '1,2 7,6 13,2 7,13' }),
};

/** A small SVG of a label's shape in its colour. */
export function shapeIcon(label: Label): SVGSVGElement {
  const style = LABEL_STYLES[label];
  const shape = (SHAPES[style.shape] ?? SHAPES.ellipse)!();
  shape.setAttribute('fill', style.color);
  shape.setAttribute('stroke', '#ffffff');
  shape.setAttribute('stroke-width', '0.8');
  return svgEl('svg', { width: 14, height: 14, viewBox: '0 0 14 14', 'aria-hidden': 'true', class: 'shape-icon' }, shape);
}

export function lineIcon(style: 'solid' | 'dashed' | 'dotted', color = '#b45309'): SVGSVGElement {
  const dash = style === 'dashed' ? '5 3' : style === 'dotted' ? '1.5 2.5' : '';
  return svgEl(
    'svg',
    { width: 28, height: 10, viewBox: '0 0 28 10', 'aria-hidden': 'true', class: 'line-icon' },
    svgEl('line', { x1: 1, y1: 5, x2: 27, y2: 5, stroke: color, 'stroke-width': 2.4, 'stroke-linecap': 'round', ...(dash ? { 'stroke-dasharray': dash } : {}) }),
  );
}

export interface LegendEntry {
  label: Label;
  name: string;
  count: number;
}

/** The legend: shape + name + count per label; with `onToggle`, each entry is a filter button. */
export function legend(entries: LegendEntry[], options: { hidden?: ReadonlySet<Label>; onToggle?: (label: Label) => void; title?: string } = {}): HTMLElement {
  const box = el('div', { class: 'legend', role: 'group', 'aria-label': options.title ?? '图例' });
  for (const entry of entries) {
    const content = [shapeIcon(entry.label), el('span', { class: 'legend-name' }, entry.name), el('span', { class: 'legend-count' }, formatNumber(entry.count))];
    if (options.onToggle) {
      const hidden = options.hidden?.has(entry.label) ?? false;
      const toggle = options.onToggle;
      box.appendChild(
        el(
          'button',
          {
            type: 'button',
            class: `legend-item${hidden ? ' off' : ''}`,
            'aria-pressed': hidden ? 'false' : 'true',
            title: hidden ? `显示${entry.name}` : `隐藏${entry.name}`,
            dataset: { label: entry.label },
            onclick: () => toggle(entry.label),
          },
          content,
        ),
      );
    } else {
      box.appendChild(el('span', { class: 'legend-item' }, content));
    }
  }
  return box;
}
