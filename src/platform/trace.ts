/**
 * Timestamps of the steps of an analysis, for the benchmark's breakdown (scripts/bench): the background and
 * the page each note when a step ends, on one clock (milliseconds since the epoch), and the benchmark reads
 * both consoles. Only the e2e test builds trace; the build turns the flag off for the shipped extension, where
 * the minifier then drops every call.
 *
 * A step is only noted in memory: the notes go to the console in one batch once the work has settled, off the
 * analysis's path. Logging each step as it ended cost the background 24-29 ms of its thread per warm analysis,
 * and the page 4-17 ms, while the benchmark listened (each console call is sent to the debugging client at once),
 * a cost the shipped extension never pays.
 */

declare const SOURCELIGHT_TRACE: boolean | undefined;

/** The prefix the benchmark looks for in console output: each line of a batch starts with it. */
export const TRACE_PREFIX = '[sourcelight-trace]';

/** Whether this build traces its steps (the e2e test builds only). */
export const tracing: boolean = typeof SOURCELIGHT_TRACE === 'boolean' && SOURCELIGHT_TRACE;

/**
 * Steps that end a stretch of work: the page's last paint, the background's last step of an analysis that
 * reached its result (the view stored, just before it answers: bg:scored is earlier, and a long report takes a
 * while to store), and the end of its idle-time optimisation.
 */
export const SETTLING_STEPS: ReadonlySet<string> = new Set([
  'page:painted',
  'bg:stored',
  'bg:optimised',
  'bg:optimise-paused',
]);

/** After a settling step, the batch waits this long: the result view and the page's last messages go first. */
export const SETTLED_MS = 200;

/** After any other step, the batch goes once no step has followed for this long (a failed or unfinished analysis). */
export const QUIET_MS = 1_000;

/** The timers a tracer uses (a test passes fakes). */
export interface TraceTimers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: TraceTimers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Returns a function that notes a step and logs the notes in one batch when the work settles. */
export function createTracer(
  log: (batch: string) => void = (batch) => console.debug(batch),
  now: () => number = () => performance.timeOrigin + performance.now(),
  timers: TraceTimers = realTimers,
): (step: string) => void {
  const notes: string[] = [];
  let timer: unknown;
  /** A settling step's flush is never put off by the steps after it (the optimisation starting at once). */
  let settling = false;
  const flush = () => {
    timer = undefined;
    settling = false;
    if (notes.length > 0) log(notes.splice(0).join('\n'));
  };
  return (step) => {
    notes.push(`${TRACE_PREFIX} ${step} ${now().toFixed(1)}`);
    const settles = SETTLING_STEPS.has(step);
    if (timer !== undefined) {
      if (settling) return;
      timers.clear(timer);
    }
    settling = settles;
    timer = timers.set(flush, settles ? SETTLED_MS : QUIET_MS);
  };
}

const note = tracing ? createTracer() : undefined;

/** Notes that `step` ended now, in a test build (logged later, with the rest of its batch). */
export function trace(step: string): void {
  if (tracing) note?.(step);
}
