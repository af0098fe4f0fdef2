/**
 * Functions the tests run inside pages with TestPage.evaluate. Each is self-contained (it is serialised and
 * sent to the browser), and reads the page the way the page's own scripts could.
 */

/** Text of every range in every Sourcelight highlight, by highlight name (from the page's CSS.highlights). */
export function readHighlights(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
  if (!registry) return out;
  for (const [name, highlight] of registry) {
    if (name.startsWith('sourcelight-')) out[name] = [...highlight].map((range) => range.toString());
  }
  return out;
}

/** Centre of the first line box of the first range in a highlight whose text includes `phrase` (or of its first range). */
export function pointOnHighlight([name, phrase]: readonly [string, string | null]): { x: number; y: number; text: string } | null {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
  const ranges = [...(registry?.get(name) ?? [])];
  const range = phrase ? ranges.find((r) => r.toString().includes(phrase)) : ranges[0];
  if (!range) return null;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  const box = range.getClientRects()[0];
  if (!box) return null;
  return { x: box.left + Math.min(box.width / 2, 20), y: box.top + box.height / 2, text: range.toString() };
}

/** The page's markup: compared before and after an analysis to prove highlighting changed nothing. */
export function serialiseDocument(): string {
  return document.documentElement.outerHTML;
}

/** What the explanation card shows, read through its (open) shadow root. */
export function readCard(): { open: boolean; text: string; title: string; focused: boolean; background: string; borderLeft: string } {
  const host = document.querySelector('sourcelight-card');
  const card = host?.shadowRoot?.querySelector('.card') as HTMLElement | null | undefined;
  if (!host || !card) return { open: false, text: '', title: '', focused: false, background: '', borderLeft: '' };
  const style = getComputedStyle(card);
  return {
    open: true,
    text: card.textContent ?? '',
    title: card.querySelector('h2')?.textContent ?? '',
    focused: document.activeElement === host,
    background: style.backgroundColor,
    borderLeft: style.borderLeftWidth,
  };
}

/** Started before any page script: records long tasks (where supported) and the longest event-loop stall. */
export const MAIN_THREAD_WATCH = `(() => {
  const w = window;
  w.__sourcelightWatch = { longTasks: [], maxStall: 0 };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__sourcelightWatch.longTasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  // A 4 ms heartbeat: the longest gap between beats is how long the main thread was blocked at worst.
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    w.__sourcelightWatch.maxStall = Math.max(w.__sourcelightWatch.maxStall, Math.round(now - last - 4));
    last = now;
  }, 4);
})();`;

/** Reads and resets what MAIN_THREAD_WATCH recorded. */
export function readMainThreadWatch(): { longTasks: number[]; maxStall: number } {
  const w = window as unknown as { __sourcelightWatch?: { longTasks: number[]; maxStall: number } };
  const watch = w.__sourcelightWatch ?? { longTasks: [], maxStall: -1 };
  const copy = { longTasks: [...watch.longTasks], maxStall: watch.maxStall };
  if (w.__sourcelightWatch) w.__sourcelightWatch = { longTasks: [], maxStall: 0 };
  return copy;
}
