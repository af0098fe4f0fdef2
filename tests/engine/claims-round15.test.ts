/**
 * Round 15's claims: a private person's everyday act (a neighbour's errand, a cousin's purchase) is no record a
 * fact-checker looks up, unless a figure, a public matter or an office comes with it. Sentences are our own.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { checkable, featuresOf } from './claims-checks.ts';

describe("a private person's everyday act is below the check-worthy line", () => {
  test.each([
    'Her neighbour ordered a taxi at midnight.',
    'My brother painted the fence on Sunday.',
    'Our kids went to the beach in August.',
    'His elderly neighbour planted roses last spring.',
    'Their friends cooked dinner on Friday.',
  ])('not checkable: %s', (text) => {
    expect(featuresOf(text).privateActor).toBe(true);
    expect(checkable(text)).toBe(false);
  });

  test.each([
    'Her neighbour ordered 300 taxis for the festival.',
    'His wife voted against the budget.',
    'Her neighbour reported the theft to the police.',
    'My cousin was killed in the attack.',
    'The mayor ordered a taxi at midnight.',
    'The senator painted the fence on Sunday.',
  ])('still checkable (a figure, a public matter, an office, a death): %s', (text) => {
    expect(checkable(text)).toBe(true);
  });

  test.each([
    'The neighbours ordered a taxi at midnight.',
    'Friends of the mayor funded the campaign.',
    'The family sued the council in 2019.',
  ])('no owner before the word, no private actor: %s', (text) => {
    expect(featuresOf(text).privateActor).toBe(false);
  });
});

describe("a sentence's first word that our lexicons know as a common noun names nothing", () => {
  test.each([
    ['Unemployment rose in March.', 1],
    ['Premiums doubled last year.', 1],
    ['Taxes went up under the mayor.', 1],
  ])('a public matter, not a name: %s', (text, matters) => {
    const f = featuresOf(text);
    expect(f.publicMatters).toBe(matters);
    expect(f.names).toBe(text.includes('March') ? 1 : 0);
  });

  test.each([
    ['China supports the plan.', 1],
    ['Trade Secretary Ross resigned.', 3],
    ['Turkey opposes the deal.', 1],
  ])('still a name (wink spells it as one, or a capital follows): %s', (text, names) => {
    expect(featuresOf(text).names).toBe(names);
  });
});

/** The highest confidence of a claim in the text, 0 when there is none. */
const rank = (text: string) =>
  analyze(text).findings.reduce((best, f) => (f.kind === 'claim' ? Math.max(best, f.confidence) : best), 0);

describe('a "we" that ranks speaks for a country: its standing is a claim', () => {
  test.each([
    'We have the strictest gun laws and the most shootings.',
    'Today we have the highest tuition fees in the whole of Europe.',
  ])('checkable: %s', (text) => {
    expect(checkable(text)).toBe(true);
  });

  test.each([
    "I'm the best choice for mayor.",
    'We must do more to help the other towns.',
    'We could be the best team in the league.',
  ])('a view, a duty or a possibility stays out: %s', (text) => {
    expect(checkable(text)).toBe(false);
  });
});

describe('an act that touches no public matter stays a claim but ranks after one that does', () => {
  test.each([
    ['He drove to the station and called a lawyer.', 'He drove to the station and cut the school budget.'],
    ['The senator walked out of the room.', 'The senator walked out of the vote on taxes.'],
    ['The driver turned back and waited for an hour.', 'Senator Reyes turned back and waited for an hour.'],
    ['She arrived at the hall late and left early.', 'She arrived at the hall late and left 200 workers without pay.'],
  ])('%s < %s', (plain, onTopic) => {
    expect(checkable(plain)).toBe(true);
    expect(rank(plain)).toBeLessThan(rank(onTopic));
  });

  test.each([
    ['Police shot a man in the car park.', 'Police shot a man in the car park at 9pm.'],
    ['The minister lied to the inquiry last week.', 'The minister lied to the inquiry about taxes last week.'],
  ])('a death or an accusation keeps its weight: %s', (plain, detailed) => {
    expect(rank(detailed) - rank(plain)).toBeLessThan(0.1);
  });
});

describe('a figure tied to no public matter and no name ranks after one that is', () => {
  test.each([
    ['The club sold 300 tickets for the dance on Friday.', 'The club sold 300 tickets for the election debate on Friday.'],
    ['We had 40 guests at the party last night.', 'We had 40 guests at the party last night, Ana Ortiz among them.'],
    ['Then 300 people came to the fair on Sunday.', 'Then nearly 300 people came to the fair on Sunday.'],
  ])('%s < %s', (plain, onTopic) => {
    expect(checkable(plain)).toBe(true);
    expect(rank(plain)).toBeLessThan(rank(onTopic));
  });
});

describe('a figure under a condition is a projection one can check; a condition alone imagines', () => {
  test.each([
    'If the levy passes, bus fares will rise by 12 percent within two years.',
    'If the mill closes, the town loses 400 jobs and a third of its rates.',
  ])('checkable: %s', (text) => {
    expect(checkable(text)).toBe(true);
  });

  test.each([
    ['If the mill closes, the town loses its heart.', 'The mill closed and the town lost its heart.'],
  ])('no figure, ranked below the plain report: %s', (imagined, reported) => {
    expect(rank(imagined)).toBeLessThan(rank(reported));
  });
});
