/** CPU time for the engine options' cost tests: wall time on the shared machine also counts other processes' turns. */

/** The least CPU time, in milliseconds, of `runs` calls of `run` (the least is the one others disturbed least). */
export function cpuMs(run: () => void, runs = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    run();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}
