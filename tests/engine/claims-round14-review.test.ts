/**
 * Round 14's claims, second review: senses read wider than their comments said (a possessor read as the object
 * lost, large number words, names built on "zero"). Split from claims-round14.test.ts, which is at its length.
 * Sentences are our own.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { checkable, featuresOf } from './claims-checks.ts';

describe('a kin word with "\'s" owns the object lost; it is no bereavement (review of round 14)', () => {
  test.each([
    "The senator lost her father's old seat in 2020.",
    "The family lost their parents' farm to the bank.",
    "The firm spent the year's budget by June.",
  ])('on record: %s', (text) => {
    expect(featuresOf(text).record).toBe(true);
  });

  test.each([
    'She lost her father in 2020.',
    'He lost two brothers in the war.',
    'She spent two long years in Lisbon.',
  ])('still no record: %s', (text) => {
    expect(featuresOf(text).record).toBe(false);
  });
});

describe('a measure adopted or ordered by an office is on record whatever comes before its noun (review of round 14)', () => {
  test.each([
    'The council adopted 12 new rules on Tuesday.',
    'The board adopted her plan to cut costs.',
    'The president ordered a fresh round of air strikes.',
    'The government ordered food aid for the region.',
    'Officials ordered a fresh round of air strikes.',
    'Ministers adopted a raft of measures.',
  ])('on record: %s', (text) => {
    expect(featuresOf(text).record).toBe(true);
  });

  test.each([
    'The couple adopted two children.',
    'They ordered a round of drinks.',
    'The family adopted a number of stray cats.',
  ])('still no record: %s', (text) => {
    expect(featuresOf(text).record).toBe(false);
  });
});

describe('time added in millions is an amount; a name built on "zero" counts nothing (review of round 14)', () => {
  test.each(['Workers lost 2 million more days to strikes last year.', 'Thousands more days were lost to the floods.'])(
    'a figure: %s',
    (text) => {
      expect(featuresOf(text).numbers).toBeGreaterThan(0);
    },
  );

  test.each([
    'The mayor asked the voters for 4 more years.',
    'Officials traced the outbreak to patient zero.',
    'The city braced for day zero.',
  ])('no figure: %s', (text) => {
    expect(featuresOf(text).numbers).toBe(0);
  });

  test.each(['The clinic had zero patients by noon.', 'Deaths from the fever fell to zero.'])(
    'still a figure: %s',
    (text) => {
      expect(featuresOf(text).numbers).toBeGreaterThan(0);
    },
  );
});

describe('only someone who can hold a view holds a stance (review of round 14)', () => {
  test.each(['Regular exercise supports heart health.', 'A steel frame supports the roof.'])(
    'no stance: %s',
    (text) => {
      expect(featuresOf(text).stance).toBe(false);
    },
  );

  test.each(['The union now supports the pay deal.', 'The senator opposes the new runway.'])('a stance: %s', (text) => {
    expect(featuresOf(text).stance).toBe(true);
    expect(analyze(text).findings.some((f) => f.kind === 'claim')).toBe(true);
  });
});

describe("a thing bearing a load holds no stance; a third party's short stance is a claim (audit of f93181a)", () => {
  test.each(['The bridge supports the weight of two lorries.', 'The main beam supports the roof.'])(
    'no stance, no claim: %s',
    (text) => {
      expect(featuresOf(text).ongoing).toBe(false);
      expect(checkable(text)).toBe(false);
    },
  );

  test.each(['The senator opposes the new runway.', 'The union supports the pay deal.', 'Okafor opposes the new tax.'])(
    'a claim to check: %s',
    (text) => {
      expect(checkable(text)).toBe(true);
    },
  );

  test.each(['I oppose the new runway.', 'It supports the roof.'])('still no claim: %s', (text) => {
    expect(checkable(text)).toBe(false);
  });
});
