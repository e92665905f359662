/**
 * How the graph looks: a colour and a shape per label (Tableau 10, colour-blind friendly), exact vs
 * related wording as solid / dashed / dotted lines, selection, paths, fading, hidden captions. Pure:
 * the stylesheet is plain data.
 */
import type { StylesheetJson } from 'cytoscape';
import type { Label } from '../../../server/contract.ts';
import type { MatchKind, Role } from '../format.ts';
import type { LineStyle } from './shapes.ts';

export interface LabelStyle {
  color: string;
  shape: string;
  /** Base diameter. */
  size: number;
}

export const LABEL_STYLES: Record<Label, LabelStyle> = {
  City: { color: '#e15759', shape: 'star', size: 46 },
  Region: { color: '#f28e2b', shape: 'hexagon', size: 30 },
  Plan: { color: '#4e79a7', shape: 'round-rectangle', size: 36 },
  Section: { color: '#bab0ac', shape: 'rectangle', size: 20 },
  Task: { color: '#76b7b2', shape: 'round-tag', size: 22 },
  Department: { color: '#59a14f', shape: 'diamond', size: 30 },
  Industry: { color: '#edc948', shape: 'ellipse', size: 30 },
  Enterprise: { color: '#b07aa1', shape: 'round-pentagon', size: 26 },
  Platform: { color: '#ff9da7', shape: 'barrel', size: 26 },
  Target: { color: '#9c755f', shape: 'vee', size: 20 },
  Instrument: { color: '#79706e', shape: 'octagon', size: 26 },
};

/** Exact wording solid, synonyms dashed, narrower industries dotted — all amber; related concepts dash-dot in teal, another kind of link. */
export const MATCH_LINE: Record<MatchKind, LineStyle> = { exact: 'solid', synonym: 'dashed', narrower: 'dotted', related: 'dash-dot' };
export const MATCH_COLOUR: Record<MatchKind, string> = { exact: '#b45309', synonym: '#b45309', narrower: '#d97706', related: '#0d9488' };

/** Each role's colour, on the canvas as in the tables (base.css --role-*). */
export const ROLE_COLOURS: Record<Role, string> = { lead: '#3f7d3a', responsible: '#4e79a7', cooperating: '#8b5cf6', joint: '#f28e2b', implicit: '#a8a29e' };

export const FONT_FAMILY = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';

export interface GraphStyleOptions {
  /** Large graphs: straight "haystack" edges without arrows, smaller fonts, captions only when zoomed in. */
  large?: boolean;
}

type NodeData = { data(key: string): unknown };
const byLabel = <K extends keyof LabelStyle>(key: K, fallback: LabelStyle[K]) => ((node: NodeData) => LABEL_STYLES[node.data('label') as Label]?.[key] ?? fallback) as unknown as string;

function captionStyle(large: boolean) {
  return {
    label: 'data(caption)',
    'font-size': large ? 9 : 11,
    'font-family': FONT_FAMILY,
    color: '#1f2937',
    'text-valign': 'bottom' as const,
    'text-halign': 'center' as const,
    'text-margin-y': 3,
    'text-outline-color': '#ffffff',
    'text-outline-width': 2,
    'text-outline-opacity': 0.9,
    // Captions are drawn only once they would be readable: above a zoom level.
    'min-zoomed-font-size': large ? 8 : 6,
  };
}

function edgeStyle(large: boolean) {
  if (large) return { width: 0.8, 'line-color': '#d3d9e1', 'curve-style': 'haystack', 'haystack-radius': 0 };
  return {
    width: 1.4,
    'line-color': '#b6c0cc',
    'curve-style': 'bezier',
    'target-arrow-shape': 'triangle',
    'target-arrow-color': '#b6c0cc',
    'arrow-scale': 0.8,
    'font-size': 9,
    'font-family': FONT_FAMILY,
    color: '#475569',
    'text-rotation': 'autorotate',
    'text-outline-color': '#ffffff',
    'text-outline-width': 2,
    // Edge captions only once zoomed in: at the overview zoom they would cover the node captions.
    'min-zoomed-font-size': 11,
  };
}

