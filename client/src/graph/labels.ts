/**
 * Which captions to draw so that none collides with another — what VOSviewer does: the most important
 * labels first, each kept only where it meets no label kept before. A candidate's box is its node and
 * caption together, so a kept caption never covers another captioned node either. Pure, unit-tested;
 * a uniform grid keeps it near linear.
 */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelCandidate {
  id: string;
  box: Box;
  /** Higher first: the centre, the path, cities and concepts before tasks. */
  priority: number;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** The ids whose captions to draw. */
export function placeLabels(candidates: readonly LabelCandidate[], cellSize = 80): Set<string> {
  const grid = new Map<string, Box[]>();
  const cellsOf = (box: Box): string[] => {
    const keys: string[] = [];
    for (let x = Math.floor(box.x1 / cellSize); x <= Math.floor(box.x2 / cellSize); x += 1) {
      for (let y = Math.floor(box.y1 / cellSize); y <= Math.floor(box.y2 / cellSize); y += 1) keys.push(`${x},${y}`);
    }
    return keys;
  };
  const kept = new Set<string>();
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
  for (const candidate of ordered) {
    const cells = cellsOf(candidate.box);
    if (cells.some((key) => grid.get(key)?.some((other) => overlaps(other, candidate.box)))) continue;
    kept.add(candidate.id);
    for (const key of cells) grid.set(key, [...(grid.get(key) ?? []), candidate.box]);
  }
  return kept;
}

/** Pairs of boxes that overlap (the measure of a cluttered picture). */
export function overlappingPairs(boxes: readonly Box[]): number {
  let pairs = 0;
  for (let i = 0; i < boxes.length; i += 1) for (let j = i + 1; j < boxes.length; j += 1) if (overlaps(boxes[i] as Box, boxes[j] as Box)) pairs += 1;
  return pairs;
}
