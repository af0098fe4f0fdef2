/** Bounds a background call in time, so a background that never answers cannot leave a spinner forever. */
import type { Result } from '../../src/messaging/protocol.ts';

/**
 * Resolves with the call's Result, or with a failure carrying `message` once `ms` have passed. A call that
 * throws (a transport that lost its port) also becomes a failure with `message`.
 */
export function withTimeout<T>(
  call: Promise<Result<T>>,
  ms: number,
  message: string,
  setTimer: typeof setTimeout = setTimeout,
  clearTimer: typeof clearTimeout = clearTimeout,
): Promise<Result<T>> {
  return new Promise((resolve) => {
    const timer = setTimer(() => resolve({ ok: false, error: message }), ms);
    call.then(
      (result) => {
        clearTimer(timer);
        resolve(result);
      },
      () => {
        clearTimer(timer);
        resolve({ ok: false, error: message });
      },
    );
  });
}
