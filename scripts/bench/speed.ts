/**
 * Engine speed beside the bare wink pipeline and the peers: every contender on the same text of each size,
 * timed round-robin, reported in milliseconds per 1,000 words so that linear growth shows as flat figures.
 */
import type { Runner } from './runners.ts';
import { countWords, newsText } from './texts.ts';
import { type Repetitions, type Timing, timeRoundRobin } from './timing.ts';

/** One contender at one input size. */
export interface SpeedCell extends Timing {
  words: number;
  /** Median milliseconds per 1,000 words. */
  perKWordsMedian: number;
  /** Fastest run's milliseconds per 1,000 words. */
  perKWordsMin: number;
  /** Median CPU milliseconds per 1,000 words. */
  perKWordsCpu: number;
  /** What the contender produced on this text (findings, tokens, messages...). */
  output: number;
}

/** One contender across all sizes. */
export interface SpeedRow {
  id: string;
  label: string;
  unit: string;
  cells: SpeedCell[];
}

/** Input sizes in words, and the repetitions each size gets (fewer for the big ones, which time steadily). */
export function speedPlan(quick: boolean): { words: number; reps: Repetitions }[] {
  if (quick) {
    return [
      { words: 1_000, reps: { warmup: 2, runs: 5 } },
      { words: 10_000, reps: { warmup: 1, runs: 3 } },
    ];
  }
  return [
    { words: 1_000, reps: { warmup: 5, runs: 21 } },
    { words: 10_000, reps: { warmup: 2, runs: 9 } },
    { words: 50_000, reps: { warmup: 1, runs: 5 } },
  ];
}

/** Times every runner on the same text of each planned size. */
export function measureSpeed(runners: readonly Runner[], plan: ReturnType<typeof speedPlan>): SpeedRow[] {
  const rows: SpeedRow[] = runners.map((r) => ({ id: r.id, label: r.label, unit: r.unit, cells: [] }));
  for (const { words, reps } of plan) {
    const text = newsText(words);
    const counted = countWords(text);
    const outputs = runners.map((r) => r.run(text));
    const timings = timeRoundRobin(
      runners.map((r) => () => r.run(text)),
      reps,
    );
    timings.forEach((t, i) => {
      rows[i].cells.push({
        ...t,
        words: counted,
        perKWordsMedian: (t.medianMs * 1000) / counted,
        perKWordsMin: (t.minMs * 1000) / counted,
        perKWordsCpu: (t.cpuMedianMs * 1000) / counted,
        output: outputs[i],
      });
    });
  }
  return rows;
}

/** Ms per 1,000 words of one contender at one size (median or fastest run, or median CPU time), or undefined when not run. */
export function perKWords(
  rows: readonly SpeedRow[],
  id: string,
  words: number,
  stat: 'median' | 'min' | 'cpu' = 'median',
) {
  const cell = rows.find((r) => r.id === id)?.cells.find((c) => c.words === words);
  if (!cell) return undefined;
  return stat === 'median' ? cell.perKWordsMedian : stat === 'min' ? cell.perKWordsMin : cell.perKWordsCpu;
}
