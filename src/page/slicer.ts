/**
 * Time slicing for work on the page's main thread. Walking a 20,000-word article, building its Ranges and
 * registering highlights would each block the page for well over 50 ms if done in one go; instead the work
 * checks the clock every few steps and, past its budget, hands the thread back to the page.
 */

/** Gives the main thread back to the page for one turn of the event loop. */
export function yieldToMain(scope: object = globalThis): Promise<void> {
  const scheduler = (scope as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  // A message on a fresh channel runs as a new task like setTimeout(0) does, but without the 1-second
  // throttling that browsers apply to timers in background tabs.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** A budget of main-thread time: `maybeYield()` yields once the current slice has used `budgetMs`. */
export interface Slicer {
  maybeYield(): Promise<void>;
  /** True when the current slice is over budget (for loops that want to check before awaiting). */
  overBudget(): boolean;
  /** The longest stretch, in ms, this slicer's work held the main thread without yielding (so far). */
  longestSlice(): number;
  /** Waits for work done elsewhere (the background): the thread is free meanwhile, so the wait is no slice. */
  wait<T>(elsewhere: Promise<T>): Promise<T>;
}

/** Creates a slicer; the default budget leaves plenty of room under the 50 ms long-task line. */
export function createSlicer(budgetMs = 10, now = () => performance.now(), yieldFn = () => yieldToMain()): Slicer {
  let sliceStart = now();
  let longest = 0;
  const overBudget = () => now() - sliceStart >= budgetMs;
  return {
    overBudget,
    longestSlice: () => Math.max(longest, now() - sliceStart),
    async wait(elsewhere) {
      longest = Math.max(longest, now() - sliceStart);
      try {
        return await elsewhere;
      } finally {
        sliceStart = now();
      }
    },
    async maybeYield() {
      if (!overBudget()) return;
      longest = Math.max(longest, now() - sliceStart);
      await yieldFn();
      sliceStart = now();
    },
  };
}
