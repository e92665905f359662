/**
 * A character trie that finds the longest dictionary term starting at each position. Extractors use
 * it for every lexicon lookup (industries, departments, regions, enterprises). Nodes are keyed by UTF-16
 * code unit, and scanning allocates only for the matches it returns.
 */

interface TrieNode<T> {
  /** Null on a leaf: most nodes of a large dictionary (the gazetteer's ~10,000 names) are leaves. */
  next: Map<number, TrieNode<T>> | null;
  value: T | undefined;
  term: string | undefined;
}

export interface TermMatch<T> {
  start: number;
  end: number;
  term: string;
  value: T;
}

const MAX_TERM_LENGTH = 64;

export class TermMatcher<T> {
  private readonly root: TrieNode<T> = { next: null, value: undefined, term: undefined };
  private count = 0;
  // Scratch buffer of candidate end nodes for one position; reused across calls.
  private readonly ends: TrieNode<T>[] = [];
  private readonly endAt: number[] = [];

  constructor(entries: Iterable<readonly [string, T]> = []) {
    for (const [term, value] of entries) this.add(term, value);
  }

  get size(): number {
    return this.count;
  }

  /** Adds `term`; the first value registered for a term wins, so callers add preferred owners first. */
  add(term: string, value: T): void {
    if (term.length === 0 || term.length > MAX_TERM_LENGTH) return;
    let node = this.root;
    for (let i = 0; i < term.length; i += 1) {
      const code = term.charCodeAt(i);
      node.next ??= new Map();
      let child = node.next.get(code);
      if (!child) {
        child = { next: null, value: undefined, term: undefined };
        node.next.set(code, child);
      }
      node = child;
    }
    if (node.value === undefined) {
      node.value = value;
      node.term = term;
      this.count += 1;
    }
  }

  has(term: string): boolean {
    return this.get(term) !== undefined;
  }

  get(term: string): T | undefined {
    let node: TrieNode<T> | undefined = this.root;
    for (let i = 0; i < term.length && node; i += 1) node = node.next?.get(term.charCodeAt(i));
    return node?.value;
  }

  /** Collects the terms starting at `start` into the scratch buffers; returns how many. */
  private collect(text: string, start: number): number {
    let found = 0;
    let node: TrieNode<T> | undefined = this.root;
    for (let i = start; i < text.length; i += 1) {
      node = node.next?.get(text.charCodeAt(i));
      if (!node) break;
      if (node.value !== undefined) {
        this.ends[found] = node;
        this.endAt[found] = i + 1;
        found += 1;
      }
    }
    return found;
  }

  /** Every term starting at `start`, shortest first. */
  matchesAt(text: string, start: number): TermMatch<T>[] {
    const found = this.collect(text, start);
    const matches: TermMatch<T>[] = [];
    for (let k = 0; k < found; k += 1) {
      const node = this.ends[k] as TrieNode<T>;
      matches.push({ start, end: this.endAt[k] as number, term: node.term as string, value: node.value as T });
    }
    return matches;
  }

  /**
   * Longest-first, non-overlapping matches scanning left to right. `accept` can veto a candidate
   * (e.g. one that cuts through a segmenter token), in which case shorter candidates are tried.
   */
  findAll(text: string, accept?: (match: TermMatch<T>) => boolean): TermMatch<T>[] {
    const result: TermMatch<T>[] = [];
    let i = 0;
    while (i < text.length) {
      if (!this.root.next?.has(text.charCodeAt(i))) {
        i += 1;
        continue;
      }
      const found = this.collect(text, i);
      let taken: TermMatch<T> | undefined;
      for (let k = found - 1; k >= 0; k -= 1) {
        const node = this.ends[k] as TrieNode<T>;
        const candidate = { start: i, end: this.endAt[k] as number, term: node.term as string, value: node.value as T };
        if (!accept || accept(candidate)) {
          taken = candidate;
          break;
        }
      }
      if (taken) {
        result.push(taken);
        i = taken.end;
      } else i += 1;
    }
    return result;
  }
}
