/**
 * Round 17, second pass: a share written in words ("half the budget", "one in four homes") is a figure, and an
 * act under way on public business by someone else ("the council is closing the library") weighs as a done act.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { CHECKABLE_FLOOR } from '../../src/engine/detectors/claims/judge.ts';
import { featuresOf } from './claims-checks.ts';

/** The highest claim confidence in a text: the score a ranking of sentences sorts by. */
const rank = (text: string) => analyze(text).findings.find((f) => f.kind === 'claim')?.confidence ?? 0;

describe('a share in words is a figure (flags)', () => {
  test.each([
    'Half the parish budget goes on road repairs.',
    'Half of all renters in Dunmore pay more than they can afford.',
    'One in four pupils at Kelso High walks to school.',
    'Two out of three nurses on the ward work nights.',
    'One in a hundred ferries leaves late.',
    'Only 1 in 5 bridges in the county has been inspected.',
  ])('%s', (text) => {
    expect(featuresOf(text).numbers).toBeGreaterThan(0);
    expect(rank(text)).toBeGreaterThanOrEqual(CHECKABLE_FLOOR);
  });
});

describe('a half that is no share is no figure (does not flag as one)', () => {
  test.each([
    // A part of a game or of a stretch of time, an idiom, a half that is one of two.
    'He scored twice in the first half of the match.',
    'She ate the better half of the pie.',
    'They stayed a year-and-a-half that summer.',
    'Half the time my brother forgets his keys.',
    'That is half the fun of a road trip.',
    'The other half of the duo sang alone.',
  ])('%s', (text) => {
    expect(featuresOf(text).numbers).toBe(0);
  });
});

describe('a part over a whole needs two numbers joined by "in" or "out of"', () => {
  test.each([
    'One in the morning is too early for a phone call.',
    'Two of them came in late.',
  ])('%s', (text) => {
    expect(featuresOf(text).numbers).toBe(0);
  });
});

describe("someone else's act under way on public business weighs as a done act", () => {
  test.each([
    'She is raising taxes on families.',
    'The council is closing the library on Elm Street.',
    'The governor is cutting the police budget.',
  ])('%s', (text) => {
    const f = featuresOf(text);
    expect(f.ongoing).toBe(true);
    expect(f.past).toBe(0);
    expect(rank(text)).toBeGreaterThanOrEqual(CHECKABLE_FLOOR);
  });

  test('a private errand under way keeps the small credit', () => {
    const f = featuresOf('My sister is baking a cake for the fair.');
    expect(f.ongoing).toBe(true);
    expect(rank('My sister is baking a cake for the fair.')).toBeLessThan(CHECKABLE_FLOOR);
  });

});
