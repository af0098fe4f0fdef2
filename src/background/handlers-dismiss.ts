/**
 * The background's answers to dismissing findings and bringing them back. The popup names a finding by id;
 * it is stored by its key (dismissalKeys), which a new analysis of the same page gives again.
 */
import {
  DISMISS_REASONS,
  type Dismissal,
  type DismissReason,
  dismissalKeys,
  NOTE_LIMIT,
} from '../messaging/dismissals.ts';
import type { TabView } from '../messaging/protocol.ts';
import { type Background, publish } from './context.ts';
import { loadDismissals, saveDismissals } from './dismissals.ts';
import { redraw } from './settings-draw.ts';
import { strings } from './strings.ts';

/** The tab's result and the page it is about, or a sentence saying there is nothing to dismiss. */
async function resultOf(bg: Background, tabId: number): Promise<{ view: TabView; url: string }> {
  const view = await bg.views.get(tabId);
  const url = view.page?.url;
  if (view.status !== 'result' || !view.report || !url) throw new Error(strings.nothingToDismiss);
  return { view, url };
}

/** Stores the new list, redraws the page and tells the popup. */
async function commit(bg: Background, view: TabView, url: string, next: Dismissal[]): Promise<TabView> {
  const saved = await saveDismissals(bg.api.storage.local, url, next);
  const updated = { ...view, dismissed: saved.length > 0 ? saved : undefined };
  await redraw(bg, updated);
  return publish(bg, updated);
}

/** Dismisses one finding of the tab's result for `reason` (and the reader's note, for "other"). */
export async function dismissFinding(
  bg: Background,
  tabId: number,
  findingId: unknown,
  reason: unknown,
  note: unknown,
  now = new Date(),
): Promise<TabView> {
  if (!DISMISS_REASONS.includes(reason as DismissReason)) throw new TypeError(strings.badReason(reason));
  if (typeof note !== 'string') throw new TypeError(strings.badNote(note));
  const { view, url } = await resultOf(bg, tabId);
  const key = typeof findingId === 'string' ? dismissalKeys(view.report?.findings ?? []).get(findingId) : undefined;
  if (!key) throw new Error(strings.badFindingId(findingId));
  const kept = (await loadDismissals(bg.api.storage.local, url)).filter((d) => d.key !== key);
  const text = note.trim().slice(0, NOTE_LIMIT);
  const dismissal: Dismissal = {
    key,
    reason: reason as DismissReason,
    at: now.toISOString(),
    ...(text ? { note: text } : {}),
  };
  return commit(bg, view, url, [...kept, dismissal]);
}

/** Brings back the dismissals with these keys, or every one of the page's when `keys` is null. */
export async function undoDismissals(bg: Background, tabId: number, keys: unknown): Promise<TabView> {
  if (keys !== null && !(Array.isArray(keys) && keys.every((k) => typeof k === 'string')))
    throw new TypeError(strings.badKeys(keys));
  const { view, url } = await resultOf(bg, tabId);
  const undo = keys === null ? undefined : new Set(keys as string[]);
  const kept = undo ? (await loadDismissals(bg.api.storage.local, url)).filter((d) => !undo.has(d.key)) : [];
  return commit(bg, view, url, kept);
}
