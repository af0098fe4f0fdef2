/** The command line of `npm run eval`. */

/** Parsed options. */
export interface EvalArgs {
  data?: string;
  sets: string[];
  json?: string;
  errors?: string;
  /** Examples printed per error group. */
  limit: number;
  checkFloors: boolean;
  /** Also fail when findings at confidence >= 0.7 are less precise than all findings (issue 6). */
  checkBands: boolean;
  writeFloors: boolean;
  floorsFile?: string;
  /** Measure this baseline (scripts/eval/baselines) instead of the engine. */
  baseline?: string;
  help: boolean;
}

/** Usage text, printed by --help and after a bad option. */
export const USAGE = `usage: npm run eval -- [options]
  --data DIR        data folder (default ../shared/data beside the repository, or $SOURCELIGHT_DATA)
  --set NAME        run only this set (repeatable)
  --json FILE       write every figure, band and note as JSON
  --errors NAME     list false positives / false negatives of a set, grouped by rule
  --limit N         examples per error group (default 5)
  --check-floors    exit 1 when a figure is below its floor in scripts/eval/floors.json
  --check-bands     exit 1 when findings at confidence >= 0.7 are less precise than all findings
  --write-floors    record floors 0.02 under the measured figures
  --floors FILE     another floors file (default scripts/eval/floors.json)
  --baseline NAME   measure a baseline instead of the engine, on its own sets unless --set is given
                    (bias-lexicon, report-verb-or-number, inflected-report-verb-or-number,
                    retext-intensify, write-good)`;

/** Parses argv (without node and script); throws an Error with a clear message on a bad option. */
export function parseArgs(argv: string[]): EvalArgs {
  const args: EvalArgs = { sets: [], limit: 5, checkFloors: false, checkBands: false, writeFloors: false, help: false };
  const value = (i: number, name: string): string => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`${name} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--check-floors') args.checkFloors = true;
    else if (arg === '--check-bands') args.checkBands = true;
    else if (arg === '--write-floors') args.writeFloors = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--data') args.data = value(i++, arg);
    else if (arg === '--set') args.sets.push(value(i++, arg));
    else if (arg === '--json') args.json = value(i++, arg);
    else if (arg === '--errors') args.errors = value(i++, arg);
    else if (arg === '--floors') args.floorsFile = value(i++, arg);
    else if (arg === '--baseline') args.baseline = value(i++, arg);
    else if (arg === '--limit') {
      args.limit = Number(value(i++, arg));
      if (!Number.isInteger(args.limit) || args.limit < 0) throw new Error('--limit needs a whole number');
    } else throw new Error(`unknown option ${arg}`);
  }
  if (args.baseline !== undefined && (args.checkFloors || args.writeFloors)) {
    throw new Error("--baseline cannot go with --check-floors or --write-floors: the floors are the engine's");
  }
  return args;
}
