/**
 * Timestamps of the steps of an analysis, for the benchmark's breakdown (scripts/bench): the background and
 * the page each log when a step ends, on one clock (milliseconds since the epoch), and the benchmark reads
 * both consoles. Only the e2e test builds log; the build turns the flag off for the shipped extension, where
 * the minifier then drops every call.
 */

declare const SOURCELIGHT_TRACE: boolean | undefined;

/** The prefix the benchmark looks for in console output. */
export const TRACE_PREFIX = '[sourcelight-trace]';

/** Whether this build logs its steps (the e2e test builds only). */
export const tracing: boolean = typeof SOURCELIGHT_TRACE === 'boolean' && SOURCELIGHT_TRACE;

/** Logs that `step` ended now, in a test build. */
export function trace(step: string): void {
  if (tracing) console.debug(`${TRACE_PREFIX} ${step} ${(performance.timeOrigin + performance.now()).toFixed(1)}`);
}
