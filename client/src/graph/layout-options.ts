/**
 * Cytoscape layout options per layout and graph size, and running a layout to its end. Force layouts
 * need minutes for thousands of nodes on a laptop CPU, so large graphs use the radial tree instead.
 */
import type { Collection, Core, LayoutOptions, NodeSingular } from 'cytoscape';
import type { Layout } from './layout-names.ts';
import { radialLayout } from './layout.ts';

/** From this many nodes on, a graph is drawn in “large” mode (pixelRatio 1, haystack edges, captions when zoomed in). */
export const LARGE_GRAPH = 500;
/** Above this many nodes fCoSE takes too long (2,000 nodes: minutes); the radial tree is used instead. */
export const FORCE_LAYOUT_LIMIT = 250;
/** After fitting, small graphs stop at this zoom (fonts stay at a natural size). */
export const MAX_FIT_ZOOM = 1.25;
/** Up to this many nodes, fCoSE's slower “proof” quality keeps captions apart. */
const PROOF_LIMIT = 160;

/** The layout actually run: a force layout falls back to the radial tree for big graphs. */
export function effectiveLayout(name: Layout, nodes: number): Layout {
  return name === 'fcose' && nodes > FORCE_LAYOUT_LIMIT ? 'radial' : name;
}

export interface LayoutRequest {
  large?: boolean;
  root?: NodeSingular | null;
  animate?: boolean;
  fit?: boolean;
  /** Keep the nodes near where they are (after an expansion): fCoSE without randomising. */
  incremental?: boolean;
}

const common = (animate: boolean, fit: boolean) => ({ animate, animationDuration: 450, fit, padding: 48 });

function radialOptions(elements: Collection, request: LayoutRequest, animate: boolean, fit: boolean): LayoutOptions {
  const root = request.root && request.root.nonempty() ? request.root.id() : null;
  const edges = elements.edges().map((e) => [e.source().id(), e.target().id()] as const);
  const positions = radialLayout(elements.nodes().map((n) => n.id()), edges, root, request.large ? { ringGap: 90, spacing: 26 } : {});
  return { name: 'preset', positions: (node: NodeSingular) => positions.get(node.id()) ?? { x: 0, y: 0 }, ...common(animate, fit) } as LayoutOptions;
}

function fcoseOptions(elements: Collection, request: LayoutRequest, animate: boolean, fit: boolean): LayoutOptions {
  const large = request.large ?? false;
  const small = !large && elements.nodes().length <= PROOF_LIMIT;
  return {
    name: 'fcose',
    quality: large ? 'draft' : small || request.incremental ? 'proof' : 'default',
    randomize: !request.incremental,
    ...common(animate, fit),
    animationDuration: 600,
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

export function layoutOptions(name: Layout, elements: Collection, request: LayoutRequest = {}): LayoutOptions {
  const large = request.large ?? false;
  const animate = !large && (request.animate ?? true);
  const fit = request.fit ?? true;
  if (name === 'radial') return radialOptions(elements, request, animate, fit);
  if (name === 'concentric') {
    const concentric = (node: NodeSingular) => (node.hasClass('centre') || node.hasClass('concept') ? 1000 : node.degree(false));
    return { name: 'concentric', concentric, levelWidth: () => (large ? 6 : 2), minNodeSpacing: large ? 4 : 14, ...common(animate, fit) } as LayoutOptions;
  }
  if (name === 'breadthfirst') {
    const roots = request.root && request.root.nonempty() ? { roots: request.root } : {};
    return { name: 'breadthfirst', directed: false, ...roots, spacingFactor: large ? 0.9 : 1.1, circle: false, grid: false, avoidOverlap: !large, ...common(animate, fit) } as LayoutOptions;
  }
  return fcoseOptions(elements, request, animate, fit);
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
