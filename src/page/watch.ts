/**
 * Watches a page after its highlights are drawn, for the ways a page changes under them without a reload:
 * a single-page app shows another article (history.pushState gives a new address, or the analysed text is
 * taken out of the page), and a page adds text (infinite scroll, "load more"). Highlights stay on their own
 * words either way, because they are live Ranges and new text is simply not highlighted; what the watcher
 * decides is whether the analysis still describes the page. It reads the page only after a pause, so a page
 * that changes constantly (a ticker, an ad) costs one cheap check per pause, never one per change.
 */
import { isInEditable } from './extract/blocks.ts';

/** How a page changed since it was analysed. */
export type PageChange = 'navigated' | 'grown';

/** What the watcher compares against: the address and the text nodes that were analysed. */
export interface Analysed {
  url: string;
  nodes: readonly Node[];
}

/** Tuning of the watcher. */
export interface WatchOptions {
  /** The pause after a change before the page is checked. */
  delayMs?: number;
  /** How much new text (characters) counts as the page having grown. */
  growthChars?: number;
}

/** The address without its fragment: jumping to a heading is not a new article. */
const withoutHash = (url: string) => url.split('#')[0];

/** How many of the analysed nodes to look at: enough to tell "replaced" from "an ad went away". */
const SAMPLE = 64;

/** Whether most of the analysed text has been taken out of the page. */
function textReplaced(nodes: readonly Node[]): boolean {
  if (nodes.length === 0) return false;
  const step = Math.max(1, Math.floor(nodes.length / SAMPLE));
  let seen = 0;
  let gone = 0;
  for (let i = 0; i < nodes.length; i += step) {
    seen++;
    if (!nodes[i].isConnected) gone++;
  }
  return gone * 2 > seen;
}

/** Characters of readable text in added nodes (what the reader types in editable regions does not count). */
function addedText(records: readonly MutationRecord[]): number {
  let chars = 0;
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node.nodeType !== 1 && node.nodeType !== 3) continue;
      if (isInEditable(node)) continue;
      chars += (node.textContent ?? '').trim().length;
    }
  }
  return chars;
}

/**
 * Calls `onChange` when the page navigated in place (then stops watching) or first grows by `growthChars`
 * (once). Stops when `signal` aborts.
 */
export function watchPage(doc: Document, analysed: Analysed, onChange: (change: PageChange) => void, signal: AbortSignal, options: WatchOptions = {}): void {
  const { delayMs = 400, growthChars = 400 } = options;
  const view = doc.defaultView;
  if (!view || !doc.body || signal.aborted) return;
  let grown = 0;
  let toldGrowth = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  const check = () => {
    timer = undefined;
    if (withoutHash(doc.location?.href ?? '') !== withoutHash(analysed.url) || textReplaced(analysed.nodes)) {
      stop();
      onChange('navigated');
    } else if (!toldGrowth && grown >= growthChars) {
      toldGrowth = true;
      onChange('grown');
    }
  };
  const later = () => {
    timer ??= setTimeout(check, delayMs);
  };
  const observer = new view.MutationObserver((records) => {
    if (!toldGrowth) grown += addedText(records);
    later();
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  // An address can change without any change to the page's elements (rare, but then only these tell).
  view.addEventListener('popstate', later, { signal });
  view.addEventListener('hashchange', later, { signal });
  const navigation = (view as unknown as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener?.('currententrychange', later, { signal });
  signal.addEventListener('abort', stop, { once: true });
}
