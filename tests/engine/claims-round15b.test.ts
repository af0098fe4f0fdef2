/**
 * Round 15b's claims: a comparative adjective with its standard stated ("cleaner than", "safer now") compares two
 * states that records can tell apart; one with no standard only describes or wishes. Sentences are our own.
 */
import { describe, expect, test } from 'vitest';
import { featuresOf } from './claims-checks.ts';

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
