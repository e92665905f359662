/**
 * Each label's node shape as an SVG path in a 14 × 14 box — one definition for the legend on screen,
 * in the SVG export, and (as a Path2D) in the PNG export.
 */
import type { Label } from '../../../server/contract.ts';
import { LABEL_STYLES } from './style.ts';

const SHAPE_PATHS: Record<string, string> = {
  ellipse: 'M13 7A6 6 0 1 1 1 7A6 6 0 1 1 13 7Z',
  star: 'M7 0.8L8.8 5L13.4 5.3L9.9 8.2L11 12.8L7 10.3L3 12.8L4.1 8.2L0.6 5.3L5.2 5Z',
  hexagon: 'M3.5 1.5L10.5 1.5L13.5 7L10.5 12.5L3.5 12.5L0.5 7Z',
  'round-rectangle': 'M4 3H10A3 3 0 0 1 13 6V8A3 3 0 0 1 10 11H4A3 3 0 0 1 1 8V6A3 3 0 0 1 4 3Z',
  rectangle: 'M2 2H12V12H2Z',
  'round-tag': 'M1 3L9 3L13 7L9 11L1 11Z',
  diamond: 'M7 0.5L13.5 7L7 13.5L0.5 7Z',
  'round-pentagon': 'M7 1L13 5.5L10.7 13L3.3 13L1 5.5Z',
  barrel: 'M5 2H9A4 4 0 0 1 13 6V8A4 4 0 0 1 9 12H5A4 4 0 0 1 1 8V6A4 4 0 0 1 5 2Z',
  vee: 'M1 2L7 6L13 2L7 13Z',
};

/** The SVG path of a label's shape, in a 14 × 14 box. */
export function shapePath(label: Label): string {
  return SHAPE_PATHS[LABEL_STYLES[label].shape] ?? (SHAPE_PATHS.ellipse as string);
}

export type LineStyle = 'solid' | 'dashed' | 'dotted' | 'dash-dot';

const DASHES: Record<LineStyle, string> = { solid: '', dashed: '5 3', dotted: '1.5 2.5', 'dash-dot': '6 2.5 1.5 2.5' };

/** The dash pattern of a line style in a 28 px legend sample. */
export function dashOf(style: LineStyle): string {
  return DASHES[style];
}
