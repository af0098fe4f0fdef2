/**
 * `npx tsx scripts/bench/browser-trace.ts [rounds] [words]`: where the page's longest main-thread tasks go
 * while Sourcelight analyses and draws a long page in Chromium, from a DevTools trace of the page's renderer.
 * Each top-level task is given with its wall time and its thread (CPU) time: on a shared, busy machine the wall
 * time is stretched by other processes, the CPU time is not. The heaviest kinds of work inside each task
 * (style, layout, paint, script, garbage collection) say what made it long. The first analysis in the browser
 * is left out (a warm-up); each round then analyses a new page of the same size, traced, and scrolls it
 * through from top to bottom, traced again (scrolling is what a reader does next, and highlights must not slow it).
 */
import { rmSync, writeFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';
import { newTabId } from '../../tests/e2e/harness/bridge.ts';
import { startServer } from '../../tests/e2e/harness/server.ts';
import { CHROMIUM, privateTestBuild } from './browser.ts';
import { type ExtensionChromium, launchWithExtension } from './browser-session.ts';
import { ROOT } from './spawn.ts';
import { median } from './timing.ts';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { frames?: { url: string; processId: number }[] } };
}

/** One top-level task of the page's main thread: wall and CPU ms, and the heaviest work inside it. */
interface Task {
  wallMs: number;
  cpuMs: number;
  /** A frame's rendering (style, layout, paint: where highlights cost), or script (ours or the page's). */
  kind: 'render' | 'script';
  inside: string;
}

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink'].join(',');
const ms = (us = 0) => Math.round(us / 100) / 10;

/** Records a trace of everything `during` does. */
async function traced(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: object[] }) => events.push(...(value as unknown as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await during();
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect); // the next trace on this page is its own
  return events;
}

/** The top-level tasks of the main thread of the renderer that shows `url`, longest first. */
function pageTasks(events: readonly TraceEvent[], url: string): Task[] {
  const frame = events.flatMap((e) => e.args?.data?.frames ?? []).find((f) => f.url.includes(url));
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === frame?.processId && e.args?.name === 'CrRendererMain',
  );
  if (!main) throw new Error(`no renderer main thread for ${url} in the trace`);
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined);
  const tops = onMain.filter((e) => e.cat === 'toplevel' && (e.dur ?? 0) >= 16_000);
  return tops
    .map((top) => {
      const end = top.ts + (top.dur ?? 0);
      const byName = new Map<string, number>();
      for (const e of onMain) {
        if (e === top || e.cat === 'toplevel' || e.ts < top.ts || e.ts >= end) continue;
        byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0));
      }
      const heaviest = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 5);
      const kind: Task['kind'] = byName.has('WebFrameWidgetImpl::UpdateLifecycle') ? 'render' : 'script';
      return {
        wallMs: ms(top.dur),
        cpuMs: ms(top.tdur),
        kind,
        inside: heaviest.map(([n, d]) => `${n} ${ms(d)}`).join(', '),
      };
    })
    .sort((a, b) => b.wallMs - a.wallMs);
}

/** Scrolls the page from top to bottom, most of a screen every other frame (a fast reader). Runs in the page. */
const SCROLL_THROUGH = `(async () => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  window.scrollTo(0, 0);
  while (scrollY + innerHeight < document.documentElement.scrollHeight - 1) {
    window.scrollBy(0, innerHeight * 0.9);
    await frame();
    await frame();
  }
})()`;

/** The page's tasks while it was analysed and drawn, and then while it was scrolled through. */
interface PageTrace {
  analysis: Task[];
  scrolling: Task[];
}

/** Analyses `url` in a new tab through the bridge (the toolbar click's code path), traced, then scrolls it through, traced. */
async function analyseTraced({ context, bridge }: ExtensionChromium, url: string): Promise<PageTrace> {
  const before = await bridge.tabIds();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await newTabId(before, bridge);
  await page.bringToFront();
  const cdp = await context.newCDPSession(page);
  const events = await traced(cdp, async () => {
    const answer = await bridge.callBackground('analyzeTab', tabId, 'article');
    if (!answer.ok || answer.value.status !== 'result')
      throw new Error(`analysis of ${url} failed: ${JSON.stringify(answer).slice(0, 200)}`);
    await new Promise((resolve) => setTimeout(resolve, 500)); // the last frames of drawing
  });
  // SOURCELIGHT_TRACE_OUT=prefix keeps each analysis's raw trace (for chrome://tracing, or to read compile events).
  const out = process.env.SOURCELIGHT_TRACE_OUT;
  if (out) writeFileSync(`${out}-${Date.now()}.json`, JSON.stringify(events));
  const scrolled = await traced(cdp, () => page.evaluate(SCROLL_THROUGH));
  await cdp.detach();
  await page.close();
  const { pathname, search } = new URL(url);
  return { analysis: pageTasks(events, pathname + search), scrolling: pageTasks(scrolled, pathname + search) };
}

async function main(rounds = Number(process.argv[2] ?? 3), words = Number(process.argv[3] ?? 20_000)): Promise<void> {
  const server = await startServer();
  const extension = await privateTestBuild(ROOT);
  const browser = await launchWithExtension(extension, CHROMIUM);
  try {
    const page = (run: string) => server.url(`/generated/long.html?words=${words}&run=trace-${run}`);
    await analyseTraced(browser, page('warm-up'));
    const longest = { render: [] as Task[], script: [] as Task[], scrolling: [] as Task[] };
    for (let round = 0; round < rounds; round++) {
      const { analysis, scrolling } = await analyseTraced(browser, page(String(round)));
      const picks = {
        render: analysis.filter((t) => t.kind === 'render'),
        script: analysis.filter((t) => t.kind === 'script'),
        scrolling,
      };
      for (const kind of ['render', 'script', 'scrolling'] as const) {
        const top = [...picks[kind]].sort((a, b) => b.cpuMs - a.cpuMs)[0];
        longest[kind].push(top ?? { wallMs: 0, cpuMs: 0, kind: 'render', inside: '' });
        console.log(
          `round ${round + 1}, ${kind}: ${top ? `${top.wallMs} ms wall, ${top.cpuMs} ms cpu (${top.inside})` : 'none ≥ 16 ms'}`,
        );
      }
    }
    for (const kind of ['render', 'script', 'scrolling'] as const) {
      const tasks = longest[kind];
      console.log(
        `longest ${kind} task by cpu, median of ${rounds}: cpu ${median(tasks.map((t) => t.cpuMs))} ms, wall ${median(tasks.map((t) => t.wallMs))} ms`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(extension, { recursive: true, force: true });
  }
}

await main();
