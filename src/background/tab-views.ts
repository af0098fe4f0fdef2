/**
 * The state of Sourcelight in each tab. Kept in memory for speed and mirrored to storage.session, because
 * the browser stops an idle background (Chromium's service worker after ~30 s, Firefox's event page too)
 * and the popup must still find the result when it opens later in the same browser session.
 */
import { FAMILIES } from '../messaging/families.ts';
import type { TabView } from '../messaging/protocol.ts';
import type { KeyValueStore } from '../platform/api.ts';

const INDEX_KEY = 'tabViews';
const key = (tabId: number) => `tabView:${tabId}`;

/** A tab Sourcelight has not analysed. */
export function idleView(tabId: number): TabView {
  return { tabId, status: 'idle', highlightsVisible: true, families: [...FAMILIES] };
}

/** Views per tab, remembered for the most recent `limit` tabs only (closed tabs fall off the end). */
export class TabViews {
  private readonly memory = new Map<number, TabView>();
  /** Writes run one after another so two tabs settling at once cannot drop each other from the index. */
  private writes: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: KeyValueStore,
    private readonly limit = 40,
  ) {}

  /** The tab's view, from memory, then from the session store, else idle. */
  async get(tabId: number): Promise<TabView> {
    const known = this.memory.get(tabId) ?? ((await this.store.get(key(tabId))) as TabView | undefined);
    if (known) this.memory.set(tabId, known);
    return known ?? idleView(tabId);
  }

  /** Replaces the tab's view. Transient states (analysing) stay in memory; settled ones are persisted. */
  async set(view: TabView): Promise<TabView> {
    this.memory.delete(view.tabId);
    this.memory.set(view.tabId, view);
    if (view.status !== 'analysing') {
      this.writes = this.writes.then(() => this.persist(view)).catch(() => undefined);
      await this.writes;
    }
    return view;
  }

  private async persist(view: TabView): Promise<void> {
    const order = ((await this.store.get(INDEX_KEY)) as number[] | undefined) ?? [];
    const next = [...order.filter((id) => id !== view.tabId), view.tabId];
    for (const old of next.splice(0, Math.max(0, next.length - this.limit))) {
      this.memory.delete(old);
      await this.store.remove(key(old));
    }
    await this.store.set(key(view.tabId), view);
    await this.store.set(INDEX_KEY, next);
  }
}
