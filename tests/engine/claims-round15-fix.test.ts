/**
 * Round 15's claims, fixed after a reader's audit: a relative acting in public life or a country's population is
 * no private errand; a past act of an institution, a profession or a crowd keeps the full weight of a past act.
 * Sentences are our own.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { CHECKABLE_FLOOR } from '../../src/engine/detectors/claims/judge.ts';
import { checkable, featuresOf } from './claims-checks.ts';

/** The highest claim confidence in the text (0 when there is no claim). */
const rankOf = (text: string) =>
  Math.max(
    0,
    ...analyze(text)
      .findings.filter((f) => f.kind === 'claim')
      .map((f) => f.confidence),
  );

describe('a private person acting in public life, or a population, is no private errand', () => {
  test.each([
    "The senator's daughter worked for the lobbying firm.",
    "The judge's cousin sat on the jury.",
    "The country's children gained weight during the pandemic.",
    "His family donated heavily to the governor's campaign.",
    "The mayor's brother won the contract for the new bridge.",
    "The city's children queued for water after the storm.",
    "The president's son met foreign businessmen in the capital.",
    "The minister's wife accepted a diamond necklace from the developer.",
    "The senator's son ordered the shredding of the files.",
    "The senator's daughter painted the fence.",
  ])('claim: %s', (text) => {
    expect(featuresOf(text).privateActor).toBe(false);
    // A public matter: ranked as a past act on record, not at the floor.
    expect(featuresOf(text).publicActor).toBe(true);
    expect(rankOf(text)).toBeGreaterThanOrEqual(0.5);
  });

  test.each([
    'Her neighbour ordered a taxi at midnight.',
    'My brother painted the fence.',
    "Okafor's cousin cooked dinner for the team.",
    "The baker's daughter painted the fence.",
    'Her older brother sat on the porch.',
  ])('still a private errand: %s', (text) => {
    expect(featuresOf(text).privateActor).toBe(true);
    expect(checkable(text)).toBe(false);
  });
});

describe('a past act of an institution, a profession or a crowd keeps its weight', () => {
  test.each([
    ['The company ignored the warnings about the dam.', 0.5],
    ['The pilot ignored the warning light and took off.', 0.5],
    ['The airline quietly cancelled the safety inspections on its fleet.', 0.5],
    ['Engineers rebuilt the spillway in a hurry.', 0.5],
    ['Scientists discovered last year that the ice was thinning.', 0.59],
    ['Thousands marched through the capital.', 0.75],
    ['Hundreds queued outside the clinic before dawn.', 0.75],
  ])('ranked as a record: %s', (text, atLeast) => {
    expect(featuresOf(text).publicActor).toBe(true);
    expect(rankOf(text)).toBeGreaterThanOrEqual(atLeast);
  });

  test.each([
    'He went to the station and called a lawyer.',
    'His doctors told him to stay at home.',
    'The man ignored the warning light and took off.',
  ])('no institution, profession or crowd acting, ranked as before: %s', (text) => {
    expect(featuresOf(text).publicActor).toBe(false);
    expect(rankOf(text)).toBeLessThan(CHECKABLE_FLOOR + 0.01);
  });
});

test('a crowd word after "of" is no crowd acting', () => {
  expect(featuresOf('The fate of thousands rested on the vote.').publicActor).toBe(false);
});

describe("only the speaker's own tally takes the off-topic figure discount", () => {
  test.each([
    'The vaccine is 95 percent effective.',
    'The bridge cost 2 billion dollars.',
    'The average rent in the city rose 12 percent last year.',
  ])("a third party's figure keeps its rank: %s", (text) => {
    expect(rankOf(text)).toBeGreaterThanOrEqual(rankOf('We had 40 guests at the party.'));
    expect(rankOf(text)).toBeGreaterThan(0.55);
  });

  test.each([
    ['We had 40 guests at the party.', 0.56],
    ['I had 12 cousins at my wedding.', 0.56],
  ])("the speaker's own tally ranks lower: %s", (text, below) => {
    expect(rankOf(text)).toBeLessThan(below);
  });

  test('given with its precision, the tally keeps its rank', () => {
    expect(rankOf('We sold nearly 300 tickets at the door.')).toBeGreaterThan(0.7);
  });
});
