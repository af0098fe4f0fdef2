/** Runs the chosen sets one by one, timing each; a missing file or a malformed record stops only that set. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Analyzer } from './analyse.ts';
import type { EvalSet } from './sets/set.ts';
import type { SetResult } from './types.ts';

/** The outcome of one set: its result, or why it has none. */
export type SetOutcome =
  | { set: string; status: 'done'; result: SetResult; seconds: number }
  | { set: string; status: 'missing'; message: string }
  | { set: string; status: 'error'; message: string };

/** Runs each set against the data folder, reporting progress through `log`. */
export function runSets(
  sets: EvalSet[],
  dir: string,
  analyzer: Analyzer,
  log: (line: string) => void,
  clock: () => number = () => performance.now(),
): SetOutcome[] {
  return sets.map((set): SetOutcome => {
    if (!existsSync(join(dir, set.file))) {
      const message = `${set.name}: ${join(dir, set.file)} not found, set skipped`;
      log(message);
      return { set: set.name, status: 'missing', message };
    }
    const began = clock();
    try {
      const result = set.run({ dir, analyzer });
      const seconds = (clock() - began) / 1000;
      log(`${set.name}: ${result.records} records in ${seconds.toFixed(1)} s`);
      return { set: set.name, status: 'done', result, seconds };
    } catch (error) {
      const message = `${set.name}: ${(error as Error).message}`;
      log(message);
      return { set: set.name, status: 'error', message };
    }
  });
}

/** Choose sets by name (all when none named); throws on an unknown name, listing the known ones. */
export function chooseSets(all: EvalSet[], names: string[]): EvalSet[] {
  if (names.length === 0) return all;
  for (const name of names) {
    if (!all.some((s) => s.name === name)) {
      throw new Error(`unknown set "${name}"; sets: ${all.map((s) => s.name).join(', ')}`);
    }
  }
  return all.filter((s) => names.includes(s.name));
}
