/**
 * The Cytoscape instance and what is done to it directly: creation tuned for the graph's size, where
 * new nodes first appear, which captions are drawn, the viewport that fits given positions.
 */
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import type { Label } from '../../../server/contract.ts';
import type { ElementSet, NodeData } from './elements.ts';
import { placeLabels, type LabelCandidate } from './labels.ts';
import { MAX_FIT_ZOOM } from './layout-options.ts';
import { radialLayout, spiralPosition, type Point } from './layout.ts';
import { graphStyle } from './style.ts';

cytoscape.use(fcose);
cytoscape.use(svg);

export type CyContainer = HTMLElement & { __cy?: Core };

export interface CyOptions {
  large: boolean;
  selectionType: 'single' | 'additive';
  /** Hide edges and draw a texture while the viewport moves (graphs that may grow large). */
  optimiseViewport: boolean;
}

export function createCy(container: HTMLElement, set: ElementSet, options: CyOptions): Core {
  const cy = cytoscape({
    container,
    // Nodes start on a spiral (not all at 0,0) so nothing overlaps before the layout has run.
    elements: [...set.nodes.map((n, i) => (n.position ? n : { ...n, position: spiralPosition(i, 40) })), ...set.edges] as ElementDefinition[],
    style: graphStyle({ large: options.large }),
    // Fitting here would make Cytoscape measure every element (labels included) before the first frame;
    // the viewport is set from the positions instead.
    layout: { name: 'preset', fit: false },
    minZoom: 0.03,
    maxZoom: 5,
    boxSelectionEnabled: true,
    selectionType: options.selectionType,
    motionBlur: false,
    hideEdgesOnViewport: options.optimiseViewport,
    textureOnViewport: options.optimiseViewport,
    pixelRatio: options.large ? 1 : 'auto',
  });
  // Tests and the benchmark reach the instance through its container.
  (container as CyContainer).__cy = cy;
  return cy;
}

/** A large graph is placed by the radial tree before Cytoscape sees it: nothing is measured or moved twice. */
export function withRadialPositions(set: ElementSet, root: string | null): ElementSet {
  const edges = set.edges.map((e) => [e.data.source, e.data.target] as const);
  const positions = radialLayout(set.nodes.map((n) => n.data.id), edges, root, { ringGap: 90, spacing: 26 });
  return { nodes: set.nodes.map((n) => ({ ...n, position: positions.get(n.data.id) ?? { x: 0, y: 0 } })), edges: set.edges };
}

/** The viewport that shows every position with a margin: plain geometry, no element measuring. */
export function fitPositions(cy: Core, positions: Iterable<Point>, margin = 40): void {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of positions) {
    [minX, minY, maxX, maxY] = [Math.min(minX, p.x), Math.min(minY, p.y), Math.max(maxX, p.x), Math.max(maxY, p.y)];
  }
  if (!Number.isFinite(minX)) return;
  const width = Math.max(1, cy.width() - 2 * margin);
  const height = Math.max(1, cy.height() - 2 * margin);
  const zoom = Math.min(MAX_FIT_ZOOM, width / Math.max(1, maxX - minX), height / Math.max(1, maxY - minY));
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - zoom * ((minX + maxX) / 2), y: cy.height() / 2 - zoom * ((minY + maxY) / 2) } });
}

/**
 * Where a node added to a canvas first appears: where it was before (filtered out and back), else on a
 * ring around a neighbour already drawn (the node that was expanded), else on a spiral.
 */
export function entryPositions(cy: Core, set: ElementSet, remembered: ReadonlyMap<string, Point>): Map<string, Point> {
  const anchorOf = new Map<string, string>();
  for (const e of set.edges) {
    const [s, t] = [e.data.source, e.data.target];
    if (cy.getElementById(s).nonempty() && !anchorOf.has(t)) anchorOf.set(t, s);
    if (cy.getElementById(t).nonempty() && !anchorOf.has(s)) anchorOf.set(s, t);
  }
  const around = new Map<string, string[]>();
  const positions = new Map<string, Point>();
  set.nodes.forEach((n, i) => {
    const id = n.data.id;
    const known = remembered.get(id);
    const anchor = anchorOf.get(id);
    if (known) positions.set(id, known);
    else if (anchor) around.set(anchor, [...(around.get(anchor) ?? []), id]);
    else positions.set(id, spiralPosition(cy.nodes().length + i, 40));
  });
  for (const [anchor, ids] of around) {
    const centre = cy.getElementById(anchor).position();
    const radius = 90 + ids.length * 5;
    ids.forEach((id, i) => {
      const angle = (2 * Math.PI * i) / ids.length;
      positions.set(id, { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
    });
  }
  return positions;
}

const LABEL_RANK: Record<Label, number> = { City: 9, Industry: 8, Plan: 7, Department: 6, Enterprise: 5, Platform: 5, Region: 4, Instrument: 4, Task: 3, Section: 2, Target: 1 };
const MARKED = ['centre', 'concept', 'path', 'pinned', 'aggregate'];

function labelPriority(node: NodeSingular): number {
  const marked = node.selected() || MARKED.some((c) => node.hasClass(c));
  return (marked ? 10_000 : 0) + LABEL_RANK[(node.data() as NodeData).label] * 100 + Math.min(99, node.degree(false));
}

/**
 * Draws only the captions that collide with no more important one (`all`: every caption). Boxes are
 * node and caption together, in model coordinates, so the choice holds at every zoom. Large graphs
 * caption only the nodes in view once zoomed in: measuring 2,000 labels would cost more than the draw.
 */
export function placeCaptions(cy: Core, options: { mode: 'auto' | 'all'; large: boolean }): number {
  let candidates = cy.nodes(':visible');
  if (options.large) {
    const extent = cy.extent();
    const inView = cy.zoom() >= 0.9 ? candidates.filter((n) => {
      const p = n.position();
      return p.x >= extent.x1 && p.x <= extent.x2 && p.y >= extent.y1 && p.y <= extent.y2;
    }) : cy.collection();
    cy.nodes('.captioned').difference(inView).removeClass('captioned');
    inView.addClass('captioned');
    candidates = inView;
  }
  cy.nodes('.nolabel').removeClass('nolabel');
  if (options.mode === 'all') return candidates.length;
  const boxes: LabelCandidate[] = candidates.map((n) => ({ id: n.id(), box: n.boundingBox({ includeLabels: true, includeOverlays: false }), priority: labelPriority(n) }));
  const shown = placeLabels(boxes);
  candidates.filter((n) => !shown.has(n.id())).addClass('nolabel');
  return shown.size;
}
