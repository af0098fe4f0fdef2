/**
 * The reader's dismissals, stored in storage.local per page (the URL without its fragment), so they outlive
 * the tab and the browser session, and read back through readDismissals: a damaged value reads as none.
 */
import { type Dismissal, pageKey, readDismissals } from '../messaging/dismissals.ts';
import type { KeyValueStore } from '../platform/api.ts';

/** The storage.local key of a page's dismissals. */
export function dismissalsKey(url: string): string {
  return `dismissed:${pageKey(url)}`;
}

/** The page's dismissals; none when nothing (or something unreadable) is stored. */
export async function loadDismissals(store: KeyValueStore, url: string | undefined): Promise<Dismissal[]> {
  if (!url) return [];
  return readDismissals(await store.get(dismissalsKey(url)).catch(() => undefined));
}

/** How many saves of dismissals this background has begun. */
let saves = 0;

/** Counts the saves of dismissals begun so far: an analysis that read them before a later save reads them again. */
export function dismissalSaves(): number {
  return saves;
}

/** Stores the page's dismissals (checked again first); an empty list removes the entry. */
export async function saveDismissals(
  store: KeyValueStore,
  url: string,
  dismissals: readonly Dismissal[],
): Promise<Dismissal[]> {
  saves++;
  const checked = readDismissals(dismissals);
  if (checked.length === 0) await store.remove(dismissalsKey(url));
  else await store.set(dismissalsKey(url), checked);
  return checked;
}
