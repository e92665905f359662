/**
 * A fast radial (“balloon”) tree layout for large graphs: force layouts need minutes for 2,000 nodes
 * on a laptop CPU. Each connected component is laid out around its hub: a breadth-first spanning tree,
 * leaves packed in a sunflower disc around their parent, branches on a ring outside it, each given room
 * in proportion to its own subtree.
 * Components are then packed in rows. O(nodes + edges); pure, unit-tested.
 */
export interface Point {
  x: number;
  y: number;
}

export interface RadialOptions {
  /** Distance between rings. */
  ringGap?: number;
  /** Minimum arc length between neighbours on a ring. */
  spacing?: number;
  /** Gap between packed components. */
  componentGap?: number;
}

interface Tree {
  start: string;
  /** Breadth-first order: parents before children. */
  order: string[];
  children: Map<string, string[]>;
}

interface Component {
  positions: Map<string, Point>;
  radius: number;
}

function adjacency(ids: readonly string[], edges: readonly (readonly [string, string])[]): Map<string, string[]> {
  const neighbours = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const [s, t] of edges) {
    if (s === t || !neighbours.has(s) || !neighbours.has(t)) continue;
    neighbours.get(s)!.push(t);
    neighbours.get(t)!.push(s);
  }
  return neighbours;
}

/** The breadth-first spanning tree of `start`'s component; marks its nodes seen. */
function spanningTree(start: string, neighbours: Map<string, string[]>, seen: Set<string>): Tree {
  const order = [start];
  const children = new Map<string, string[]>();
  seen.add(start);
  for (let i = 0; i < order.length; i += 1) {
    const id = order[i] as string;
    const kids = (neighbours.get(id) ?? []).filter((next) => !seen.has(next) && Boolean(seen.add(next)));
    order.push(...kids);
    children.set(id, kids);
  }
  return { start, order, children };
}

type Ring = { radius: number; kids: string[] };

/**
 * Balloon tree: a node's leaf children are packed around it in a sunflower disc (area-efficient:
 * radius grows with √leaves); its branch children sit on rings outside that disc, biggest first, each
 * given an angle in proportion to the room its own subtree needs.
 */
class Balloon {
  private readonly step: number;
  readonly room = new Map<string, number>();
  readonly rings = new Map<string, Ring[]>();

  constructor(
    private readonly tree: Tree,
    private readonly ringGap: number,
    private readonly spacing: number,
  ) {
    this.step = spacing * 0.62;
    for (let i = tree.order.length - 1; i >= 0; i -= 1) this.measure(tree.order[i] as string);
  }

  fan(id: string, kids: number): number {
    return id === this.tree.start ? 2 * Math.PI : kids === 1 ? Math.PI / 3 : 1.6 * Math.PI;
  }

  kids(id: string): string[] {
    return this.tree.children.get(id) ?? [];
  }

  isLeaf(id: string): boolean {
    return this.kids(id).length === 0;
  }

  roomOf(id: string): number {
    return this.room.get(id) ?? this.spacing / 2;
  }

  leafRadius(i: number): number {
    return this.step * Math.sqrt(i + 1) + this.spacing / 2;
  }

  /** The room a node's subtree needs, its children measured first (reverse breadth-first order). */
  private measure(id: string): void {
    const leaves = this.kids(id).filter((k) => this.isLeaf(k)).length;
    const disc = leaves === 0 ? 0 : this.step * Math.sqrt(leaves + 1) + this.spacing / 2;
    const branches = this.kids(id).filter((k) => !this.isLeaf(k)).sort((a, b) => this.roomOf(b) - this.roomOf(a));
    if (branches.length === 0) {
      this.room.set(id, Math.max(this.spacing / 2, disc));
      return;
    }
    const fan = this.fan(id, branches.length);
    const placed: Ring[] = [];
    let current: Ring = { radius: Math.max(this.ringGap, disc + this.roomOf(branches[0] as string) + this.spacing / 2), kids: [] };
    let [used, widest] = [0, 0];
    for (const kid of branches) {
      const need = 2 * this.roomOf(kid);
      if (current.kids.length > 0 && used + need > fan * current.radius) {
        placed.push(current);
        current = { radius: current.radius + widest + this.roomOf(kid) + this.spacing / 2, kids: [] };
        [used, widest] = [0, 0];
      }
      current.kids.push(kid);
      used += need;
      widest = Math.max(widest, this.roomOf(kid));
    }
    placed.push(current);
    this.rings.set(id, placed);
    this.room.set(id, current.radius + widest);
  }
}

