/**
 * The in-browser figures of issue 5, measured in Chromium with the extension's test build: trigger →
 * highlights on a 1,500- and a 20,000-word page, cold (the background not running: its service worker is
 * stopped first, as the browser stops it after 30 idle seconds, so the worker, the engine, the model and the
 * content script all start) and warm (the next article while the background still runs), the longest
 * main-thread task the analysis causes in the page, and the JS heap the page gains. Each figure is the median
 * of several rounds of a cold and a warm analysis. Needs Chromium; the test build (dist/chrome-test) is
 * brought up to date with the e2e harness's lock-safe ensureBuilt().
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from '../../tests/e2e/harness/build.ts';
import { startServer } from '../../tests/e2e/harness/server.ts';
import { type AnalysisCost, startSession } from './browser-session.ts';
import type { Measured } from './measured.ts';
import { ROOT } from './spawn.ts';
import { median } from './timing.ts';

/** One round: a cold analysis, the next article after READING_PAUSE_MS, and another cold one followed at once by the next. */
export interface Round {
  cold: AnalysisCost;
  warm: AnalysisCost;
  /** The cold analysis before `warmNoPause` (not in the cold median, which stays one per round). */
  coldAgain: AnalysisCost;
  warmNoPause: AnalysisCost;
}

/** Cold and warm analyses of one page size: the median of the rounds, and every round. */
export interface PageFigures {
  words: number;
  cold: AnalysisCost;
  /** The next article after the reader's pause (READING_PAUSE_MS). */
  warm: AnalysisCost;
  /** The next article opened at once: it meets the background's optimisation (engine.ts, optimise). */
  warmNoPause: AnalysisCost;
  rounds: Round[];
}

/** Every page size measured. */
export interface BrowserFigures {
  pages: PageFigures[];
}

/** Debian's Chromium, the browser the in-browser figures are measured in. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Brings dist/chrome-test up to date and copies it to a folder of our own: other people's e2e runs rebuild
 * dist/chrome-test at any moment, and a browser must not load an extension that is being rewritten.
 */
export async function privateTestBuild(root: string): Promise<string> {
  await ensureBuilt();
  const copy = mkdtempSync(join(tmpdir(), 'sourcelight-bench-extension-'));
  cpSync(join(root, 'dist/chrome-test'), copy, { recursive: true });
  if (!existsSync(join(copy, 'manifest.json')))
    throw new Error('dist/chrome-test has no manifest.json after the build');
  return copy;
}

/** What to measure: the budgets' 1,500 words and, outside quick mode, 20,000 words for the long-task budget. */
export interface BrowserPlan {
  words: number[];
  /** Rounds of one cold and one warm analysis per page size. */
  rounds: number;
}

/** The plan for a full or a quick run. */
export function browserPlan(quick: boolean): BrowserPlan {
  return quick ? { words: [1_500], rounds: 1 } : { words: [1_500, 20_000], rounds: 5 };
}

/** The median of each figure over the rounds (each step and timing on its own). */
export function medianCost(costs: readonly AnalysisCost[]): AnalysisCost {
  const of = (pick: (c: AnalysisCost) => number | undefined) => {
    const values = costs.map(pick).filter((v): v is number => v !== undefined);
    return values.length > 0 ? median(values) : undefined;
  };
  const keys = (pick: (c: AnalysisCost) => object | undefined) => [...new Set(costs.flatMap((c) => Object.keys(pick(c) ?? {})))];
  const record = (pick: (c: AnalysisCost) => Record<string, number> | undefined) =>
    Object.fromEntries(keys(pick).map((k) => [k, of((c) => pick(c)?.[k])]).filter(([, v]) => v !== undefined));
  return {
    triggerToHighlightsMs: of((c) => c.triggerToHighlightsMs) ?? 0,
    triggerToResultMs: of((c) => c.triggerToResultMs) ?? 0,
    timings: costs.some((c) => c.timings) ? (record((c) => c.timings as Record<string, number> | undefined) as unknown as AnalysisCost['timings']) : undefined,
    steps: record((c) => c.steps) as AnalysisCost['steps'],
    highlightedRanges: of((c) => c.highlightedRanges) ?? 0,
    // The worst round, not the median: the budget is a ceiling the page must never pass.
    longestTaskMs: Math.max(0, ...costs.map((c) => c.longestTaskMs)),
    heapGainKb: of((c) => c.heapGainKb) ?? 0,
  };
}

/**
 * The pause between the cold and the warm analysis: a reader looks at the first result before opening the next
 * article. The background uses idle time after an analysis (src/background/engine.ts, optimise). A reader who
 * opens the next article at once meets that instead, which the "warm, no pause" row measures.
 */
export const READING_PAUSE_MS = 1_000;

/**
 * Measures each page size in a browser of its own. Each round stops the background and analyses a new page
 * (cold), then, after READING_PAUSE_MS, analyses another page of the same size (warm: the reader's next
 * article); then stops the background again, analyses a page cold and the next one at once (warm, no pause).
 * New URLs every time, so nothing is reused from an earlier tab.
 */
export async function measureInBrowser(plan: BrowserPlan, root = ROOT): Promise<Measured<BrowserFigures>> {
  if (!existsSync(CHROMIUM)) return { ok: false, reason: `not available: ${CHROMIUM} is not installed` };
  const server = await startServer();
  let extension: string | undefined;
  // Where the run was when it failed: a failure names its page size, round and step, so it can be followed up.
  let where = 'building the test extension';
  try {
    extension = await privateTestBuild(root);
    const pages: PageFigures[] = [];
    for (const n of plan.words) {
      const session = await startSession(extension, CHROMIUM);
      try {
        const rounds: PageFigures['rounds'] = [];
        for (let round = 0; round < plan.rounds; round++) {
          const page = (run: string) => {
            where = `${n} words, round ${round + 1}, ${run}`;
            return server.url(`/generated/long.html?words=${n}&run=${run}-${round}`);
          };
          await session.stopBackground();
          const cold = await session.analyse(page('cold'));
          await new Promise((resolve) => setTimeout(resolve, READING_PAUSE_MS));
          const warm = await session.analyse(page('warm'));
          await session.stopBackground();
          const coldAgain = await session.analyse(page('cold-again'));
          const warmNoPause = await session.analyse(page('warm-no-pause'));
          rounds.push({ cold, warm, coldAgain, warmNoPause });
        }
        const median = (pick: (r: Round) => AnalysisCost) => medianCost(rounds.map(pick));
        pages.push({ words: n, cold: median((r) => r.cold), warm: median((r) => r.warm), warmNoPause: median((r) => r.warmNoPause), rounds });
      } finally {
        await session.close();
      }
    }
    return { ok: true, value: { pages } };
  } catch (error) {
    // A report, not a crash: the rest of the benchmark still prints, with the reason here.
    return { ok: false, reason: `failed (${where}): ${error instanceof Error ? error.message : String(error)}`.slice(0, 300) };
  } finally {
    await server.close();
    if (extension) rmSync(extension, { recursive: true, force: true });
  }
}
