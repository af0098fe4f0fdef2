/**
 * The in-browser figures of issue 5, measured in Chromium with the extension's test build: trigger →
 * highlights on a 1,500- and a 20,000-word page, cold (first analysis after the browser starts: service
 * worker, model and content script all start) and warm (the next article in the same browser), the longest
 * main-thread task the analysis causes in the page, and the JS heap the page gains. Needs Chromium; the
 * test build (dist/chrome-test) is brought up to date with the e2e harness's lock-safe ensureBuilt().
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from '../../tests/e2e/harness/build.ts';
import { startServer } from '../../tests/e2e/harness/server.ts';
import { type AnalysisCost, startSession } from './browser-session.ts';
import type { Measured } from './measured.ts';
import { ROOT } from './spawn.ts';

/** Cold and warm analyses of one page size. */
export interface PageFigures {
  words: number;
  cold: AnalysisCost;
  warm: AnalysisCost;
}

/** Every page size measured. */
export interface BrowserFigures {
  pages: PageFigures[];
}

const CHROMIUM = '/usr/bin/chromium';

/**
 * Brings dist/chrome-test up to date and copies it to a folder of our own: other people's e2e runs rebuild
 * dist/chrome-test at any moment, and a browser must not load an extension that is being rewritten.
 */
async function privateTestBuild(root: string): Promise<string> {
  await ensureBuilt();
  const copy = mkdtempSync(join(tmpdir(), 'sourcelight-bench-extension-'));
  cpSync(join(root, 'dist/chrome-test'), copy, { recursive: true });
  if (!existsSync(join(copy, 'manifest.json')))
    throw new Error('dist/chrome-test has no manifest.json after the build');
  return copy;
}

/** Page sizes to measure: the budgets' 1,500 words, and 20,000 words for the long-task budget (not in quick mode). */
export function browserPlan(quick: boolean): number[] {
  return quick ? [1_500] : [1_500, 20_000];
}

/**
 * Measures each page size in a browser of its own, so that its first analysis is truly cold; the warm run
 * opens a second page of the same size (a new URL, so nothing is reused from the first tab).
 */
export async function measureInBrowser(words: readonly number[], root = ROOT): Promise<Measured<BrowserFigures>> {
  if (!existsSync(CHROMIUM)) return { ok: false, reason: `not available: ${CHROMIUM} is not installed` };
  const server = await startServer();
  let extension: string | undefined;
  try {
    extension = await privateTestBuild(root);
    const pages: PageFigures[] = [];
    for (const n of words) {
      const session = await startSession(extension, CHROMIUM);
      try {
        const cold = await session.analyse(server.url(`/generated/long.html?words=${n}&run=cold`));
        const warm = await session.analyse(server.url(`/generated/long.html?words=${n}&run=warm`));
        pages.push({ words: n, cold, warm });
      } finally {
        await session.close();
      }
    }
    return { ok: true, value: { pages } };
  } catch (error) {
    // A report, not a crash: the rest of the benchmark still prints, with the reason here.
    return { ok: false, reason: `failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300) };
  } finally {
    await server.close();
    if (extension) rmSync(extension, { recursive: true, force: true });
  }
}
