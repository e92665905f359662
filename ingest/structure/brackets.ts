/** Balanced bracket groups in Chinese text, where （市、区） may nest inside （…）. */

// Opening code unit → its closing code unit: （） () 〔〕 [] 【】 ［］ “” 《》.
const CLOSE_OF = new Map<number, number>([
  [0xff08, 0xff09],
  [0x28, 0x29],
  [0x3014, 0x3015],
  [0x5b, 0x5d],
  [0x3010, 0x3011],
  [0xff3b, 0xff3d],
  [0x201c, 0x201d],
  [0x300a, 0x300b],
]);

export interface BracketGroup {
  open: string;
  /** Offsets of the opening and (exclusive) closing bracket within the scanned text. */
  start: number;
  end: number;
  inner: string;
}

/** Top-level bracket groups of `text` (quotes and 《》 included, so their contents are skipped). */
export function topLevelGroups(text: string): BracketGroup[] {
  const groups: BracketGroup[] = [];
  const closers: number[] = [];
  const starts: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (closers.length > 0 && code === closers[closers.length - 1]) {
      closers.pop();
      const start = starts.pop() as number;
      if (closers.length === 0) groups.push({ open: text[start] as string, start, end: i + 1, inner: text.slice(start + 1, i) });
      continue;
    }
    const close = CLOSE_OF.get(code);
    if (close !== undefined) {
      closers.push(close);
      starts.push(i);
    }
  }
  return groups;
}

/** Bracket depth at each position: 0 outside any bracket or quote. */
export function depthMap(text: string): Uint8Array {
  const depth = new Uint8Array(text.length);
  const closers: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (closers.length > 0 && code === closers[closers.length - 1]) {
      depth[i] = closers.length;
      closers.pop();
      continue;
    }
    const close = CLOSE_OF.get(code);
    if (close !== undefined) closers.push(close);
    depth[i] = Math.min(closers.length, 255);
  }
  return depth;
}

/** Splits `text` at top-level occurrences of any separator character; pieces keep their offsets. */
export function splitTopLevel(text: string, separators: string): { text: string; start: number; end: number }[] {
  const depth = depthMap(text);
  const pieces: { text: string; start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i === text.length || (depth[i] === 0 && separators.includes(text[i] as string))) {
      pieces.push({ text: text.slice(start, i), start, end: i });
      start = i + 1;
    }
  }
  return pieces;
}
