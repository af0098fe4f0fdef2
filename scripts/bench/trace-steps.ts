/**
 * The steps of one analysis as the test build logs them (src/platform/trace.ts): the background's and the
 * page's console lines, each with the epoch time a step ended, turned into milliseconds after the trigger.
 * Several steps can log more than once (a page reading its snapshot twice); the first time after the trigger counts.
 * Also the waits on those lines: the background's idle optimisation settled, an analysis's last batches logged.
 */
import { TRACE_PREFIX } from '../../src/platform/trace.ts';

/** Milliseconds from the trigger to the end of each logged step, by step name ("bg:analysed", "page:read", ...). */
export type StepTimes = Record<string, number>;

/** Reads the trace lines logged at or after `triggerAt` (epoch ms) into step times. */
export function stepTimes(lines: readonly string[], triggerAt: number): StepTimes {
  const steps: StepTimes = {};
  for (const line of lines) {
    if (!line.startsWith(TRACE_PREFIX)) continue;
    const [step, at] = line.slice(TRACE_PREFIX.length).trim().split(' ');
    const ms = Number(at) - triggerAt;
    if (step && Number.isFinite(ms) && ms >= -1 && !(step in steps)) steps[step] = Math.max(0, ms);
  }
  return steps;
}

/** The phases a reader waits through, in order, each as [label, start step, end step]. */
export const PHASES: readonly [string, string | null, string][] = [
  ['background answers', null, 'bg:start'],
  ['script in the page', 'bg:start', 'page:script'],
  ['snapshot', 'page:script', 'page:snapshot'],
  ['Readability (background)', 'bg:readability-start', 'bg:readability-end'],
  ['text aligned', 'page:read', 'page:aligned'],
  // The page aligns as soon as Readability's outline is back, so this is the rest of the extraction (text and
  // links) plus any wait for the background to ask for the text: without it that gap belonged to no phase.
  ['after alignment, until extracted', 'page:aligned', 'page:extracted'],
  ['engine loaded', 'bg:start', 'bg:engine-loaded'],
  ['model started', 'bg:engine-loaded', 'bg:model-ready'],
  // The engine starts on Readability's outline (early-analysis.ts), usually before the page's text arrives; what
  // is left of it once the text has arrived is the "engine analysis" phase.
  ['engine, started early', 'bg:early-start', 'bg:early-done'],
  ['engine analysis', 'bg:extracted', 'bg:analysed'],
  ['plan to the page', 'bg:analysed', 'page:plan'],
  // The ranges on screen are built and drawn first (page:entries), the rest of the article's after a frame.
  ['ranges on screen drawn', 'page:plan', 'page:entries'],
  ['all ranges drawn', 'page:entries', 'page:painted'],
];

/** The duration of each phase that was logged, in milliseconds (phases whose steps are missing are left out). */
export function phaseDurations(steps: StepTimes): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [label, from, to] of PHASES) {
    const start = from === null ? 0 : steps[from];
    const end = steps[to];
    if (start !== undefined && end !== undefined) out[label] = Math.max(0, end - start);
  }
  return out;
}

/**
 * Waits (at most `limitMs`) until the background's idle-time optimisation that began after the last analysis
 * (src/background/engine.ts, optimise: traced bg:optimise-start) has finished or paused. A browser stops only an
 * idle background (after about 30 idle seconds, and keep-warm.ts holds it for minutes after an analysis);
 * stopped in the middle of that work, something of it still loaded the machine during the next, cold analysis:
 * 20,000 words at load average 8, trigger -> highlights 2.4-5.8 s (six rounds) against 1.1-2.2 s when the
 * benchmark waited 4 s first (three rounds).
 */
export async function optimiseSettled(lines: readonly string[], limitMs = 15_000): Promise<void> {
  const last = (step: string) => lastTraced(lines, step);
  // An optimisation paused by the last analysis may log its pause after that analysis began: the last start counts.
  const running = () => {
    const start = last('bg:optimise-start');
    return start >= 0 && Math.max(last('bg:optimised'), last('bg:optimise-paused')) < start;
  };
  for (let waited = 0; waited < limitMs && running(); waited += 50)
    await new Promise((resolve) => setTimeout(resolve, 50));
}

/** The index of the last trace line of `step`, or -1. */
function lastTraced(lines: readonly string[], step: string): number {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i].startsWith(`${TRACE_PREFIX} ${step} `)) return i;
  return -1;
}

/** The steps that end an analysis that reached its result, on each side: their batches hold the rest of its steps. */
const LAST_STEPS = ['page:painted', 'bg:stored'];

/**
 * Waits (at most `limitMs`) until both sides have logged the batch that ends an analysis. The test build logs
 * its steps once the work has settled (src/platform/trace.ts: SETTLED_MS after these steps), not as they end,
 * so that the figures do not include the console's cost; the page's batch must arrive before its tab closes.
 */
export async function analysisTraced(lines: readonly string[], limitMs = 3_000): Promise<void> {
  for (let waited = 0; waited < limitMs && LAST_STEPS.some((step) => lastTraced(lines, step) < 0); waited += 20)
    await new Promise((resolve) => setTimeout(resolve, 20));
}
