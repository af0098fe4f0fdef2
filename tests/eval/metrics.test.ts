import { describe, expect, test } from 'vitest';
import { averagePrecision, binaryMacroF1, countBinary, f1Score, mean, prf, ratio } from '../../scripts/eval/metrics.ts';

const pairs = (spec: string) =>
  // "TP" = gold and predicted, "FP", "FN", "TN": a compact way to write a confusion table by hand.
  spec.split(' ').map((c) => ({ gold: c === 'TP' || c === 'FN', predicted: c === 'TP' || c === 'FP' }));

describe('prf', () => {
  test.each([
    [
      { tp: 2, fp: 2, fn: 0 },
      { precision: 0.5, recall: 1, f1: 2 / 3 },
    ],
    [
      { tp: 1, fp: 0, fn: 3 },
      { precision: 1, recall: 0.25, f1: 0.4 },
    ],
    [
      { tp: 0, fp: 0, fn: 5 },
      { precision: null, recall: 0, f1: 0 },
    ],
    [
      { tp: 0, fp: 4, fn: 0 },
      { precision: 0, recall: null, f1: null },
    ],
  ])('%o gives %o', (counts, expected) => {
    const got = prf(counts);
    expect(got.precision).toBe(expected.precision);
    expect(got.recall).toBe(expected.recall);
    if (expected.f1 === null) expect(got.f1).toBeNull();
    else expect(got.f1).toBeCloseTo(expected.f1, 10);
  });

  test('ratio of nothing is null, not a perfect score', () => {
    expect(ratio(0, 0)).toBeNull();
    expect(f1Score(null, 0.5)).toBeCloseTo(0);
  });
});

describe('countBinary and macro-F1', () => {
  test('counts each cell of the confusion table', () => {
    expect(countBinary(pairs('TP TP FP FN TN TN'))).toEqual({ tp: 2, fp: 1, fn: 1 });
  });

  test('macro-F1 averages both classes', () => {
    // positive: p 2/3 r 2/3 -> 2/3; negative: tp 2 fp 1 fn 1 -> 2/3
    expect(binaryMacroF1(pairs('TP TP FP FN TN TN'))).toBeCloseTo(2 / 3, 10);
  });

  test('predicting nothing scores only the negative class', () => {
    // positive F1 0; negative: tp 2, fn 0, fp 2 -> p 0.5 r 1 -> 2/3
    expect(binaryMacroF1(pairs('FN FN TN TN'))).toBeCloseTo(1 / 3, 10);
  });

  test('mean skips nulls', () => {
    expect(mean([0.2, null, 0.4])).toBeCloseTo(0.3);
    expect(mean([null])).toBeNull();
  });
});

describe('averagePrecision', () => {
  const ranked = (relevance: boolean[]) => relevance.map((relevant, i) => ({ score: relevance.length - i, relevant }));

  test.each([
    [[true, false, true], (1 + 2 / 3) / 2],
    [[false, true], 0.5],
    [[true, true, false], 1],
    [[false, false, false, true], 0.25],
  ])('ranking %o gives %f', (relevance, expected) => {
    expect(averagePrecision(ranked(relevance))).toBeCloseTo(expected, 10);
  });

  test('nothing relevant gives null', () => {
    expect(averagePrecision(ranked([false, false]))).toBeNull();
  });

  test('a tie is scored as the mean over its orders, not the file order', () => {
    // Two items tied, one relevant: AP is 1 in one order and 1/2 in the other.
    expect(
      averagePrecision([
        { score: 0, relevant: true },
        { score: 0, relevant: false },
      ]),
    ).toBeCloseTo(0.75, 10);
    expect(
      averagePrecision([
        { score: 0, relevant: false },
        { score: 0, relevant: true },
      ]),
    ).toBeCloseTo(0.75, 10);
  });

  test('a tie behind a ranked item: orders (R, R, N) and (R, N, R) average to 11/12', () => {
    const items = [
      { score: 1, relevant: true },
      { score: 0, relevant: false },
      { score: 0, relevant: true },
    ];
    expect(averagePrecision(items)).toBeCloseTo((1 + (1 + 2 / 3) / 2) / 2, 10);
  });

  test('all tied: two relevant of three gives the brute-force mean over all orders', () => {
    const orders = [
      [true, true, false],
      [true, false, true],
      [false, true, true],
    ].map((o) => averagePrecision(ranked(o)) as number);
    const expected = orders.reduce((a, b) => a + b, 0) / orders.length;
    const tied = [true, false, true].map((relevant) => ({ score: 0, relevant }));
    expect(averagePrecision(tied)).toBeCloseTo(expected, 10);
  });
});
