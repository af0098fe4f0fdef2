/**
 * Round 15b's claims: a comparative adjective with its standard stated ("cleaner than", "safer now") compares two
 * states that records can tell apart; one with no standard only describes or wishes. The speaker's own anecdote
 * ranks after the record. Sentences are our own.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { checkable, featuresOf } from './claims-checks.ts';

/** The highest claim confidence in the text (0 when there is no claim). */
const rankOf = (text: string) =>
  Math.max(
    0,
    ...analyze(text)
      .findings.filter((f) => f.kind === 'claim')
      .map((f) => f.confidence),
  );

describe('a comparative adjective with a stated standard compares', () => {
  test.each([
    'Our rivers are cleaner now than they were a decade ago.',
    'Our streets are safer today.',
    'The air in our towns is cleaner than it was.',
    'Bus fares are higher this year than last year.',
    'The harbour is busier than ever.',
    'Our economy is stronger now.',
  ])('comparative: %s', (text) => {
    expect(featuresOf(text).comparative).toBe(true);
  });

  test.each([
    'A bigger house would be nice.',
    'The other day we walked along the river.',
    'She is an eager reader.',
    'Our rivers are beautiful.',
    'They chose a proper venue for the wedding.',
  ])('no comparison (no standard, or no comparative at all): %s', (text) => {
    expect(featuresOf(text).comparative).toBe(false);
  });
});

describe("the speaker's own anecdote stays a claim but ranks after the record", () => {
  const anecdote = 'I drove to the plant and talked to the night shift.';

  test('still checkable', () => {
    expect(checkable(anecdote)).toBe(true);
  });

  test.each([
    'The governor drove to the plant and talked to the night shift.',
    'I drove 300 miles to the plant last week.',
    'I cut the school budget when I was mayor.',
    'I voted against the runway in the council.',
  ])('ranks above the anecdote (a third party, a figure, a public matter, an act of office): %s', (text) => {
    expect(rankOf(text)).toBeGreaterThan(rankOf(anecdote));
  });
});

describe('a "we" story with a name in it ranks like one with none', () => {
  const story = 'We flew to Ohio and met the Garcia family.';

  test('still checkable', () => {
    expect(checkable(story)).toBe(true);
  });

  test.each([
    'They flew to Ohio and met the Garcia family.',
    'The senator flew to Ohio and met the Garcia family.',
    'We cut taxes for families in Ohio.',
    'We flew 900 miles to Ohio.',
  ])('ranks above the story (a third party, a public matter, a figure): %s', (text) => {
    expect(rankOf(text)).toBeGreaterThan(rankOf(story));
  });
});
