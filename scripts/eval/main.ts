/**
 * `npm run eval`: measures the engine on the public development data (../shared/data) and prints each figure
 * beside its baseline, its targets and its recorded floor. See docs/evaluation.md.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../../src/engine/analyze.ts';
import type { Analyzer } from './analyse.ts';
import { type EvalArgs, parseArgs, USAGE } from './args.ts';
import { findBaseline } from './baselines/index.ts';
import { dataPresent, locateData, REPO_ROOT } from './data.ts';
import { checkFloors, floorsFromFigures, readFloors, writeFloors } from './floors.ts';
import { bandHolds, bandTable, errorListing, figureTable } from './print.ts';
import { chooseSets, runSets, type SetOutcome } from './run.ts';
import { SETS } from './sets/index.ts';
import type { BandRow, SetResult } from './types.ts';

/** Where output goes; tests pass their own. */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
  analyzer: Analyzer;
  /** The repository root: the default data folder is ../shared/data beside it, the floors live under it. */
  root: string;
}

const defaultIo: Io = { out: console.log, err: console.error, env: process.env, analyzer: analyze, root: REPO_ROOT };

/** Runs the evaluation and returns the exit status: 0 fine, 1 a floor broken or a set failed, 2 bad usage or data. */
export function main(argv: string[], io: Io = defaultIo): number {
  let args: EvalArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    io.err(`eval: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  const location = locateData(args.data, io.env, io.root);
  if (!dataPresent(location)) return noData(location.dir, location.explicit, args.checkFloors, io);
  let sets: ReturnType<typeof chooseSets>;
  let analyzer = io.analyzer;
  try {
    const baseline = args.baseline === undefined ? undefined : findBaseline(args.baseline);
    // --errors alone runs just that set; with --set it joins the sets named; a baseline runs its own sets.
    const named = args.sets.length === 0 && baseline ? baseline.sets : args.sets;
    sets = chooseSets(SETS, args.errors ? [...new Set([...named, args.errors])] : named);
    if (baseline) {
      analyzer = baseline.build(location.dir);
      io.err(`eval: measuring the baseline ${baseline.name} (${baseline.description}), not the engine`);
    }
  } catch (error) {
    io.err(`eval: ${(error as Error).message}`);
    return 2;
  }
  io.err(`eval: data from ${location.dir}`);
  const outcomes = runSets(sets, location.dir, analyzer, io.err);
  try {
    return report(outcomes, args, location.dir, io);
  } catch (error) {
    // A malformed floors file or an unwritable --json path: say which, rather than a stack trace.
    io.err(`eval: ${(error as Error).message}`);
    return 2;
  }
}

function noData(dir: string, explicit: boolean, checkFloors: boolean, io: Io): number {
  if (explicit) {
    io.err(`eval: data folder ${dir} does not exist`);
    return 2;
  }
  // CI is meant to have the data: a floor check there without it would pass without measuring anything.
  if (checkFloors && io.env.CI) {
    io.err(`eval: --check-floors in CI, but the data folder ${dir} is absent`);
    return 1;
  }
  io.out(
    `eval: no evaluation data at ${dir} (set --data DIR or SOURCELIGHT_DATA); nothing measured, nothing to check.`,
  );
  return 0;
}

function report(outcomes: SetOutcome[], args: EvalArgs, dir: string, io: Io): number {
  const results = outcomes.flatMap((o) => (o.status === 'done' ? [o.result] : []));
  const figures = results.flatMap((r) => r.figures);
  const floorsPath = args.floorsFile ?? join(io.root, 'scripts/eval/floors.json');
  // The floors are the engine's: a baseline's figures are shown without them.
  const floors = args.baseline === undefined ? readFloors(floorsPath) : { floors: {}, ceilings: {} };
  io.out(`\n${figureTable(figures, floors)}`);
  const bands = results.flatMap((r) => r.bands);
  if (bands.length > 0) io.out(`\nPrecision per confidence band\n${bandTable(bands)}`);
  for (const note of results.flatMap((r) => r.notes)) io.out(note);
  const problems = [
    ...outcomes.flatMap((o) =>
      o.status === 'error' || (o.status === 'missing' && args.checkFloors) ? [o.message] : [],
    ),
    ...results.flatMap((r) => r.failures.map((f) => `${r.set}: the engine threw on ${f}`)),
  ];
  if (args.errors) printErrors(results, args, io);
  if (args.json) writeJson(args.json, dir, outcomes, results);
  if (args.writeFloors) {
    writeFloors(floorsPath, floorsFromFigures(figures, floors));
    io.out(`\nFloors written to ${floorsPath}`);
  }
  if (args.checkBands) problems.push(...bands.filter((b) => bandHolds(b) === 'NO').map(bandProblem));
  if (args.checkFloors) {
    const broken = [...checkFloors(figures, floors), ...problems];
    if (broken.length > 0) {
      io.err(`\neval: floor check FAILED:\n${indentList(broken)}`);
      return 1;
    }
    io.out('\nFloor check passed: every figure is at or above its floor.');
  }
  if (problems.length > 0 && !args.checkFloors) io.err(`\neval: FAILED:\n${indentList(problems)}`);
  return problems.length > 0 ? 1 : 0;
}

/** The first 20 lines, indented, and how many more there are: thousands of crashes must not bury the rest. */
function indentList(lines: string[], most = 20): string {
  const shown = lines.slice(0, most).map((l) => `  ${l}`);
  if (lines.length > most) shown.push(`  … and ${lines.length - most} more`);
  return shown.join('\n');
}

function bandProblem(b: BandRow): string {
  return `${b.set} ${b.metric}: precision at confidence >= 0.7 is ${b.high.value?.toFixed(3)}, below ${b.all.value?.toFixed(3)} for all findings`;
}

function printErrors(results: SetResult[], args: EvalArgs, io: Io): void {
  const result = results.find((r) => r.set === args.errors);
  if (!result) return;
  io.out(
    `\nErrors of ${result.set} (up to ${args.limit} examples per group)\n${errorListing(result.errors, args.limit)}`,
  );
}

function writeJson(path: string, dir: string, outcomes: SetOutcome[], results: SetResult[]): void {
  const body = {
    data: dir,
    figures: Object.fromEntries(results.flatMap((r) => r.figures.map((f) => [f.id, f.value]))),
    sets: outcomes.map((o) =>
      o.status === 'done'
        ? {
            set: o.set,
            status: o.status,
            seconds: o.seconds,
            records: o.result.records,
            figures: o.result.figures,
            bands: o.result.bands,
            notes: o.result.notes,
            failures: o.result.failures,
          }
        : o,
    ),
  };
  writeFileSync(path, `${JSON.stringify(body, null, 2)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
