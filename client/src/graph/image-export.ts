/**
 * The graph as a picture to keep: PNG (Cytoscape's own raster) or SVG (cytoscape-svg), each framed
 * with the view's title above and its legend below, laid out once and drawn by either renderer. Text
 * is drawn as text (canvas fillText, SVG textContent), never parsed as markup.
 */
import type { Core } from 'cytoscape';
import type { LegendEntry, LineEntry } from './Legend.tsx';
import { dashOf, shapePath } from './shapes.ts';
import { FONT_FAMILY, LABEL_STYLES } from './style.ts';

export interface PictureFrame {
  title: string;
  subtitle: string;
  legend: LegendEntry[];
  lines: LineEntry[];
}

const PAD = 16;
const TITLE = 22;
const SUBTITLE = 13;
const ROW = 22;
const HEADER = PAD + TITLE + 6 + SUBTITLE + PAD;

type Item = { kind: 'shape'; entry: LegendEntry; text: string } | { kind: 'line'; entry: LineEntry; text: string };
interface Placed {
  item: Item;
  x: number;
  y: number;
}

function legendItems(frame: PictureFrame): Item[] {
  return [
    ...frame.legend.map((entry): Item => ({ kind: 'shape', entry, text: `${entry.name} ${entry.count}` })),
    ...frame.lines.map((entry): Item => ({ kind: 'line', entry, text: entry.name })),
  ];
}

/** Legend items in rows under the graph, wrapped at `width`; returns the items placed and the legend's height. */
export function layoutLegend(items: Item[], width: number, measure: (text: string) => number): { placed: Placed[]; height: number } {
  const placed: Placed[] = [];
  let [x, y] = [PAD, PAD];
  for (const item of items) {
    const w = (item.kind === 'shape' ? 14 : 28) + 6 + measure(item.text) + 18;
    if (x + w > width - PAD && x > PAD) [x, y] = [PAD, y + ROW];
    placed.push({ item, x, y });
    x += w;
  }
  return { placed, height: items.length === 0 ? 0 : y + ROW + PAD / 2 };
}

function measurer(): { measure: (text: string) => number; font: (size: number, bold?: boolean) => string } {
  const context = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
  const font = (size: number, bold = false) => `${bold ? 'bold ' : ''}${size}px ${FONT_FAMILY}`;
  context.font = font(12);
  return { measure: (text) => context.measureText(text).width, font };
}

export async function graphPng(cy: Core, frame: PictureFrame): Promise<Blob> {
  const scale = cy.nodes().length >= 500 ? 1 : 2;
  const graph = await createImageBitmap(await cy.png({ output: 'blob-promise', full: true, bg: '#ffffff', scale, maxWidth: 4096, maxHeight: 4096 }));
  const { measure, font } = measurer();
  const width = Math.max(graph.width, 640);
  const legend = layoutLegend(legendItems(frame), width / scale, measure);
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [width, graph.height + (HEADER + legend.height) * scale];
  const g = canvas.getContext('2d') as CanvasRenderingContext2D;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.scale(scale, scale);
  g.fillStyle = '#0f172a';
  g.font = font(TITLE, true);
  g.fillText(frame.title, PAD, PAD + TITLE);
  g.fillStyle = '#64748b';
  g.font = font(SUBTITLE);
  g.fillText(frame.subtitle, PAD, PAD + TITLE + 6 + SUBTITLE);
  g.setTransform(1, 0, 0, 1, 0, 0);
  g.drawImage(graph, 0, HEADER * scale);
  g.setTransform(scale, 0, 0, scale, 0, HEADER * scale + graph.height);
  g.font = font(12);
  for (const { item, x, y } of legend.placed) drawCanvasItem(g, item, x, y);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob gave nothing'))), 'image/png'));
}

function drawCanvasItem(g: CanvasRenderingContext2D, item: Item, x: number, y: number): void {
  if (item.kind === 'shape') {
    g.save();
    g.translate(x, y);
    g.fillStyle = LABEL_STYLES[item.entry.label].color;
    g.fill(new Path2D(shapePath(item.entry.label)));
    g.restore();
  } else {
    g.save();
    g.strokeStyle = item.entry.color;
    g.lineWidth = 2.4;
    g.setLineDash(dashOf(item.entry.style).split(' ').filter(Boolean).map(Number));
    g.beginPath();
    g.moveTo(x + 1, y + 7);
    g.lineTo(x + 27, y + 7);
    g.stroke();
    g.restore();
  }
  g.fillStyle = '#334155';
  g.fillText(item.text, x + (item.kind === 'shape' ? 14 : 28) + 6, y + 11);
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function svgNode(tag: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * cytoscape-svg draws through canvas2svg, which reports each caption's text outline as a console error
 * (“Attempted to apply path command to node text”) though the SVG it writes is right: that one message
 * is held back while it draws, every other one passes.
 */
function quietSvg(cy: Core): string {
  const report = console.error;
  console.error = (...args: unknown[]) => {
    if (args[0] !== 'Attempted to apply path command to node') report(...args);
  };
  try {
    return cy.svg({ full: true, bg: '#ffffff', scale: 1 });
  } finally {
    console.error = report;
  }
}

export function graphSvg(cy: Core, frame: PictureFrame): string {
  const inner = new DOMParser().parseFromString(quietSvg(cy), 'image/svg+xml').documentElement;
  const graphWidth = Number.parseFloat(inner.getAttribute('width') ?? '800');
  const graphHeight = Number.parseFloat(inner.getAttribute('height') ?? '600');
  const width = Math.max(graphWidth, 640);
  const { measure } = measurer();
  const legend = layoutLegend(legendItems(frame), width, measure);
  const height = HEADER + graphHeight + legend.height;
  const root = svgNode('svg', { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': FONT_FAMILY });
  root.append(
    svgNode('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }),
    svgNode('text', { x: PAD, y: PAD + TITLE, 'font-size': TITLE, 'font-weight': 'bold', fill: '#0f172a' }, frame.title),
    svgNode('text', { x: PAD, y: PAD + TITLE + 6 + SUBTITLE, 'font-size': SUBTITLE, fill: '#64748b' }, frame.subtitle),
  );
  const picture = document.importNode(inner, true) as unknown as SVGElement;
  picture.setAttribute('x', '0');
  picture.setAttribute('y', String(HEADER));
  root.append(picture);
  const legendGroup = svgNode('g', { transform: `translate(0 ${HEADER + graphHeight})`, 'font-size': 12, fill: '#334155' });
  for (const { item, x, y } of legend.placed) legendGroup.append(...svgItem(item, x, y));
  root.append(legendGroup);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
}

function svgItem(item: Item, x: number, y: number): SVGElement[] {
  const icon =
    item.kind === 'shape'
      ? svgNode('path', { d: shapePath(item.entry.label), fill: LABEL_STYLES[item.entry.label].color, transform: `translate(${x} ${y})` })
      : svgNode('line', { x1: x + 1, y1: y + 7, x2: x + 27, y2: y + 7, stroke: item.entry.color, 'stroke-width': 2.4, ...(dashOf(item.entry.style) ? { 'stroke-dasharray': dashOf(item.entry.style) } : {}) });
  return [icon, svgNode('text', { x: x + (item.kind === 'shape' ? 14 : 28) + 6, y: y + 11 }, item.text)];
}
