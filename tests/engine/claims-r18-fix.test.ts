/**
 * Round 18 fix: the plain-claim discount (plain-rank.ts) is meant only for claims with nothing contested. A motive
 * ("was meant to drive the traders out"), a cause ("the rain caused the landslide") or a public body named by its
 * initials ("routes used by NATO") is what a fact-checker weighs, so such a claim keeps its full rank. A plain trip
 * or a shop opening, and capitals that name no body ("the OK Corral fair"), are still discounted.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { PLAIN_CLAIM_DISCOUNT, plainClaimDiscount } from '../../src/engine/detectors/claims/plain-rank.ts';
import { featuresOf } from './claims-checks.ts';

/** The highest claim confidence in a text: the score a ranking of sentences sorts by. */
const rank = (text: string) => analyze(text).findings.find((f) => f.kind === 'claim')?.confidence ?? 0;

describe('a motive, a cause or a body named by its initials is contested: no discount', () => {
  test.each([
    // a public body by its initials
    'Supply routes used by NATO are now exposed.',
    'Storage depots run by the IMF in Karsova are now unguarded.',
    'Officers from the FBI visited the Dalworth farm last spring.',
    // a motive
    'The new levy on the Harrow docks was meant to drive the smaller traders out.',
    'Rivera flew to Lisbon in order to meet her sister.',
    // a cause
    'Heavy rain on the Orrin hills caused the landslide that closed the valley road.',
    'The choir sang at the Dunmore chapel on Sunday because the organist was ill.',
  ])('%s', (text) => {
    expect(plainClaimDiscount(featuresOf(text), 1)).toBe(0);
    expect(rank(text)).toBeGreaterThan(0);
  });
});

describe('near misses: plain acts, and capitals that name no body, are still discounted', () => {
  test.each([
    'Rivera flew to Lisbon and met her sister.',
    'Supply routes used by the farmers are now exposed.',
    'Tomas Okafor wore a blue scarf to the OK Corral fair.',
    'Grey whales returned to the Dunmore bay last spring.',
    'Alvarez took the night train to Quillan and slept on the way.',
  ])('%s', (text) => {
    expect(plainClaimDiscount(featuresOf(text), 1)).toBe(PLAIN_CLAIM_DISCOUNT);
  });
});

describe('a contested claim ranks above the same sentence made plain', () => {
  test.each([
    ['Supply routes used by NATO are now exposed.', 'Supply routes used by the farmers are now exposed.'],
    ['Rivera flew to Lisbon in order to meet her sister.', 'Rivera flew to Lisbon and met her sister.'],
  ])('%s > %s', (contested, plain) => {
    expect(rank(contested)).toBeGreaterThan(rank(plain));
  });
});
