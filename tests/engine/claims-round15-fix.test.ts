/**
 * Round 15's claims, fixed after a reader's audit: a relative acting in public life or a country's population is
 * no private errand. Sentences are our own.
 */
import { describe, expect, test } from 'vitest';
import { checkable, featuresOf } from './claims-checks.ts';

describe('a private person acting in public life, or a population, is no private errand', () => {
  test.each([
    "The senator's daughter worked for the lobbying firm.",
    "The judge's cousin sat on the jury.",
    "The country's children gained weight during the pandemic.",
    "His family donated heavily to the governor's campaign.",
    "The mayor's brother won the contract for the new bridge.",
    "The city's families queued for water after the storm.",
  ])('claim: %s', (text) => {
    expect(featuresOf(text).privateActor).toBe(false);
    expect(checkable(text)).toBe(true);
  });

  test.each([
    'Her neighbour ordered a taxi at midnight.',
    'My brother painted the fence.',
    "The senator's daughter painted the fence.",
    "Okafor's cousin cooked dinner for the team.",
    'Her older brother sat on the porch.',
  ])('still a private errand: %s', (text) => {
    expect(featuresOf(text).privateActor).toBe(true);
    expect(checkable(text)).toBe(false);
  });
});
