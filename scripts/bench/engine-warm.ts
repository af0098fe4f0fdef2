/**
 * `npx tsx scripts/bench/engine-warm.ts [--curve [runs]] [--gc] [--first N]`: how fast the engine is while V8 is still
 * optimising it, which is how the browser's background meets a reader's next article. A diagnostic for people
 * tuning the engine, not part of `npm run bench`. Times are CPU milliseconds of the main thread (engine-clock.ts)
 * beside those of the whole process, whose compiler and garbage-collector threads do not hold up the analysis.
 *
 * Default: the background's path. A fresh process analyses a first 1,500-word article, then the pieces the
 * background's `optimise` analyses after it (src/background/engine.ts, optimiseQueue), then, each after a
 * reader's pause of a second, three other articles, and prints what each of those cost. `--first N` starts
 * from another article (0-13), which moves where the garbage collector's work falls: run several. `--gc`
 * collects all garbage before each of them. In Node the next article's cost depends on the heap as much as
 * on the code: the same engine measured 15-25 ms of main-thread CPU when a scavenge had run in the pause
 * and 30-45 ms when it had not, with no collection inside the analysis itself (round 13, load 4-9).
 *
 * `--curve`: one 1,500-word text analysed `runs` times (200) in a fresh process, in ten batches, each batch's
 * 10th percentile and median. The median falls for the first 100-150 analyses as V8 optimises function after
 * function; engine-phases.ts's 15 rounds after 2 warm-ups sit inside that fall, hence its median far above its
 * 10th percentile. Per word, a short text also pays more than a long one for the same reason.
 */
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { OPTIMISE_CHARS, optimiseQueue } from '../../src/background/engine.ts';
import { analyze } from '../../src/engine/analyze.ts';
import { mainThreadCpuMs, processCpuMs, THREAD_TIME } from './engine-clock.ts';
import { longArticles, newsText } from './texts.ts';
import { percentile } from './timing.ts';

/** The CPU milliseconds of one analysis: main thread and whole process. */
interface Cost {
  main: number;
  process: number;
}

/** Analyses `text` once and returns what it cost. */
function costOf(text: string): Cost {
  const main = mainThreadCpuMs();
  const process = processCpuMs();
  analyze(text);
  return { main: mainThreadCpuMs() - main, process: processCpuMs() - process };
}

/** A full garbage collection, without starting Node with --expose-gc. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** How long the reader looks at a result before the next article (the benchmark's READING_PAUSE_MS). */
const PAUSE_MS = 1_000;

/** The background's path: the `start`-th article, its practice, then three next articles after pauses. */
async function nextArticles(start: number, collect: boolean): Promise<void> {
  const articles = longArticles(14, 1_500);
  const first = articles[start % articles.length];
  costOf(first);
  for (const piece of optimiseQueue(first.slice(0, OPTIMISE_CHARS))) analyze(piece);
  console.log(`after article ${start} and the background's practice${collect ? ', a full GC before each' : ''}:`);
  for (let i = 1; i <= 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    if (collect) collectGarbage();
    const { main, process } = costOf(articles[(start + 5 * i) % articles.length]);
    console.log(`  next article ${i}: main thread ${main.toFixed(1)} ms, process ${process.toFixed(1)} ms`);
  }
}

/** The same text `runs` times: each tenth's 10th percentile and median. */
function curve(runs: number): void {
  const text = newsText(1_500);
  const costs = Array.from({ length: runs }, () => costOf(text));
  const size = Math.max(1, Math.floor(runs / 10));
  console.log('analyses'.padEnd(12), 'main p10', 'median', '| process p10', 'median');
  for (let from = 0; from < runs; from += size) {
    const batch = costs.slice(from, from + size);
    const main = batch.map((c) => c.main);
    const all = batch.map((c) => c.process);
    console.log(
      `${from + 1}-${from + batch.length}`.padEnd(12),
      percentile(main, 0.1).toFixed(1).padStart(8),
      percentile(main, 0.5).toFixed(1).padStart(6),
      '|',
      percentile(all, 0.1).toFixed(1).padStart(11),
      percentile(all, 0.5).toFixed(1).padStart(6),
    );
  }
}

const args = process.argv.slice(2);
if (!THREAD_TIME) console.log('(no per-thread CPU time here: "main thread" is the whole process)');
if (args.includes('--curve')) curve(Number(args.find((a) => /^\d+$/.test(a)) ?? 200));
else {
  const first = args.indexOf('--first');
  await nextArticles(first >= 0 ? Number(args[first + 1]) : 0, args.includes('--gc'));
}
