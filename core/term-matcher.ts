/**
 * A character trie that finds the longest dictionary term starting at each position. Extractors use
 * it for every lexicon lookup (industries, departments, regions, enterprises).
 */

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  value?: T;
}

export interface TermMatch<T> {
  start: number;
  end: number;
  term: string;
  value: T;
}

export class TermMatcher<T> {
  private readonly root: TrieNode<T> = { next: new Map() };
  private count = 0;

  constructor(entries: Iterable<readonly [string, T]> = []) {
    for (const [term, value] of entries) this.add(term, value);
  }

  get size(): number {
    return this.count;
  }

  /** Adds `term`; the first value registered for a term wins, so callers add preferred owners first. */
  add(term: string, value: T): void {
    if (term.length === 0) return;
    let node = this.root;
    for (const ch of term) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    if (node.value === undefined) {
      node.value = value;
      this.count += 1;
    }
  }

  has(term: string): boolean {
    return this.get(term) !== undefined;
  }

  get(term: string): T | undefined {
    let node: TrieNode<T> | undefined = this.root;
    for (const ch of term) {
      node = node.next.get(ch);
      if (!node) return undefined;
    }
    return node.value;
  }

  /** Every term ending positions reachable from `start`, longest last. */
  matchesAt(text: string, start: number): TermMatch<T>[] {
    const found: TermMatch<T>[] = [];
    let node: TrieNode<T> | undefined = this.root;
    for (let i = start; i < text.length; i += 1) {
      node = node.next.get(text[i] as string);
      if (!node) break;
      if (node.value !== undefined) found.push({ start, end: i + 1, term: text.slice(start, i + 1), value: node.value });
    }
    return found;
  }

  /**
   * Longest-first, non-overlapping matches scanning left to right. `accept` can veto a candidate
   * (e.g. one that cuts through a segmenter token), in which case shorter candidates are tried.
   */
  findAll(text: string, accept: (match: TermMatch<T>) => boolean = () => true): TermMatch<T>[] {
    const result: TermMatch<T>[] = [];
    let i = 0;
    while (i < text.length) {
      const candidates = this.matchesAt(text, i);
      let taken: TermMatch<T> | undefined;
      for (let k = candidates.length - 1; k >= 0; k -= 1) {
        const candidate = candidates[k] as TermMatch<T>;
        if (accept(candidate)) {
          taken = candidate;
          break;
        }
      }
      if (taken) {
        result.push(taken);
        i = taken.end;
      } else {
        i += 1;
      }
    }
    return result;
  }
}
