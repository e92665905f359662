/**
 * The explorer's large canvases for the client benchmark, chosen from the data (no names written in
 * code): the hub whose two-step neighbourhood is largest, drawn whole (`agg=none`) at 2,000 nodes —
 * the canvas the old in-app “大图压力测试” drew — and canvases of growing size for measuring how many
 * captions fit without colliding.
 */
import type { GraphStore } from '../graph/store.ts';

export const LARGE_CANVAS_NODES = 2000;
/** Canvas sizes for the caption measurement: around where a picture stops naming its nodes. */
export const DENSITY_SIZES = [50, 100, 150, 200, 300, 450, 600];

const explore = (query: Record<string, string | number>) => `/explore?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString()}`;

/** The candidates: cities and the broadest concepts, most connected first. */
async function hubs(store: GraphStore, count: number): Promise<string[]> {
  const candidates = await store.findNodes({ labels: ['City', 'Industry'] });
  const degrees = await Promise.all(candidates.map(async (n) => [n.id, (await store.findEdges({ to: [n.id] })).length] as const));
  return degrees.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, count).map(([id]) => id);
}

/** The two-step neighbourhood of the hub that reaches most nodes, capped at `nodes`. */
export async function largeCanvasHref(store: GraphStore, nodes = LARGE_CANVAS_NODES): Promise<{ href: string; hub: string; nodes: number }> {
  let best = { hub: '', nodes: 0 };
  for (const hub of await hubs(store, 5)) {
    const size = (await store.neighborhood(hub, { depth: 2, limit: nodes })).nodes.length;
    if (size > best.nodes) best = { hub, nodes: size };
    if (size >= nodes) break;
  }
  return { href: explore({ id: best.hub, depth: 2, limit: nodes, agg: 'none' }), ...best };
}

/** Canvases of the sizes in DENSITY_SIZES around the same hub, drawn whole. */
export async function densityHrefs(store: GraphStore): Promise<{ size: number; href: string }[]> {
  const [hub] = await hubs(store, 1);
  return DENSITY_SIZES.map((size) => ({ size, href: explore({ id: hub as string, depth: 2, limit: size, agg: 'none' }) }));
}