const GOLDEN = Math.PI * (3 - Math.sqrt(5));

function placeBalloon(tree: Tree, balloon: Balloon, spacing: number): Component {
  const positions = new Map<string, Point>([[tree.start, { x: 0, y: 0 }]]);
  const heading = new Map<string, number>([[tree.start, 0]]);
  for (const id of tree.order) {
    const centre = positions.get(id) as Point;
    const facing = heading.get(id) ?? 0;
    balloon.kids(id).filter((k) => balloon.isLeaf(k)).forEach((kid, i) => {
      const [r, angle] = [balloon.leafRadius(i), facing + i * GOLDEN];
      positions.set(kid, { x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) });
    });
    for (const { radius, kids } of balloon.rings.get(id) ?? []) {
      const fan = balloon.fan(id, kids.length);
      const total = kids.reduce((sum, k) => sum + 2 * balloon.roomOf(k), 0);
      let at = facing - fan / 2;
      for (const kid of kids) {
        const span = (fan * 2 * balloon.roomOf(kid)) / Math.max(1, total);
        const angle = at + span / 2;
        positions.set(kid, { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
        heading.set(kid, angle);
        at += span;
      }
    }
  }
  const extent = Math.max(spacing, ...[...positions.values()].map((p) => Math.hypot(p.x, p.y))) + spacing;
  return { positions, radius: extent };
}

/** The first (largest, rooted) component on the left, the rest in rows beside it. */
function packComponents(components: Component[], componentGap: number): Map<string, Point> {
  const result = new Map<string, Point>();
  const [main, ...rest] = components;
  if (!main) return result;
  for (const [id, p] of main.positions) result.set(id, p);
  let [x, y, rowHeight] = [main.radius + componentGap, -main.radius, 0];
  const rowLimit = main.radius * 2 + componentGap;
  for (const component of rest.sort((a, b) => b.radius - a.radius)) {
    const size = component.radius * 2;
    if (x + size > main.radius + componentGap + rowLimit && rowHeight > 0) [x, y, rowHeight] = [main.radius + componentGap, y + rowHeight + componentGap, 0];
    const [cx, cy] = [x + component.radius, y + component.radius];
    for (const [id, p] of component.positions) result.set(id, { x: p.x + cx, y: p.y + cy });
    x += size + componentGap;
    rowHeight = Math.max(rowHeight, size);
  }
  return result;
}

export function radialLayout(ids: readonly string[], edges: readonly (readonly [string, string])[], root?: string | null, options: RadialOptions = {}): Map<string, Point> {
  const ringGap = options.ringGap ?? 110;
  const spacing = options.spacing ?? 34;
  const neighbours = adjacency(ids, edges);
  const degree = (id: string) => neighbours.get(id)?.length ?? 0;
  const seen = new Set<string>();
  const components: Component[] = [];
  // Each component grows from its hub (the root's own first).
  const starts = [...(root && neighbours.has(root) ? [root] : []), ...[...ids].sort((a, b) => degree(b) - degree(a))];
  for (const start of starts) {
    if (seen.has(start)) continue;
    const tree = spanningTree(start, neighbours, seen);
    components.push(placeBalloon(tree, new Balloon(tree, ringGap, spacing), spacing));
  }
  return packComponents(components, options.componentGap ?? 80);
}

/** The i-th point of a golden-angle spiral: evenly spread, never on top of each other. */
export function spiralPosition(i: number, step = 30): Point {
  const golden = Math.PI * (3 - Math.sqrt(5));
  const r = step * Math.sqrt(i);
  return { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden) };
}
