/** Pure metric functions: counts to precision/recall/F1, macro-F1, and tie-aware average precision. */

/** True/false positive and false negative counts of one class. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 of one class; a ratio with a zero denominator is null (nothing to measure). */
export interface Prf {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** A ratio, or null when the denominator is zero, so "no predictions" never reads as a perfect score. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** Precision, recall and F1 from counts; F1 is 0 (not null) when there are gold positives but nothing found. */
export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { precision, recall, f1: f1Score(precision, recall) };
}

/** The harmonic mean of precision and recall; null without gold positives, 0 when nothing was predicted. */
export function f1Score(precision: number | null, recall: number | null): number | null {
  if (recall === null) return null;
  const p = precision ?? 0;
  return p + recall === 0 ? 0 : (2 * p * recall) / (p + recall);
}

/** Counts of the positive class from paired gold labels and predictions. */
export function countBinary(pairs: Iterable<{ gold: boolean; predicted: boolean }>): Counts {
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const { gold, predicted } of pairs) {
    if (gold && predicted) counts.tp++;
    else if (predicted) counts.fp++;
    else if (gold) counts.fn++;
  }
  return counts;
}

/** Macro-F1 over both classes of a binary task: the mean of the positive class's F1 and the negative class's F1. */
export function binaryMacroF1(pairs: { gold: boolean; predicted: boolean }[]): number | null {
  const positive = prf(countBinary(pairs)).f1;
  const negative = prf(countBinary(pairs.map((p) => ({ gold: !p.gold, predicted: !p.predicted })))).f1;
  if (positive === null || negative === null) return null;
  return (positive + negative) / 2;
}

/** The mean of the non-null values, or null when there are none. */
export function mean(values: (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0) / present.length;
}

/**
 * Average precision of a ranking by `score` (higher first), or null when nothing is relevant.
 * Items with equal scores are tied: the result is the expected AP over every order of each tie (McSherry and
 * Najork, ECIR 2008), so a detector that gives everything the same score gets no credit from the file's order.
 */
export function averagePrecision(items: { score: number; relevant: boolean }[]): number | null {
  const totalRelevant = items.filter((i) => i.relevant).length;
  if (totalRelevant === 0) return null;
  const groups = new Map<number, { n: number; r: number }>();
  for (const { score, relevant } of items) {
    const g = groups.get(score) ?? { n: 0, r: 0 };
    g.n++;
    if (relevant) g.r++;
    groups.set(score, g);
  }
  let before = 0; // items ranked above the current tie group
  let relevantBefore = 0;
  let sum = 0;
  for (const score of [...groups.keys()].sort((a, b) => b - a)) {
    const { n, r } = groups.get(score) as { n: number; r: number };
    if (r > 0) sum += r * expectedPrecisionInTie(n, r, before, relevantBefore);
    before += n;
    relevantBefore += r;
  }
  return sum / totalRelevant;
}

/**
 * Expected precision at a relevant item of a tie group of n items (r relevant) placed after `before` items
 * (`relevantBefore` relevant). At position j, the other relevant items ahead of it number (j-1)(r-1)/(n-1) on
 * average, and the denominator is fixed, so the expectation is exact.
 */
function expectedPrecisionInTie(n: number, r: number, before: number, relevantBefore: number): number {
  let total = 0;
  for (let j = 1; j <= n; j++) {
    const othersAhead = n === 1 ? 0 : ((j - 1) * (r - 1)) / (n - 1);
    total += (relevantBefore + 1 + othersAhead) / (before + j);
  }
  return total / n;
}
