/**
 * The state of Sourcelight in each tab. Kept in memory for speed and mirrored to storage.session, because
 * the browser stops an idle background (Chromium's service worker after ~30 s, Firefox's event page too)
 * and the popup must still find the result when it opens later in the same browser session. What comes back
 * from storage is checked (stored-view.ts): a damaged or outdated value reads as idle, never as a crash.
 */
import { FAMILIES } from '../messaging/families.ts';
import type { TabView } from '../messaging/protocol.ts';
import type { KeyValueStore } from '../platform/api.ts';
import { readStoredIndex, readStoredView, storedChoices } from './stored-view.ts';

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

  /** The tab's view, from memory, then from the session store (checked), else idle. */
  async get(tabId: number): Promise<TabView> {
    const remembered = this.memory.get(tabId);
    if (remembered) return remembered;
    const stored = await this.store.get(key(tabId)).catch(() => undefined);
    if (stored === undefined) return idleView(tabId);
    const view = readStoredView(stored, tabId);
    if (view) {
      this.memory.set(tabId, view);
      return view;
    }
    // Damaged or from another version: forget it, keeping the reader's valid choices.
    await this.store.remove(key(tabId)).catch(() => undefined);
    return { ...idleView(tabId), ...storedChoices(stored) };
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
    const order = readStoredIndex(await this.store.get(INDEX_KEY).catch(() => undefined));
    const next = [...order.filter((id) => id !== view.tabId), view.tabId];
    for (const old of next.splice(0, Math.max(0, next.length - this.limit))) await this.forget(old);
    // storage.session holds about 10 MB: when a long article's report does not fit, the oldest tabs' stored
    // copies make room (their views stay in memory while the background lives).
    while (!(await this.store.set(key(view.tabId), view).then(() => true, () => false))) {
      const oldest = next.length > 1 ? next.shift() : next.pop();
      await this.store.remove(key(oldest ?? view.tabId)).catch(() => undefined);
      if (oldest === view.tabId || oldest === undefined) break; // even alone it does not fit: memory only
    }
    await this.store.set(INDEX_KEY, next);
  }

  private async forget(tabId: number): Promise<void> {
    this.memory.delete(tabId);
    await this.store.remove(key(tabId)).catch(() => undefined);
  }
}