/** The Cytoscape stylesheet. */
export function graphStyle(options: GraphStyleOptions = {}): StylesheetJson {
  const large = options.large ?? false;
  // Large graphs: captions only on the captioned few, since every property set on 2,000 nodes is
  // parsed and applied 2,000 times before the first frame.
  const caption = captionStyle(large);
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        ...(large ? { label: '' } : { ...caption, 'text-max-width': '120px', 'text-wrap': 'ellipsis' as const }),
        // Borders cost a stroke per node: large graphs go without.
        'border-width': large ? 0 : 1,
        'border-color': '#ffffff',
        'background-opacity': 1,
        // One rule with per-element values: ten [label = …] selectors cost a match each for every node.
        'background-color': byLabel('color', '#9ca3af'),
        shape: byLabel('shape', 'ellipse') as 'ellipse',
      },
    },
    { selector: 'node.concept', style: { 'border-width': 4, 'border-color': '#b45309', 'font-size': 15, 'font-weight': 'bold', 'z-index': 20 } },
    { selector: 'node.narrower', style: { 'border-width': 2, 'border-style': 'dashed', 'border-color': '#b45309' } },
    { selector: 'node.centre', style: { 'border-width': 4, 'border-color': '#111827', 'font-weight': 'bold', 'z-index': 20 } },
    { selector: 'node.aggregate', style: { 'background-opacity': 0.55, 'border-width': 2, 'border-style': 'double', 'border-color': '#475569', 'font-weight': 'bold' } },
    { selector: 'node.pinned', style: { 'border-width': 3, 'border-style': 'dashed', 'border-color': '#111827' } },
    ...(large ? [{ selector: 'node.captioned, node.centre, node:selected, node.path', style: caption }] : []),
    { selector: 'edge', style: edgeStyle(large) as never },
    { selector: 'edge.aggregate', style: { width: 'data(weight)', 'line-color': '#94a3b8', 'target-arrow-color': '#94a3b8', label: 'data(caption)' } as never },
    { selector: 'edge.match', style: { width: 2.6, 'line-color': '#b45309', 'target-arrow-color': '#b45309', label: 'data(caption)' } },
    { selector: 'edge.match-synonym', style: { 'line-style': 'dashed', 'line-dash-pattern': [8, 4] } },
    { selector: 'edge.match-narrower', style: { 'line-style': 'dotted', 'line-color': '#d97706', 'target-arrow-color': '#d97706' } },
    { selector: 'edge.broader', style: { 'line-style': 'dotted', width: 1.6, 'line-color': '#d97706', 'target-arrow-color': '#d97706' } },
    { selector: 'node.related', style: { 'border-width': 2, 'border-style': 'dashed', 'border-color': MATCH_COLOUR.related } },
    { selector: 'edge.match-related', style: { 'line-style': 'dashed', 'line-dash-pattern': [9, 3, 2, 3], 'line-color': MATCH_COLOUR.related, 'target-arrow-color': MATCH_COLOUR.related } },
    { selector: 'edge.relation', style: { 'line-style': 'dashed', 'line-dash-pattern': [9, 3, 2, 3], width: 1.6, 'line-color': MATCH_COLOUR.related, 'target-arrow-shape': 'none', label: 'data(caption)', color: MATCH_COLOUR.related } },
    { selector: 'edge.role-lead', style: { width: 2.4, 'line-color': ROLE_COLOURS.lead, 'target-arrow-color': ROLE_COLOURS.lead } },
    { selector: 'edge.role-cooperating', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 3], 'line-color': ROLE_COLOURS.cooperating, 'target-arrow-color': ROLE_COLOURS.cooperating } },
    { selector: 'edge.role-joint', style: { width: 2, 'line-color': ROLE_COLOURS.joint, 'target-arrow-color': ROLE_COLOURS.joint } },
    { selector: 'edge.role-implicit', style: { 'line-style': 'dotted', 'line-color': ROLE_COLOURS.implicit, 'target-arrow-color': ROLE_COLOURS.implicit } },
    { selector: 'edge:selected', style: { width: 3.5, 'line-color': '#2563eb', 'target-arrow-color': '#2563eb', label: 'data(caption)', 'z-index': 30 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#2563eb', 'z-index': 30 } },
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: 'node.path', style: { 'border-width': 5, 'border-color': '#dc2626', opacity: 1, 'z-index': 40 } },
    { selector: 'edge.path', style: { width: 4, 'line-color': '#dc2626', 'target-arrow-color': '#dc2626', opacity: 1, label: 'data(caption)', 'z-index': 40 } },
    // A caption that would collide with a more important one is left out (shown again when selected).
    { selector: 'node.nolabel', style: { label: '' } },
    { selector: 'node.nolabel:selected, node.nolabel.path', style: { label: 'data(caption)' } },
    { selector: '.hidden', style: { display: 'none' } },
  ];
}
