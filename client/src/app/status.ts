/** The status line: what just happened, for everyone and for screen readers (aria-live); it clears itself. */
export interface StatusLine {
  announce(message: string): void;
  text(): string;
  subscribe(listener: () => void): () => void;
}

export function createStatusLine(clearAfterMs = 6000): StatusLine {
  let current = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();
  const set = (text: string) => {
    current = text;
    for (const listener of listeners) listener();
  };
  return {
    announce(message) {
      set(message);
      clearTimeout(timer);
      timer = setTimeout(() => set(''), clearAfterMs);
    },
    text: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
