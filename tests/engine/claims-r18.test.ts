/**
 * Round 18: a finer order among claims. A claim with no figure, no public matter and nothing contested ("Rivera
 * flew to Lisbon on Monday") stays a claim, but ranks after one a fact-checker can measure or weigh as policy.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { CHECKABLE_FLOOR } from '../../src/engine/detectors/claims/judge.ts';
import { PLAIN_CLAIM_DISCOUNT, plainClaimDiscount } from '../../src/engine/detectors/claims/plain-rank.ts';
import { featuresOf } from './claims-checks.ts';

/** The highest claim confidence in a text: the score a ranking of sentences sorts by. */
const rank = (text: string) => analyze(text).findings.find((f) => f.kind === 'claim')?.confidence ?? 0;

describe('a plain claim ranks after one with a figure or a public matter', () => {
  test.each([
    ['Senator Halloway flew to Marrenburg and met the mayor.', 'Senator Halloway cut the school budget in Marrenburg.'],
    ['Governor Pike visited the Tolland shipyard last spring.', 'Governor Pike closed 14 shipyards in Tolland last spring.'],
    ['The Brackwater Herald moved its offices to Dunmore Street.', 'The Brackwater council raised taxes on Dunmore Street.'],
    ['Minister Osei travelled to Quillan with his family.', 'Minister Osei spent 2 million dollars in Quillan.'],
  ])('%s ranks below %s', (plain, weighty) => {
    expect(rank(plain)).toBeGreaterThan(0);
    expect(rank(plain)).toBeLessThan(rank(weighty));
  });
});

describe('a plain claim is discounted, never dropped', () => {
  test.each([
    'Senator Halloway flew to Marrenburg and met the mayor.',
    'Governor Pike visited the Tolland shipyard last spring.',
  ])('%s', (text) => {
    expect(plainClaimDiscount(featuresOf(text), 1)).toBe(PLAIN_CLAIM_DISCOUNT);
    expect(rank(text)).toBeGreaterThanOrEqual(CHECKABLE_FLOOR);
  });
});

describe('no discount with a figure, a public matter, a death or an accusation', () => {
  test.each([
    'Governor Pike closed 14 shipyards in Tolland last spring.',
    'Senator Halloway cut the school budget in Marrenburg.',
    'Two fishermen were killed when the Tolland pier collapsed.',
    'Councillor Brandt lied to the inquiry about the Dunmore contract.',
  ])('%s', (text) => {
    expect(plainClaimDiscount(featuresOf(text), 1)).toBe(0);
  });
});

describe('a body acting, or an act of office with its date, is on record: no discount', () => {
  test.each([
    'The Harwick ferry company cancelled the safety checks on its boats.',
    'Ndlovu was appointed harbour master in June.',
  ])('%s', (text) => {
    expect(plainClaimDiscount(featuresOf(text), 1)).toBe(0);
  });
});

describe('a third party’s plain act still ranks above the speaker’s own anecdote', () => {
  test.each([
    ['Mayor Quist drove to the depot and talked to the drivers.', 'I drove to the depot and talked to the drivers.'],
  ])('%s > %s', (third, own) => {
    expect(rank(third)).toBeGreaterThan(rank(own));
  });
});

describe('the discount takes at most half the margin above the floor', () => {
  test('a plain claim just above the floor keeps half its margin', () => {
    const f = featuresOf('Senator Halloway flew to Marrenburg and met the mayor.');
    expect(plainClaimDiscount(f, 0.04)).toBeCloseTo(0.02, 10);
    expect(plainClaimDiscount(f, 0)).toBe(0);
  });
});
