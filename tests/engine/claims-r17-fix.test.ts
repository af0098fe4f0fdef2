/**
 * Round 17 fix: the round's figure credits read by their sense. An approximated amount weighs most only with a
 * figure ("nearly 40 percent", not "almost all"); a figure for how things stand now is credited only when it is a
 * figure of public affairs (a rate, a sum, a count beside a public matter), not an age, an address, a room, a
 * chapter, a price or a recipe; a share in words is a share of a people or a purse, not of a cake.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { WORTHINESS_WEIGHTS, worthiness } from '../../src/engine/detectors/claims/judge.ts';
import { featuresOf } from './claims-checks.ts';

/** The highest claim confidence in a text: the score a ranking of sentences sorts by. */
const rank = (text: string) => analyze(text).findings.find((f) => f.kind === 'claim')?.confidence ?? 0;

/** What the state credit adds: a forecast takes it away, so the difference less the forecast's own penalty. */
const stateCredit = (text: string) => {
  const f = featuresOf(text);
  return worthiness(f) - (worthiness({ ...f, prediction: true }) - WORTHINESS_WEIGHTS.prediction);
};

/** What the estimate adds to a sentence's worthiness. */
const estimateGain = (text: string) => {
  const f = featuresOf(text);
  return worthiness(f) - worthiness({ ...f, estimate: false });
};

describe('an approximated whole with no figure weighs as little as before the round', () => {
  test.each([
    'Almost all of the neighbours love the park.',
    'Nearly everyone in the village was at the fair.',
    // Our own near miss: an approximated group acting, no figure anywhere.
    'Almost every resident of Pellow signed the letter.',
  ])('%s', (text) => {
    expect(featuresOf(text).estimate).toBe(true);
    expect(estimateGain(text)).toBeCloseTo(WORTHINESS_WEIGHTS.wholeEstimate, 5);
  });
  test('the whole estimate of the neighbours stays under the floor', () => {
    expect(rank('Almost all of the neighbours love the park.')).toBe(0);
    expect(rank('Nearly everyone in the village was at the fair.')).toBeLessThan(0.46);
  });
  test('an approximated figure still weighs the full estimate', () => {
    expect(estimateGain('Nearly 40 percent of the town’s bridges need repair.')).toBeCloseTo(WORTHINESS_WEIGHTS.estimate, 5);
  });
});

describe('a plain number of private or routine life earns no measured-state credit', () => {
  test.each([
    'Mr Hale is 34 and lives in Kelby with his wife and two children.',
    'The recipe serves four and takes about 20 minutes.',
    'The walk is about five miles and takes around two hours.',
    'The shop is at 14 Mill Lane, next to the post office.',
    'Room 101 is on the first floor.',
    'The race is about 26 miles long.',
    'Chapter 3 explains the plan.',
    'Call 555 0134 for tickets.',
    'Tickets cost 5 pounds.',
    // Our own near misses: a flat's number, a club's head count.
    'Flat 9 is above the bakery.',
    'The choir has 30 singers.',
  ])('%s', (text) => {
    expect(stateCredit(text)).toBeCloseTo(0, 5);
  });
  test.each([
    'Mr Hale is 34 and lives in Kelby with his wife and two children.',
    'The recipe serves four and takes about 20 minutes.',
    'The walk is about five miles and takes around two hours.',
    'The shop is at 14 Mill Lane, next to the post office.',
    'Room 101 is on the first floor.',
    'Chapter 3 explains the plan.',
    'Call 555 0134 for tickets.',
    'Tickets cost 5 pounds.',
  ])('%s stays out of the confident band', (text) => {
    expect(rank(text)).toBeLessThan(0.7);
  });
});

describe('a figure of public affairs keeps its measured-state credit', () => {
  test.each([
    'Crime is down 14 percent in Dorrin County.',
    'Turnout in Ashby is 62 percent.',
    'The city’s debt is 3 billion dollars.',
    'Top Stories: unemployment in Belmark is at 4 percent.',
  ])('%s', (text) => {
    expect(stateCredit(text)).toBeCloseTo(WORTHINESS_WEIGHTS.measuredState, 5);
  });
});

describe('a heading before a colon adds no state credit to a routine price move', () => {
  test.each([
    'Top Stories: prices rise again as the bank holds rates.',
    // Our own near miss: another heading over the same kind of news.
    'Market Report: prices rise again in the harbour shops.',
  ])('%s', (text) => {
    expect(stateCredit(text)).toBeCloseTo(0, 5);
    expect(rank(text)).toBeLessThan(0.7);
  });
});

describe('half of a thing is no statistic', () => {
  test.each([
    'He ate half the cake before the guests arrived.',
    'Half the squad is out with flu.',
    // Our own near miss: half of a fence.
    'She painted half the fence on Sunday.',
  ])('%s', (text) => {
    expect(featuresOf(text).numbers).toBe(0);
  });
});

describe('half of a people or a purse is a statistic', () => {
  test.each([
    'Half the voters in Marlow stayed home.',
    'The council spent half its budget on roads.',
    'Half of all renters in Dunmore pay more than they can afford.',
    'Half the workforce at the Elden plant is on strike.',
    'Nine shops opened on Dell Street, but half of them have closed.',
  ])('%s', (text) => {
    expect(featuresOf(text).numbers).toBeGreaterThan(0);
  });
});
