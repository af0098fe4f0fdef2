/**
 * The in-browser budgets of issue 5 — trigger → highlights on a 1,500- and a 20,000-word page (cold and
 * warm), the longest main-thread task during analysis, and the JS heap the page gains — are measured in
 * Chromium with the test build of the extension. This is the hook where that measurement plugs in; until the
 * extension exposes a trigger that automation can call, it reports exactly what is missing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Measured } from './measured.ts';
import { ROOT } from './spawn.ts';

/** The in-browser figures, in milliseconds (heap in kilobytes). */
export interface BrowserFigures {
  triggerToHighlightsColdMs1500: number;
  triggerToHighlightsWarmMs1500: number;
  triggerToHighlightsColdMs20000: number;
  triggerToHighlightsWarmMs20000: number;
  longestTaskMs20000: number;
  heapGainKb20000: number;
}

/** What the browser measurement needs on disk: Chromium and the extension's test build. */
export function browserPrerequisites(root = ROOT, chromium = '/usr/bin/chromium'): string | undefined {
  if (!existsSync(chromium)) return `not available: ${chromium} is not installed`;
  if (!existsSync(join(root, 'dist/chrome-test/manifest.json'))) {
    return 'not built: dist/chrome-test (the extension test build) is missing';
  }
  return undefined;
}

/**
 * Measures the in-browser budgets. The measurement itself is not written yet: it needs the extension's
 * automation trigger (the code path of a toolbar click) to be settled, so it says so instead of guessing.
 */
export async function measureInBrowser(root = ROOT): Promise<Measured<BrowserFigures>> {
  const missing = browserPrerequisites(root);
  if (missing) return { ok: false, reason: missing };
  return {
    ok: false,
    reason: 'not measured yet: the in-browser benchmark (scripts/bench/browser.ts) is still to be written',
  };
}
