import { describe, expect, test } from 'vitest';
import { alignColumns, bandHolds, errorListing, status } from '../../scripts/eval/print.ts';

const noLimits = { floors: {}, ceilings: {} };

describe('status', () => {
  test.each([
    [0.8, noLimits, 'final target met'],
    [0.65, noLimits, 'first target met'],
    [0.3, noLimits, 'below target'],
    [0.65, { floors: { 'babe/macro-f1': 0.7 }, ceilings: {} }, 'BELOW FLOOR'],
    [null, noLimits, 'not measured'],
  ])('babe macro-F1 of %s with %o: %s', (value, floors, expected) => {
    expect(status({ id: 'babe/macro-f1', value }, floors)).toBe(expected);
  });

  test('a ceiling is broken from above', () => {
    expect(
      status({ id: 'basil/flags-per-1000', value: 25 }, { floors: {}, ceilings: { 'basil/flags-per-1000': 20 } }),
    ).toBe('BELOW CEILING');
  });
});

describe('bandHolds', () => {
  const row = (all: number | null, high: number | null) => ({
    set: 's',
    metric: 'm',
    all: { value: all, predictions: 10 },
    high: { value: high, predictions: 5 },
  });
  test.each([
    [0.5, 0.6, 'yes'],
    [0.5, 0.5, 'yes'],
    [0.5, 0.4, 'NO'],
    [0.5, null, 'n/a'],
  ])('all %s, high %s: %s', (all, high, expected) => {
    expect(bandHolds(row(all, high))).toBe(expected);
  });
});

describe('tables', () => {
  test('alignColumns pads every column to its widest cell', () => {
    expect(
      alignColumns([
        ['a', 'bb'],
        ['ccc', 'd'],
      ]),
    ).toBe('a    bb\nccc  d');
  });

  test('errorListing puts the biggest group first and caps the examples', () => {
    const e = (group: string, record: string) => ({ type: 'fp' as const, group, record, snippet: `x ${record}` });
    const text = errorListing([e('small', '1'), e('big', '2'), e('big', '3'), e('big', '4')], 2);
    expect(text).toBe(
      'FALSE POSITIVES (4)\n  big: 3\n    2  x 2\n    3  x 3\n  small: 1\n    1  x 1\nFALSE NEGATIVES (0)',
    );
  });
});
