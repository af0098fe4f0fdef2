/**
 * Keeps the background, and with it the loaded engine, alive for a while after each analysis. Both browsers
 * stop an idle background after about 30 seconds, which would throw the model away between two articles
 * a reader opens a minute apart: the next analysis would pay the cold start (script, model, unoptimised code:
 * about ten times a warm one) again. Both count an extension API call as activity, so a cheap call every
 * 20 seconds keeps the background up; it stops `windowMs` after the last analysis, after which the browser
 * reclaims the memory (tens of megabytes) as usual. The trade-off is documented in docs/benchmarks.md.
 */

/** How long after the last analysis the engine is kept: long enough to read an article and open the next. */
export const KEEP_WARM_MS = 5 * 60_000;
/** The interval of the keep-alive call, well inside both browsers' 30-second idle limit. */
export const TOUCH_EVERY_MS = 20_000;

/** Timer functions, replaceable in tests. */
export interface Timers {
  now(): number;
  every(ms: number, run: () => void): unknown;
  cancel(handle: unknown): void;
}

const realTimers: Timers = {
  now: () => Date.now(),
  every: (ms, run) => setInterval(run, ms),
  cancel: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

/** Returns `extend()`: keeps the background alive until `windowMs` from now, calling `touch` to do so. */
export function createKeepWarm(touch: () => Promise<unknown>, windowMs = KEEP_WARM_MS, timers: Timers = realTimers): () => void {
  let until = 0;
  let handle: unknown;
  return () => {
    until = timers.now() + windowMs;
    if (handle !== undefined) return;
    handle = timers.every(TOUCH_EVERY_MS, () => {
      if (timers.now() < until) {
        touch().catch(() => undefined);
        return;
      }
      timers.cancel(handle);
      handle = undefined;
    });
  };
}
