import { describe, expect, test } from 'vitest';
import { stepTimes } from '../../scripts/bench/trace-steps.ts';
import { createTracer, QUIET_MS, SETTLED_MS, TRACE_PREFIX, tracing } from '../../src/platform/trace.ts';

/** A tracer on a fake clock and fake timers; `advance(ms)` moves the clock and runs the timers that fall due. */
function fakeTracer() {
  const batches: string[] = [];
  let clock = 1_000;
  const timers = new Map<number, { at: number; run: () => void }>();
  let next = 0;
  const trace = createTracer(
    (batch) => batches.push(batch),
    () => clock,
    {
      set: (run, ms) => {
        timers.set(++next, { at: clock + ms, run });
        return next;
      },
      clear: (handle) => timers.delete(handle as number),
    },
  );
  const advance = (ms: number) => {
    clock += ms;
    for (const [id, { at, run }] of [...timers]) {
      if (at > clock) continue;
      timers.delete(id);
      run();
    }
  };
  return { trace, advance, batches };
}

describe('createTracer', () => {
  test('logs nothing while a step is being worked on', () => {
    const { trace, advance, batches } = fakeTracer();
    trace('bg:start');
    advance(QUIET_MS - 1);
    trace('bg:injected');
    advance(QUIET_MS - 1);
    expect(batches).toEqual([]);
  });

  test('logs every step in one batch, one line each with its time, after a quiet spell', () => {
    const { trace, advance, batches } = fakeTracer();
    trace('bg:start');
    advance(5);
    trace('bg:injected');
    advance(QUIET_MS);
    expect(batches).toEqual([`${TRACE_PREFIX} bg:start 1000.0\n${TRACE_PREFIX} bg:injected 1005.0`]);
  });

  test.each([['page:painted'], ['bg:stored'], ['bg:optimised'], ['bg:optimise-paused']])(
    'logs soon after %s, which ends a stretch of work, even when more steps follow at once',
    (last) => {
      const { trace, advance, batches } = fakeTracer();
      trace('step:one');
      trace(last);
      trace('bg:optimise-start'); // begins as the analysis ends: it must not put the batch off
      advance(SETTLED_MS);
      expect(batches).toHaveLength(1);
      expect(batches[0].split('\n').map((line) => line.split(' ')[1])).toEqual(['step:one', last, 'bg:optimise-start']);
    },
  );

  test('starts a new batch for the steps after a logged one', () => {
    const { trace, advance, batches } = fakeTracer();
    trace('bg:stored');
    advance(SETTLED_MS);
    trace('bg:optimised');
    advance(SETTLED_MS);
    expect(batches).toEqual([`${TRACE_PREFIX} bg:stored 1000.0`, `${TRACE_PREFIX} bg:optimised 1200.0`]);
  });

  test('its batches, split into lines, read as the benchmark reads them', () => {
    const { trace, advance, batches } = fakeTracer();
    trace('bg:start');
    advance(30);
    trace('bg:start'); // a step noted twice keeps its first time
    trace('bg:stored');
    advance(SETTLED_MS);
    expect(
      stepTimes(
        batches.flatMap((b) => b.split('\n')),
        990,
      ),
    ).toEqual({ 'bg:start': 10, 'bg:stored': 40 });
  });
});

describe('trace', () => {
  test('is off outside the e2e test builds (no flag defined here)', () => {
    expect(tracing).toBe(false);
  });
});
