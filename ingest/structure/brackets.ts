/** Balanced bracket groups in Chinese text, where （市、区） may nest inside （…）. */

const OPEN_TO_CLOSE: Record<string, string> = { '（': '）', '(': ')', '〔': '〕', '[': ']', '【': '】', '［': '］', '“': '”', '《': '》' };

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
  const stack: { close: string; start: number }[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    const top = stack[stack.length - 1];
    if (top && ch === top.close) {
      stack.pop();
      if (stack.length === 0) groups.push({ open: text[top.start] as string, start: top.start, end: i + 1, inner: text.slice(top.start + 1, i) });
      continue;
    }
    const close = OPEN_TO_CLOSE[ch];
    if (close) stack.push({ close, start: i });
  }
  return groups;
}

/** Bracket depth at each position: 0 outside any bracket or quote. */
export function depthMap(text: string): Uint8Array {
  const depth = new Uint8Array(text.length);
  const stack: string[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    if (stack.length > 0 && ch === stack[stack.length - 1]) {
      depth[i] = stack.length;
      stack.pop();
      continue;
    }
    const close = OPEN_TO_CLOSE[ch];
    if (close) {
      stack.push(close);
      depth[i] = stack.length;
      continue;
    }
    depth[i] = stack.length;
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
