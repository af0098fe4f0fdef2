import { describe, expect, test } from 'vitest';
import { createKeepWarm, KEEP_WARM_MS, type Timers, TOUCH_EVERY_MS } from '../../src/background/keep-warm.ts';

/** Timers driven by the test: `advance(ms)` moves the clock and runs the interval as often as it is due. */
function fakeTimers() {
  let now = 0;
  let next: { run: () => void; every: number; at: number } | undefined;
  const timers: Timers = {
    now: () => now,
    every: (every, run) => {
      next = { run, every, at: now + every };
      return next;
    },
    cancel: (handle) => {
      if (handle === next) next = undefined;
    },
  };
  const advance = (ms: number) => {
    const end = now + ms;
    while (next && next.at <= end) {
      now = next.at;
      next.at += next.every;
      next.run();
    }
    now = end;
  };
  return { timers, advance, running: () => next !== undefined };
}

describe('keeping the engine warm', () => {
  test('touches the background every 20 s for five minutes after the last analysis, then lets it go', () => {
    const { timers, advance, running } = fakeTimers();
    let touches = 0;
    const extend = createKeepWarm(async () => void touches++, KEEP_WARM_MS, timers);
    extend();
    advance(KEEP_WARM_MS + 2 * TOUCH_EVERY_MS);
    expect(touches).toBe(Math.floor(KEEP_WARM_MS / TOUCH_EVERY_MS) - 1);
    expect(running()).toBe(false);
  });

  test('a new analysis extends the window without a second timer', () => {
    const { timers, advance } = fakeTimers();
    let touches = 0;
    const extend = createKeepWarm(async () => void touches++, 60_000, timers);
    extend();
    advance(50_000);
    extend();
    advance(200_000);
    expect(touches).toBe(5); // at 20, 40, 60, 80 and 100 s: the window ended at 110 s
  });

  test('a failing touch is not an error', () => {
    const { timers, advance } = fakeTimers();
    const extend = createKeepWarm(() => Promise.reject(new Error('gone')), 60_000, timers);
    extend();
    expect(() => advance(60_000)).not.toThrow();
  });
});
