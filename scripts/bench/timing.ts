/** Timing helpers: warm-up runs, repetitions, and the median and minimum of the samples. */

/** The summary of one timed function: the median and the fastest run, in milliseconds. */
export interface Timing {
  medianMs: number;
  minMs: number;
  /** Median CPU time of this process per run: unlike wall time, it does not count the moments other processes held the CPU. */
  cpuMedianMs: number;
  runs: number;
}

/** Milliseconds of CPU time (user + system) this process has used so far. */
export function cpuNowMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** How many untimed warm-up runs and timed runs to make. */
export interface Repetitions {
  warmup: number;
  runs: number;
}

/** The median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The value below which the given share of a non-empty list falls (0.5 is near the median, 0 the minimum). */
export function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
}

/** Milliseconds one call of fn takes. */
export function timeOnce(fn: () => unknown, now = () => performance.now()): number {
  const start = now();
  fn();
  return now() - start;
}

/**
 * Times several functions on the same footing: warm-ups first, then the timed runs in rounds (A, B, C, A,
 * B, C, ...) rather than all of A then all of B, so that a slow moment of the machine (GC, another process)
 * falls on every contender instead of on one.
 */
export function timeRoundRobin(fns: readonly (() => unknown)[], reps: Repetitions): Timing[] {
  for (let w = 0; w < reps.warmup; w++) for (const fn of fns) fn();
  const samples: number[][] = fns.map(() => []);
  const cpuSamples: number[][] = fns.map(() => []);
  for (let r = 0; r < reps.runs; r++) {
    for (const [i, fn] of fns.entries()) {
      const cpuStart = cpuNowMs();
      samples[i].push(timeOnce(fn));
      cpuSamples[i].push(cpuNowMs() - cpuStart);
    }
  }
  return samples.map((s, i) => ({
    medianMs: median(s),
    minMs: Math.min(...s),
    cpuMedianMs: median(cpuSamples[i]),
    runs: s.length,
  }));
}
