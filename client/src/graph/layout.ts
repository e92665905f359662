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

export function radialLayout(ids: readonly string[], edges: readonly (readonly [string, string])[], root?: string | null, options: RadialOptions = {}): Map<string, Point> {
  const ringGap = options.ringGap ?? 110;
  const spacing = options.spacing ?? 34;
  const componentGap = options.componentGap ?? 80;
  const neighbours = new Map<string, string[]>();
  for (const id of ids) neighbours.set(id, []);
  for (const [s, t] of edges) {
    if (s === t || !neighbours.has(s) || !neighbours.has(t)) continue;
    neighbours.get(s)!.push(t);
    neighbours.get(t)!.push(s);
  }
  const degree = (id: string) => neighbours.get(id)?.length ?? 0;
  const seen = new Set<string>();
  const components: { positions: Map<string, Point>; radius: number }[] = [];
  const starts = [...(root && neighbours.has(root) ? [root] : []), ...[...ids].sort((a, b) => degree(b) - degree(a))];

  for (const start of starts) {
    if (seen.has(start)) continue;
    // Breadth-first spanning tree.
    const order: string[] = [start];
    const parent = new Map<string, string | null>([[start, null]]);
    const depth = new Map<string, number>([[start, 0]]);
    const children = new Map<string, string[]>();
    seen.add(start);
    for (let i = 0; i < order.length; i += 1) {
      const id = order[i] as string;
      const kids: string[] = [];
      for (const next of neighbours.get(id) ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        parent.set(next, id);
        depth.set(next, (depth.get(id) ?? 0) + 1);
        kids.push(next);
        order.push(next);
      }
      children.set(id, kids);
    }
    // Leaves below each node (post-order = reverse BFS order).
    const leaves = new Map<string, number>();
    for (let i = order.length - 1; i >= 0; i -= 1) {
      const id = order[i] as string;
      const kids = children.get(id) ?? [];
      leaves.set(id, kids.length === 0 ? 1 : kids.reduce((s, k) => s + (leaves.get(k) ?? 1), 0));
    }
    // Balloon tree: a node's leaf children are packed around it in a sunflower disc (area-efficient:
    // radius grows with √leaves); its branch children sit on a ring outside that disc, each given an
    // angle in proportion to the room its own subtree needs.
    const fanOf = (id: string, kids: number) => (id === start ? 2 * Math.PI : kids === 1 ? Math.PI / 3 : 1.6 * Math.PI);
    const step = spacing * 0.62;
    const discOf = (leafCount: number) => (leafCount === 0 ? 0 : step * Math.sqrt(leafCount + 1) + spacing / 2);
    const isLeaf = (id: string) => (children.get(id) ?? []).length === 0;
    const room = new Map<string, number>();
    const rings = new Map<string, { radius: number; kids: string[] }[]>();
    const roomOf = (id: string) => room.get(id) ?? spacing / 2;
    for (let i = order.length - 1; i >= 0; i -= 1) {
      const id = order[i] as string;
      const kids = children.get(id) ?? [];
      const disc = discOf(kids.filter(isLeaf).length);
      const branches = kids.filter((k) => !isLeaf(k)).sort((a, b) => roomOf(b) - roomOf(a));
      if (branches.length === 0) {
        room.set(id, Math.max(spacing / 2, disc));
        continue;
      }
      // Branches fill concentric rings outwards (biggest first), so many small subtrees stay compact.
      const fan = fanOf(id, branches.length);
      const placed: { radius: number; kids: string[] }[] = [];
      let current = { radius: Math.max(ringGap, disc + roomOf(branches[0] as string) + spacing / 2), kids: [] as string[] };
      let used = 0;
      let widest = 0;
      for (const kid of branches) {
        const need = 2 * roomOf(kid);
        if (current.kids.length > 0 && used + need > fan * current.radius) {
          placed.push(current);
          current = { radius: current.radius + widest + roomOf(kid) + spacing / 2, kids: [] };
          used = 0;
          widest = 0;
        }
        current.kids.push(kid);
        used += need;
        widest = Math.max(widest, roomOf(kid));
      }
      placed.push(current);
      rings.set(id, placed);
      room.set(id, current.radius + widest);
    }
    const golden = Math.PI * (3 - Math.sqrt(5));
    const positions = new Map<string, Point>([[start, { x: 0, y: 0 }]]);
    const heading = new Map<string, number>([[start, 0]]);
    for (const id of order) {
      const kids = children.get(id) ?? [];
      if (kids.length === 0) continue;
      const centre = positions.get(id) as Point;
      kids.filter(isLeaf).forEach((kid, i) => {
        const r = step * Math.sqrt(i + 1) + spacing / 2;
        const angle = (heading.get(id) ?? 0) + i * golden;
        positions.set(kid, { x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) });
      });
      for (const { radius, kids: onRing } of rings.get(id) ?? []) {
        const fan = fanOf(id, onRing.length);
        const total = onRing.reduce((sum, k) => sum + 2 * roomOf(k), 0);
        let at = (heading.get(id) ?? 0) - fan / 2;
        for (const kid of onRing) {
          const span = (fan * 2 * roomOf(kid)) / Math.max(1, total);
          const angle = at + span / 2;
          positions.set(kid, { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
          heading.set(kid, angle);
          at += span;
        }
      }
    }
    const extent = Math.max(spacing, ...[...positions.values()].map((p) => Math.hypot(p.x, p.y))) + spacing;
    components.push({ positions, radius: extent });
  }

  // Pack: the first (largest / rooted) component on the left, the rest in rows beside it.
  const result = new Map<string, Point>();
  const [main, ...rest] = components;
  if (!main) return result;
  for (const [id, p] of main.positions) result.set(id, p);
  let x = main.radius + componentGap;
  let y = -main.radius;
  let rowHeight = 0;
  const rowLimit = main.radius * 2 + componentGap;
  for (const component of rest.sort((a, b) => b.radius - a.radius)) {
    const size = component.radius * 2;
    if (x + size > main.radius + componentGap + rowLimit && rowHeight > 0) {
      x = main.radius + componentGap;
      y += rowHeight + componentGap;
      rowHeight = 0;
    }
    const cx = x + component.radius;
    const cy = y + component.radius;
    for (const [id, p] of component.positions) result.set(id, { x: p.x + cx, y: p.y + cy });
    x += size + componentGap;
    rowHeight = Math.max(rowHeight, size);
  }
  return result;
}

/** The i-th point of a golden-angle spiral: evenly spread, never on top of each other. */
export function spiralPosition(i: number, step = 30): Point {
  const golden = Math.PI * (3 - Math.sqrt(5));
  const r = step * Math.sqrt(i);
  return { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden) };
}
