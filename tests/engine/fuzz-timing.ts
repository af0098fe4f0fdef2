/**
 * Measures whether analysis time grows linearly with the text: milliseconds per character at 100 KB,
 * 300 KB and 1 MB. It stops before the 1 MB step when 300 KB already shows superlinear cost, because a
 * quadratic engine would otherwise hold a synchronous test for minutes, where no timeout can interrupt it.
 */
import { analyze } from '../../src/engine/analyze.ts';
import type { Report } from '../../src/engine/types.ts';
import { type Random, randomInt } from './fuzz-random.ts';

/**
 * Milliseconds of CPU this test process has used. CPU time rather than wall time: when other test files or
 * other people's work share the machine, wall time grows with the waiting, CPU time barely moves.
 * (Vitest runs each test file in a process of its own, so other files' work is not counted here.)
 */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** One rung of the ladder: its size and the fastest CPU time per character. */
export interface Rung {
  chars: number;
  msPerChar: number;
}

/** The rungs measured, the largest report (for the invariant checks), and why the ladder stopped early. */
export interface Ladder {
  rungs: Rung[];
  largest?: { text: string; report: Report };
  stoppedEarly?: string;
}

/** The fastest of `runs` analyses of the text, in milliseconds, with the last report. */
function fastest(text: string, runs: number, now: () => number): { ms: number; report: Report } {
  let ms = Number.POSITIVE_INFINITY;
  let report: Report | undefined;
  for (let i = 0; i < runs; i++) {
    const start = now();
    report = analyze(text);
    ms = Math.min(ms, now() - start);
  }
  return { ms, report: report as Report };
}

/**
 * Climbs 100 KB → 300 KB → 1 MB over prefixes of `text` (which must be at least 1 MB long). Small rungs are
 * timed twice (their fastest run counts) because a garbage collection weighs more on a short run.
 */
export function timeLadder(text: string, earlyStopRatio = 2.5, now = cpuMs): Ladder {
  analyze(text.slice(0, 10_000)); // warm up the JIT and the model before anything is timed
  const rungs: Rung[] = [];
  let largest: Ladder['largest'];
  for (const chars of [100_000, 300_000, 1_000_000]) {
    const part = text.slice(0, chars);
    const { ms, report } = fastest(part, chars < 1_000_000 ? 2 : 1, now);
    rungs.push({ chars, msPerChar: ms / chars });
    largest = { text: part, report };
    const ratio = rungs[rungs.length - 1].msPerChar / rungs[0].msPerChar;
    if (chars === 300_000 && ratio > earlyStopRatio) {
      return {
        rungs,
        largest,
        stoppedEarly: `300 KB already costs ${ratio.toFixed(1)}x per character what 100 KB does`,
      };
    }
  }
  return { rungs, largest };
}

/**
 * Milliseconds per character to analyse a sentence around one `chars`-letter word. The word's letters are
 * random and new on every call, because wink remembers words it has seen and a repeated word costs nothing.
 */
export function longWordMsPerChar(chars: number, random: Random, now = cpuMs): number {
  let word = '';
  for (let i = 0; i < chars; i++) word += String.fromCharCode(randomInt(random, 0x61, 0x7a));
  const start = now();
  analyze(`The mayor said ${word} was fine.`);
  return (now() - start) / chars;
}
