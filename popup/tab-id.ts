/**
 * Which tab the popup is about: an explicit `?tabId=N` (tests, and the popup opened as a tab, where the active
 * tab is the popup itself), otherwise the active tab of the current window.
 */
import { strings } from './strings.ts';

/** Reads the tab id from the popup's URL, or asks for the active tab; throws an Error with a reader's sentence. */
export async function resolveTabId(search: string, activeTabId: () => Promise<number | undefined>): Promise<number> {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw !== null) {
    const id = Number(raw);
    if (raw.trim() === '' || !Number.isSafeInteger(id) || id < 0) throw new Error(strings.error.badTabId(raw));
    return id;
  }
  const active = await activeTabId().catch(() => undefined);
  if (active === undefined) throw new Error(strings.error.noTab);
  return active;
}
