/** A fake BackgroundClient for unit tests: records every call and answers from handlers the test sets. */
import type { BackgroundClient } from '../../popup/background-client.ts';
import type { Value } from '../../src/messaging/transport.ts';
import type { BackgroundCalls, Result, TabView } from '../../src/messaging/protocol.ts';

type Handlers = {
  [M in keyof BackgroundCalls]?: (
    ...args: Parameters<BackgroundCalls[M]>
  ) => Result<Value<BackgroundCalls[M]>> | Promise<Result<Value<BackgroundCalls[M]>>>;
};

/** The fake, with its call log and a way to fire tabViewChanged. */
export interface FakeClient extends BackgroundClient {
  calls: Array<{ method: keyof BackgroundCalls; args: unknown[] }>;
  handlers: Handlers;
  emit(view: TabView): void;
  permission: { granted: boolean; requested: string[]; requestedBeforeCalls: number[] };
  active: number | undefined;
}

/** Creates a fake client whose unhandled calls fail with a sentence. */
export function fakeClient(handlers: Handlers = {}): FakeClient {
  const listeners = new Set<(view: TabView) => void>();
  const fake: FakeClient = {
    calls: [],
    handlers,
    active: 7,
    permission: { granted: true, requested: [], requestedBeforeCalls: [] },
    async call(method, ...args) {
      fake.calls.push({ method, args });
      const handler = fake.handlers[method] as ((...a: unknown[]) => unknown) | undefined;
      if (!handler) return { ok: false, error: `no handler for ${method}` };
      return (await handler(...args)) as never;
    },
    onTabViewChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async activeTabId() {
      return fake.active;
    },
    async enableSiteAutomation(origin) {
      // Records how many background calls happened before: the permission request must come first in the click.
      fake.permission.requested.push(origin);
      fake.permission.requestedBeforeCalls.push(fake.calls.length);
      if (!fake.permission.granted) return { ok: false, error: 'Access was not granted.' };
      return fake.call('setSiteAutomation', origin, true);
    },
    emit(view) {
      for (const l of listeners) l(view);
    },
  };
  return fake;
}

/** Waits for pending promises (several hops: the store awaits calls that await handlers). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}
