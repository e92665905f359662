/**
 * Ruled tables in a PDF page. Word and WPS draw every table border as a line or thin rectangle, so
 * the grid is recovered from the page's straight rules: rules that touch form one table; its
 * horizontal rules cut it into row bands, and in each band the vertical rules crossing it cut the
 * band into cells. A merged cell simply has no rule inside it, so it comes out as one cell, as in Word.
 * Coordinates are PDF user space (y grows upwards).
 */

export interface Rule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface CellBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Grid extends CellBox {
  rows: CellBox[][];
}

const TOUCH = 2;
const MIN_LENGTH = 4;
// Beyond this a page is a drawing (map, chart) rather than a document with tables; skip the search.
const MAX_RULES = 4000;

interface Line {
  at: number;
  from: number;
  to: number;
}

function split(rules: Rule[]): { horizontal: Line[]; vertical: Line[] } {
  const horizontal: Line[] = [];
  const vertical: Line[] = [];
  for (const r of rules) {
    const width = Math.abs(r.x2 - r.x1);
    const height = Math.abs(r.y2 - r.y1);
    if (height <= 1.5 && width >= MIN_LENGTH) horizontal.push({ at: (r.y1 + r.y2) / 2, from: Math.min(r.x1, r.x2), to: Math.max(r.x1, r.x2) });
    else if (width <= 1.5 && height >= MIN_LENGTH) vertical.push({ at: (r.x1 + r.x2) / 2, from: Math.min(r.y1, r.y2), to: Math.max(r.y1, r.y2) });
  }
  return { horizontal, vertical };
}

function touches(h: Line, v: Line): boolean {
  return v.at >= h.from - TOUCH && v.at <= h.to + TOUCH && h.at >= v.from - TOUCH && h.at <= v.to + TOUCH;
}

/** Groups rules into connected components (union-find over horizontal × vertical contacts). */
function components(horizontal: Line[], vertical: Line[]): { horizontal: Line[]; vertical: Line[] }[] {
  const parent = [...horizontal, ...vertical].map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] as number)));
  horizontal.forEach((h, i) =>
    vertical.forEach((v, j) => {
      if (touches(h, v)) parent[find(i)] = find(horizontal.length + j);
    }),
  );
  const groups = new Map<number, { horizontal: Line[]; vertical: Line[] }>();
  const group = (i: number) => {
    const root = find(i);
    const existing = groups.get(root);
    if (existing) return existing;
    const created = { horizontal: [] as Line[], vertical: [] as Line[] };
    groups.set(root, created);
    return created;
  };
  horizontal.forEach((h, i) => group(i).horizontal.push(h));
  vertical.forEach((v, j) => group(horizontal.length + j).vertical.push(v));
  return [...groups.values()].filter((g) => g.horizontal.length >= 2 && g.vertical.length >= 2);
}

/** Distinct positions, nearby ones (a double border, a thin rectangle's two edges) merged. */
function distinct(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) if (out.length === 0 || v - (out[out.length - 1] as number) > TOUCH) out.push(v);
  return out;
}

function gridOf(horizontal: Line[], vertical: Line[]): Grid | null {
  const ys = distinct(horizontal.map((h) => h.at)).reverse();
  const rows: CellBox[][] = [];
  for (let i = 0; i + 1 < ys.length; i += 1) {
    const top = ys[i] as number;
    const bottom = ys[i + 1] as number;
    const middle = (top + bottom) / 2;
    const xs = distinct(vertical.filter((v) => v.from <= middle && v.to >= middle).map((v) => v.at));
    const row: CellBox[] = [];
    for (let j = 0; j + 1 < xs.length; j += 1) row.push({ left: xs[j] as number, right: xs[j + 1] as number, top, bottom });
    if (row.length > 0) rows.push(row);
  }
  // A single box is a frame around text (or the page), not a table.
  if (rows.reduce((n, r) => n + r.length, 0) < 2) return null;
  const cells = rows.flat();
  return {
    rows,
    left: Math.min(...cells.map((c) => c.left)),
    right: Math.max(...cells.map((c) => c.right)),
    top: Math.max(...cells.map((c) => c.top)),
    bottom: Math.min(...cells.map((c) => c.bottom)),
  };
}

export function findGrids(rules: Rule[]): Grid[] {
  if (rules.length > MAX_RULES) return [];
  const { horizontal, vertical } = split(rules);
  return components(horizontal, vertical)
    .map((g) => gridOf(g.horizontal, g.vertical))
    .filter((g): g is Grid => g !== null)
    .sort((a, b) => b.top - a.top);
}

export function contains(box: CellBox, x: number, y: number): boolean {
  return x >= box.left && x <= box.right && y <= box.top && y >= box.bottom;
}
