/**
 * A path read the way its relationships point. A path is found without regard to direction, so it is
 * turned to read forwards wherever it can (from the end most of its edges leave), and each step says
 * which way its edge really goes: 《某市…规划》 —提及→ 某企业, not the other way round. Pure.
 */
export interface StepEdge {
  source: string;
  target: string;
  type: string;
}

export interface PathStep {
  from: string;
  to: string;
  edge: string;
  type: string;
  /** The edge points from `from` to `to`. */
  forward: boolean;
}

export function pathSteps(path: { nodes: readonly string[]; edges: readonly string[] }, edges: ReadonlyMap<string, StepEdge>): { nodes: string[]; steps: PathStep[] } {
  const read = (nodes: readonly string[], edgeIds: readonly string[]): PathStep[] =>
    edgeIds.map((id, i) => {
      const edge = edges.get(id);
      const from = nodes[i] as string;
      return { from, to: nodes[i + 1] as string, edge: id, type: edge?.type ?? '', forward: edge?.source === from };
    });
  const asFound = read(path.nodes, path.edges);
  const reversed = read([...path.nodes].reverse(), [...path.edges].reverse());
  const forwards = (steps: PathStep[]) => steps.filter((s) => s.forward).length;
  return forwards(reversed) > forwards(asFound) ? { nodes: [...path.nodes].reverse(), steps: reversed } : { nodes: [...path.nodes], steps: asFound };
}
