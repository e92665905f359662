/** Timing and memory helpers shared by the benchmarks. */

export function now(): number {
  return performance.now();
}

/** Samples resident memory until stopped; returns the peak in MiB. */
export function peakMemory(): { stop(): number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  return {
    stop() {
      clearInterval(timer);
      return Math.round(Math.max(peak, process.memoryUsage().rss) / 1024 / 1024);
    },
  };
}

export const ratio = (value: number, baseline: number) => (baseline === 0 ? Number.NaN : Math.round((value / baseline) * 100) / 100);
export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The q-quantile (0…1) of some samples: the sample at that rank, not an interpolation. */
export function percentile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}
