/**
 * Round 17: how check-worthy a figure is. A figure for how things stand now ("crime is down 14 percent") weighs as
 * a past act does, and an amount given with its precision ("nearly 40 percent") ranks above a bare one.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { CHECKABLE_FLOOR, WORTHINESS_WEIGHTS, worthiness } from '../../src/engine/detectors/claims/judge.ts';
import { featuresOf } from './claims-checks.ts';

/** The highest claim confidence in a text: the score a ranking of sentences sorts by. */
const rank = (text: string) => analyze(text).findings.find((f) => f.kind === 'claim')?.confidence ?? 0;

describe('a figure for how things stand now is on record (credited)', () => {
  test.each([
    'Crime is down 14 percent in Dorrin County.',
    'Unemployment in Belmark is at 4 percent.',
    'The deficit is 3 percent of the state’s output.',
    'Rents in the old quarter are up 20 percent on last spring.',
  ])('%s', (text) => {
    const f = featuresOf(text);
    expect(f.numbers).toBeGreaterThan(0);
    expect(f.past).toBe(0);
    expect(rank(text)).toBeGreaterThan(CHECKABLE_FLOOR + WORTHINESS_WEIGHTS.measuredState);
  });
});

describe('a figure that is no current state gets no state credit', () => {
  test.each([
    // The speaker's own tally, a forecast, a condition, a possibility, a view, a figure put to the listener.
    ['I have 3 sisters in Oban.', 'The town of Oban has 3 schools.'],
    ['Prices will rise 5 percent next year.', 'Prices are up 5 percent on last year.'],
    ['If the levy passes, fares could rise 12 percent.', 'Fares are up 12 percent since the levy passed.'],
    ['I reckon 40 percent of the parish budget goes on consultants.', 'The city spends 40 percent of its budget on consultants.'],
    ['You see, your crew loses 9 games in 10 at home.', 'The pass rate at Kelso High is 100 percent.'],
  ])('%s ranks below %s', (lower, higher) => {
    expect(rank(lower)).toBeLessThan(rank(higher));
  });
});

describe('the measured-state credit is the difference a forecast makes', () => {
  test('the same figure, now and forecast', () => {
    const now = featuresOf('Unemployment in Belmark is at 4 percent.');
    // The forecast's own penalty aside, the state credit is what separates the two.
    const forecast = worthiness({ ...now, prediction: true }) - WORTHINESS_WEIGHTS.prediction;
    expect(worthiness(now) - forecast).toBeCloseTo(WORTHINESS_WEIGHTS.measuredState, 5);
  });
  test('a view with a figure stays out of the confident band', () => {
    expect(worthiness(featuresOf('I reckon 40 percent of the parish budget goes on consultants.'))).toBeLessThan(0.7);
  });
});

describe('an amount given with its precision ranks above the same amount given bare', () => {
  test.each([
    ['About 200 families lost their homes in the flood.', 'Two hundred families lost their homes in the flood.'],
    ['Nearly 40 percent of the town’s bridges need repair.', 'Forty percent of the town’s bridges need repair.'],
    ['The mill employs more than 900 people.', 'The mill employs 900 people.'],
    ['Almost all of the county’s clinics closed in May.', 'The county’s clinics closed in May.'],
  ])('%s > %s', (precise, bare) => {
    expect(rank(precise)).toBeGreaterThan(rank(bare));
  });
});

describe('a loose word before a figure is no estimate', () => {
  test.each([
    'We will talk about two things tonight.',
    'The bus leaves at about 7 p.m. on Sundays.',
  ])('%s', (text) => {
    expect(featuresOf(text).estimate).toBe(false);
  });
});

/** Worthiness with and without the field a ranking covers ("in the world"): what naming the field adds. */
const fieldGain = (text: string) => {
  const f = featuresOf(text);
  return worthiness(f) - worthiness({ ...f, scope: false });
};

describe('a ranking over a stated field is a record (credited)', () => {
  test.each([
    'Ferrow is the largest port in the world.',
    'The river saw its worst flood in recorded history.',
  ])('%s', (text) => {
    const f = featuresOf(text);
    expect(f.scope && f.superlative).toBe(true);
    expect(fieldGain(text)).toBeCloseTo(WORTHINESS_WEIGHTS.scope + WORTHINESS_WEIGHTS.fieldRecord, 5);
    expect(rank(text)).toBeGreaterThan(CHECKABLE_FLOOR);
  });
});

describe('a ranking of one’s own or in a view is no record', () => {
  test.each([
    'I am the proudest mayor in the country.',
    'I think Ferrow is the largest port in the world.',
  ])('%s', (text) => {
    expect(fieldGain(text)).toBeCloseTo(WORTHINESS_WEIGHTS.scope, 5);
    expect(rank(text)).toBeLessThan(CHECKABLE_FLOOR);
  });
});
