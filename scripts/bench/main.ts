/**
 * `npm run bench [-- --quick] [-- --check] [-- --out FILE] [-- --only browser]`: measures the engine beside the bare wink
 * pipeline and peers, batch throughput, a 100,000-word CLI run, bundle sizes and the budgets of issue 5, in
 * one run; prints Markdown tables (progress goes to stderr) and writes the figures to artifacts/bench.json.
 * It is a report: the exit code is 0 even when a budget fails, unless --check is given.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { batchInputs, engineBatch } from './batch.ts';
import { browserPlan, measureInBrowser, READING_PAUSE_MS } from './browser.ts';
import { checkBudgets } from './budgets.ts';
import { bundleSizes } from './bundles.ts';
import { batchMissing, cliBatch } from './cli-batch.ts';
import { cliLargeInput } from './cli-large.ts';
import { describeMachine } from './machine.ts';
import { allRunners, engineRunner } from './runners.ts';
import { measureSpeed, speedPlan } from './speed.ts';
import { ROOT } from './spawn.ts';
import {
  batchTable,
  browserTable,
  phaseTable,
  budgetTable,
  bundleTable,
  largeInputTable,
  machineLine,
  speedTable,
} from './tables.ts';
import { newsText } from './texts.ts';
import { timeOnce } from './timing.ts';

const USAGE = 'usage: npm run bench [-- --quick] [-- --check] [-- --out FILE] [-- --only browser]';
const ARTICLE_WORDS = 1_500;
const LARGE_WORDS = 100_000;

/** Command-line options of the benchmark. */
interface Options {
  quick: boolean;
  check: boolean;
  out: string;
  /** Only the in-browser figures (Chromium tables), for work on the extension's own path. */
  browserOnly: boolean;
}

/** Reads the options; an unknown argument is an error, not something to guess about. */
function parseArgs(argv: readonly string[]): Options {
  const options: Options = { quick: false, check: false, out: resolve(ROOT, 'artifacts/bench.json'), browserOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') options.quick = true;
    else if (arg === '--check') options.check = true;
    else if (arg === '--out' && argv[i + 1]) options.out = resolve(argv[++i]);
    else if (arg === '--only' && argv[i + 1] === 'browser') {
      options.browserOnly = true;
      i++;
    }
    else throw new Error(`unknown argument ${JSON.stringify(arg)}\n${USAGE}`);
  }
  return options;
}

const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);

/** Runs every measurement in turn and returns the figures. */
async function measure(options: Options) {
  const machine = describeMachine();
  progress('loading the model');
  const modelLoadMs = timeOnce(() => engineRunner.run('The model loads once.'));
  progress('engine and peers on the same texts');
  const speed = measureSpeed(allRunners(), speedPlan(options.quick));
  const inputs = batchInputs(options.quick, ARTICLE_WORDS);
  progress(`engine batch: ${inputs.lines.length} lines, ${inputs.articles.length} articles`);
  const engine = {
    lines: engineBatch(inputs.lines),
    articles: engineBatch(inputs.articles),
    articleWords: ARTICLE_WORDS,
  };
  progress('CLI batch');
  const missing = await batchMissing();
  const cli = missing
    ? { lines: { ok: false as const, reason: missing }, articles: { ok: false as const, reason: missing } }
    : { lines: await cliBatch(inputs.lines), articles: await cliBatch(inputs.articles) };
  progress(`CLI on ${LARGE_WORDS} words`);
  const large = await cliLargeInput(newsText(LARGE_WORDS), LARGE_WORDS, options.quick ? 1 : 3);
  const bundles = bundleSizes();
  progress('in Chromium with the extension');
  const browser = await measureInBrowser(browserPlan(options.quick));
  const budgets = checkBudgets({ speed, articlesBatch: engine.articles, bundles, large, browser });
  return {
    date: new Date().toISOString(),
    quick: options.quick,
    machine,
    modelLoadMs,
    speed,
    engine,
    cli,
    large,
    bundles,
    browser,
    budgets,
  };
}

/** The printed report: every table under its heading. */
function render(r: Awaited<ReturnType<typeof measure>>): string {
  return [
    `# Sourcelight benchmark${r.quick ? ' (quick)' : ''}, ${r.date}`,
    `Machine: ${machineLine(r.machine)}. Model load and first analysis: ${r.modelLoadMs.toFixed(0)} ms (once per process).`,
    '## Engine beside the bare wink pipeline and peers (same texts, same run)',
    speedTable(r.speed),
    '## Batch throughput (one model load)',
    batchTable(r.engine, r.cli),
    '## 100,000 words through the CLI',
    largeInputTable(r.large, LARGE_WORDS),
    '## In Chromium with the extension (test build)',
    `Warm is the next article in the same browser: "after a pause" waits ${READING_PAUSE_MS / 1000} s first, as a reader looks at the result, and the background uses that time to optimise its engine; "no pause" opens it at once.`,
    browserTable(r.browser),
    '### Where the time goes (ms, medians; phases overlap: the engine loads while the page is read)',
    '"after alignment, until extracted" is the rest of the extraction (text and links), or the page waiting for the background to ask for it.',
    phaseTable(r.browser),
    '## Bundle sizes',
    bundleTable(r.bundles),
    '## Budgets',
    budgetTable(r.budgets),
  ].join('\n\n');
}

/**
 * `--only browser`: the in-browser figures alone (a few minutes instead of ten), printed as the full run prints
 * them and written to the JSON file; no budget is judged (the full run judges them all, on one run's figures).
 */
async function browserOnly(options: Options): Promise<number> {
  const machine = describeMachine();
  progress('in Chromium with the extension');
  const browser = await measureInBrowser(browserPlan(options.quick));
  const date = new Date().toISOString();
  process.stdout.write(
    `${[
      `# Sourcelight benchmark, in-browser figures only${options.quick ? ' (quick)' : ''}, ${date}`,
      `Machine: ${machineLine(machine)}.`,
      '## In Chromium with the extension (test build)',
      `Warm is the next article in the same browser: "after a pause" waits ${READING_PAUSE_MS / 1000} s first, as a reader looks at the result, and the background uses that time to optimise its engine; "no pause" opens it at once.`,
      browserTable(browser),
      '### Where the time goes (ms, medians; phases overlap: the engine loads while the page is read)',
      phaseTable(browser),
    ].join('\n\n')}\n`,
  );
  // Not over the full run's artifacts/bench.json, unless asked to.
  const out = options.out === resolve(ROOT, 'artifacts/bench.json') ? resolve(ROOT, 'artifacts/bench-browser.json') : options.out;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ date, quick: options.quick, machine, browser }, null, 2)}\n`);
  progress(`figures written to ${out}`);
  return 0;
}

/** Entry point: measure, print, write the JSON, and choose the exit code. */
async function main(argv: readonly string[]): Promise<number> {
  const options = parseArgs(argv);
  if (options.browserOnly) return browserOnly(options);
  const result = await measure(options);
  process.stdout.write(`${render(result)}\n`);
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(result, null, 2)}\n`);
  progress(`figures written to ${options.out}`);
  const failed = result.budgets.filter((b) => b.pass === false);
  if (failed.length > 0)
    progress(`${failed.length} budget(s) failed${options.check ? '' : ' (report only: pass --check to fail the run)'}`);
  return options.check && failed.length > 0 ? 1 : 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
