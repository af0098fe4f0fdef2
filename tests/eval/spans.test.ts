import { describe, expect, test } from 'vitest';
import { mergeRanges, overlapCredit, overlapLength, overlapsAny } from '../../scripts/eval/spans.ts';

const r = (start: number, end: number) => ({ start, end });

describe('mergeRanges', () => {
  test('merges overlapping ranges and sorts', () => {
    expect(mergeRanges([r(10, 20), r(0, 5), r(15, 30)])).toEqual([r(0, 5), r(10, 30)]);
  });
  test('keeps touching ranges apart and drops empty ones', () => {
    expect(mergeRanges([r(0, 5), r(5, 8), r(9, 9)])).toEqual([r(0, 5), r(5, 8)]);
  });
});

describe('overlap credit (SemEval-2020 Task 11)', () => {
  test('partial overlap earns the covered share of each span', () => {
    // prediction [0,10) and gold [5,25): 5 shared characters.
    expect(overlapCredit([r(0, 10)], [r(5, 25)])).toEqual({ credit: 0.5, count: 1 });
    expect(overlapCredit([r(5, 25)], [r(0, 10)])).toEqual({ credit: 0.25, count: 1 });
  });

  test('overlapping gold spans are merged so a character is not credited twice', () => {
    expect(overlapCredit([r(0, 10)], [r(0, 10), r(2, 8)])).toEqual({ credit: 1, count: 1 });
  });

  test('one gold span covered by two predictions earns the sum of both pieces', () => {
    expect(overlapCredit([r(0, 20)], [r(0, 5), r(15, 20)])).toEqual({ credit: 0.5, count: 1 });
  });

  test('no overlap earns nothing', () => {
    expect(overlapCredit([r(0, 5)], [r(5, 10)])).toEqual({ credit: 0, count: 1 });
  });
});

describe('overlapsAny', () => {
  test.each([
    [r(3, 6), [r(5, 9)], true],
    [r(3, 6), [r(0, 3), r(6, 9)], false],
    [r(3, 6), [], false],
  ])('%o against %o is %s', (range, others, expected) => {
    expect(overlapsAny(range, others)).toBe(expected);
  });
  test('overlapLength of disjoint ranges is 0', () => {
    expect(overlapLength(r(0, 2), r(4, 6))).toBe(0);
  });
});
