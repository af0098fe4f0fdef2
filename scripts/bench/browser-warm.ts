/**
 * `npx tsx scripts/bench/browser-warm.ts [--rounds N] [--warm N] [--words N] [DIR ...]`: trigger → highlights on
 * one page size, cold and warm, in Chromium, for one or more builds of the extension's test target, alternating
 * the builds round by round so that a busy moment of the shared machine falls on each of them. Without a DIR it
 * measures the current sources (dist/chrome-test, brought up to date as the benchmark does). Each round launches
 * a fresh Chromium per build: a first analysis (the session waits for the worker to be activated, so it meets a
 * running worker and times the engine's and the model's load, not the worker's start), then `--warm` next
 * articles, each after the reader's pause (READING_PAUSE_MS), then one cold analysis after stopping the
 * background (the benchmark's cold, fully cold: the worker is checked stopped at the trigger). Prints, per build,
 * the medians of trigger → highlights, and for the cold and the warm runs the medians of the phases and of every
 * logged step (ms after the trigger):
 * the narrow, repeatable A/B measurement behind the benchmark's browser table.
 */
import { rmSync } from 'node:fs';
import { startServer } from '../../tests/e2e/harness/server.ts';
import { CHROMIUM, privateTestBuild, READING_PAUSE_MS } from './browser.ts';
import { type AnalysisCost, startSession } from './browser-session.ts';
import { ROOT } from './spawn.ts';
import { median } from './timing.ts';
import { PHASES, phaseDurations } from './trace-steps.ts';

interface Options {
  rounds: number;
  warm: number;
  words: number;
  dirs: string[];
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { rounds: 3, warm: 3, words: 1_500, dirs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const number = () => {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) throw new Error(`${arg} needs a positive whole number`);
      return value;
    };
    if (arg === '--rounds') options.rounds = number();
    else if (arg === '--warm') options.warm = number();
    else if (arg === '--words') options.words = number();
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else options.dirs.push(arg);
  }
  return options;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** "median (min-max)" of a list of milliseconds. */
function spread(values: readonly number[]): string {
  if (values.length === 0) return '-';
  const round = (v: number) => Math.round(v);
  return `${round(median(values))} (${round(Math.min(...values))}-${round(Math.max(...values))})`;
}

/** The steps every analysis logged, in the order of their median time. */
function stepLines(costs: readonly AnalysisCost[]): string[] {
  const names = [...new Set(costs.flatMap((c) => Object.keys(c.steps)))];
  const rows = names.map((name) => {
    const values = costs.map((c) => c.steps[name]).filter((v): v is number => v !== undefined);
    return { name, at: median(values), text: `  ${name.padEnd(24)} ${spread(values)}` };
  });
  return rows.sort((a, b) => a.at - b.at).map((r) => r.text);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const server = await startServer();
  const own = options.dirs.length === 0 ? await privateTestBuild(ROOT) : undefined;
  const dirs = own ? [own] : options.dirs;
  /** The first analysis in a new browser: the worker already running, the engine and the model not loaded. */
  const first = new Map<string, AnalysisCost[]>(dirs.map((d) => [d, []]));
  const warm = new Map<string, AnalysisCost[]>(dirs.map((d) => [d, []]));
  /** The warm analyses again by their place in the round: the first is the benchmark's "warm", the later ones meet more optimised code. */
  const warmAt = new Map<string, AnalysisCost[][]>(
    dirs.map((d) => [d, Array.from({ length: options.warm }, () => [])]),
  );
  /** Cold as the benchmark takes it: the background stopped (as the browser stops it when idle), the browser running. */
  const restarted = new Map<string, AnalysisCost[]>(dirs.map((d) => [d, []]));
  try {
    for (let round = 0; round < options.rounds; round++) {
      // Alternate the order each round, so neither build always runs first.
      const order = round % 2 === 0 ? dirs : [...dirs].reverse();
      for (const dir of order) {
        const session = await startSession(dir, CHROMIUM);
        try {
          const page = (run: string) =>
            server.url(`/generated/long.html?words=${options.words}&run=${run}-${round}-${Math.random()}`);
          // A failed analysis (now and then the browser closes the new tab under a loaded machine) is said and
          // left out of the figures, so one flaky moment does not throw away the whole session.
          const take = async (into: Map<string, AnalysisCost[]>, run: string, nth?: number) => {
            try {
              const cost = await session.analyse(page(run));
              into.get(dir)?.push(cost);
              if (nth !== undefined) warmAt.get(dir)?.[nth].push(cost);
              process.stderr.write(`round ${round + 1} ${dir}: ${run} ${Math.round(cost.triggerToHighlightsMs)} ms\n`);
            } catch (error) {
              process.stderr.write(
                `round ${round + 1} ${dir}: ${run} failed, left out: ${String(error).split('\n')[0]}\n`,
              );
            }
          };
          await take(first, 'first');
          for (let i = 0; i < options.warm; i++) {
            await pause(READING_PAUSE_MS);
            await take(warm, `warm${i}`, i);
          }
          await session.stopBackground();
          await take(restarted, 'cold');
        } finally {
          await session.close();
        }
      }
    }
    for (const dir of dirs) {
      const c = first.get(dir) ?? [];
      const w = warm.get(dir) ?? [];
      console.log(`\n${own ? 'current sources' : dir}: ${options.words} words`);
      const r = restarted.get(dir) ?? [];
      const line = (label: string, costs: AnalysisCost[]) =>
        `  ${label} trigger -> highlights ${spread(costs.map((x) => x.triggerToHighlightsMs))} ms, result view ${spread(costs.map((x) => x.triggerToResultMs))} ms (${costs.length})`;
      console.log(line('first in a new browser (worker running: engine and model load)', c));
      console.log(line('cold (background stopped)', r));
      console.log(
        `  warm trigger -> highlights ${spread(w.map((x) => x.triggerToHighlightsMs))} ms, result view ${spread(w.map((x) => x.triggerToResultMs))} ms (${w.length})`,
      );
      for (const [i, costs] of (warmAt.get(dir) ?? []).entries()) {
        const engine = costs
          .map((x) => phaseDurations(x.steps)['engine, started early'])
          .filter((v): v is number => v !== undefined);
        console.log(
          `    warm #${i + 1}: trigger -> highlights ${spread(costs.map((x) => x.triggerToHighlightsMs))} ms, engine started early ${spread(engine)} ms (${costs.length})`,
        );
      }
      console.log(
        `  benchmark's own delay before the trigger (not counted): ${spread(w.map((x) => x.harnessDelayMs ?? 0))} ms`,
      );
      console.log(
        `  longest task in the page (0: none of 50 ms or more): first ${spread(c.map((x) => x.longestTaskMs))} ms, cold ${spread(r.map((x) => x.longestTaskMs))} ms, warm ${spread(w.map((x) => x.longestTaskMs))} ms`,
      );
      for (const [run, costs] of [
        ['cold (background stopped)', r],
        ['warm', w],
      ] as const) {
        console.log(`  ${run} phases, ms: median (min-max)`);
        for (const [label] of PHASES) {
          const values = costs.map((x) => phaseDurations(x.steps)[label]).filter((v): v is number => v !== undefined);
          if (values.length > 0) console.log(`  ${label.padEnd(34)} ${spread(values)}`);
        }
        console.log(`  ${run} steps, ms after the trigger: median (min-max)`);
        for (const line of stepLines(costs)) console.log(line);
      }
    }
  } finally {
    await server.close();
    if (own) rmSync(own, { recursive: true, force: true });
  }
}

await main();
