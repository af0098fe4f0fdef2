/** Round 16: a capitalised first word that wink's vocabulary knows as a common word is no name. */
import { describe, expect, test } from 'vitest';
import { parse } from '../../src/engine/nlp.ts';
import { featuresOf } from './claims-checks.ts';

describe('Token.known: the lower-cased form is in wink’s vocabulary', () => {
  test.each([
    ['Exercise', true],
    ['exercise', true],
    ['Premiums', true],
    ['Medicare', false],
    ['Zorblatt', false],
  ])('%s -> %s', (word, known) => {
    expect(parse(`${word} matters.`).tokens[0].known).toBe(known);
  });
});

describe('a known common word opening a sentence names nothing', () => {
  test.each([
    'Exercise supports heart health in older adults.',
    'Sleep improves memory in young children.',
    'Fluoride reduces tooth decay in city water systems.',
    'Traffic doubled on the ring road last winter.',
  ])('%s', (text) => {
    expect(featuresOf(text).names).toBe(0);
  });
});

describe('names stay names', () => {
  test.each([
    ['Apple supports the new charging standard.', 1],
    ['Florida has no state income tax.', 1],
    ['Brown promised a vote on the budget.', 1],
    ['Target cut prices at its city stores.', 1],
    ['Exercise Tiger was a rehearsal for the landings.', 2],
    ['Doctors say Exercise Week starts in May.', 3],
  ])('%s -> %d names', (text, names) => {
    expect(featuresOf(text).names).toBe(names);
  });
});

describe('mid-sentence the capital still names', () => {
  test('a capitalised common word after the first', () => {
    expect(featuresOf('The council backed Exercise Plus, a walking scheme.').names).toBeGreaterThan(0);
  });
});

describe('a first word in capitals stays initials', () => {
  test.each([
    ['ICE detained two men at the depot.', 1],
    ['NAFTA was signed in 1993.', 1],
  ])('%s -> %d names', (text, names) => {
    expect(featuresOf(text).names).toBeGreaterThanOrEqual(names);
  });
});

describe('a proper adjective of a nation stays a name', () => {
  test.each([
    ['British engineers repaired the dam in April.', 1],
    ['Pakistani officials closed the crossing.', 1],
  ])('%s -> at least %d names', (text, names) => {
    expect(featuresOf(text).names).toBeGreaterThanOrEqual(names);
  });
});
