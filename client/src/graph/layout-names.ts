/** The layouts a graph view offers, by name (kept apart so a URL codec can name them without loading them). */
export type Layout = 'fcose' | 'radial' | 'concentric' | 'breadthfirst';
export const LAYOUTS: readonly Layout[] = ['fcose', 'radial', 'concentric', 'breadthfirst'];
export const LAYOUT_NAMES: Record<Layout, string> = { fcose: '力导向（fCoSE）', radial: '径向树（快速）', concentric: '同心圆', breadthfirst: '层次（广度优先）' };
