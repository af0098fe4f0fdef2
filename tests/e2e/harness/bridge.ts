/**
 * Calls into the extension from the tests, through an extension page of the test build (bridge.html): it
 * has the same API access as the popup, so background calls travel exactly the path the popup's do, and
 * page calls go through tabs.sendMessage like the background's.
 */
import { envelope } from '../../../src/messaging/envelope.ts';
import type { BackgroundCalls, PageCalls, Result } from '../../../src/messaging/protocol.ts';
import type { Args, Value } from '../../../src/messaging/transport.ts';

/** Runs a self-contained function in the bridge page. */
export type BridgeEvaluate = <T, A>(fn: (arg: A) => Promise<T>, arg: A) => Promise<T>;

/** Typed calls into the running extension. */
export interface Bridge {
  callBackground<M extends keyof BackgroundCalls & string>(method: M, ...args: Args<BackgroundCalls[M]>): Promise<Result<Value<BackgroundCalls[M]>>>;
  callPage<M extends keyof PageCalls & string>(tabId: number, method: M, ...args: Args<PageCalls[M]>): Promise<Result<Value<PageCalls[M]>>>;
  /** The tab id of the tab showing `url`. */
  tabIdOf(url: string): Promise<number>;
  /** The ids of all open tabs. */
  tabIds(): Promise<number[]>;
  /** Runs a self-contained function in an extension page (with `browser`/`chrome` APIs), e.g. to read the badge. */
  evaluateInExtension<T, A>(fn: (arg: A) => Promise<T>, arg: A): Promise<T>;
}

interface ExtensionGlobal {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  tabs: { sendMessage(id: number, m: unknown, o: object): Promise<unknown>; query(q: object): Promise<{ id: number; url?: string }[]> };
}

/** Makes the typed bridge over a page-evaluate function. */
export function makeBridge(evaluate: BridgeEvaluate): Bridge {
  const asResult = async <T>(run: Promise<unknown>): Promise<Result<T>> => {
    try {
      const reply = (await run) as Result<T> | undefined;
      return reply ?? { ok: false, error: 'no answer' };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
  return {
    callBackground: (method, ...args) =>
      asResult(
        evaluate(async (message) => {
          const g = globalThis as unknown as { browser?: ExtensionGlobal; chrome?: ExtensionGlobal };
          return (g.browser ?? g.chrome)?.runtime.sendMessage(message);
        }, envelope('background', method, args)),
      ),
    callPage: (tabId, method, ...args) =>
      asResult(
        evaluate(async ([id, message]) => {
          const g = globalThis as unknown as { browser?: ExtensionGlobal; chrome?: ExtensionGlobal };
          return (g.browser ?? g.chrome)?.tabs.sendMessage(id, message, { frameId: 0 });
        }, [tabId, envelope('page', method, args)] as const),
      ),
    tabIds: () =>
      evaluate(async () => {
        const g = globalThis as unknown as { browser?: ExtensionGlobal; chrome?: ExtensionGlobal };
        return ((await (g.browser ?? g.chrome)?.tabs.query({})) ?? []).map((t) => t.id);
      }, null),
    evaluateInExtension: evaluate,
    tabIdOf: async (url) => {
      const id = await evaluate(async (wanted) => {
        const g = globalThis as unknown as { browser?: ExtensionGlobal; chrome?: ExtensionGlobal };
        const tabs = (await (g.browser ?? g.chrome)?.tabs.query({})) ?? [];
        return tabs.find((t) => t.url === wanted)?.id ?? -1;
      }, url);
      if (id < 0) throw new Error(`No tab shows ${url}`);
      return id;
    },
  };
}

/** The id of the one tab that is open now but was not in `before` (works for pages whose URL the extension may not read). */
export async function newTabId(before: readonly number[], bridge: Bridge): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const added = (await bridge.tabIds()).filter((id) => !before.includes(id));
    if (added.length === 1) return added[0];
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('Could not tell which tab was opened');
}
