/**
 * A timetable in the future tense is a notice, not a forecast: an arranged act (host, open, close, hear, vote) on a
 * named day or month. A change ("prices will rise") or a future with no day ("the plan will fail") still predicts.
 * A verdict or a plea on record ("found guilty", "admitted stealing") is no accusation passed on. All rows written
 * for this project.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import type { ClaimFinding } from '../../src/engine/types.ts';

/** The claims of a text that pass `keep`. */
const claimsWhere = (text: string, keep: (f: ClaimFinding) => boolean) =>
  analyze(text, { links: [] })
    .findings.filter((f): f is ClaimFinding => f.kind === 'claim')
    .filter(keep);
const predictions = (text: string) => claimsWhere(text, (f) => f.claimType === 'prediction');

describe('flags a prediction', () => {
  test.each([
    'Prices will rise on Monday, the grocers fear.',
    'The new tax will drive small shops out of the high street.',
    'Unemployment will fall sharply in March.',
    'The council will vote on the budget next week.',
    'Inflation will start to rise in March.',
    'Shares will open lower on Monday.',
    'The storm will hit the coast on Friday.',
  ])('%s', (text) => {
    expect(predictions(text)).toHaveLength(1);
  });
});

describe('does not flag a timetable as a prediction', () => {
  test.each([
    'The library will host a book sale on Saturday.',
    'The county will close the bridge for repairs from March.',
    'The court will hear the case in May.',
    'The Harbour Choir will perform carols on Sunday evening.',
    'Bins will be collected on Tuesday instead of Monday.',
    'The museum will reopen in September after a new roof is fitted.',
  ])('%s', (text) => {
    expect(predictions(text)).toEqual([]);
  });
});

const statistics = (text: string) => claimsWhere(text, (f) => f.claimType === 'statistical');

describe('reads a clock hour as a time, not a figure', () => {
  test.each([
    'The ferry leaves the harbour at nine every morning.',
    'The shop opens at 9 and closes at 5.',
    'Doors open at seven on Friday.',
  ])('%s', (text) => {
    expect(statistics(text)).toEqual([]);
  });
});

describe('still counts a figure after "at"', () => {
  test.each(['The bridge deck sits at 12 metres above the river.', 'The bank held its rate at 5 percent.'])(
    '%s',
    (text) => {
      expect(statistics(text)).toHaveLength(1);
    },
  );
});

const accusations = (text: string) => claimsWhere(text, (f) => f.rule === 'claim/accusation');

describe('reads a verdict or a plea on record as no accusation', () => {
  test.each([
    'The jury found him guilty of fraud.',
    'The man admitted stealing a bicycle.',
    'She pleaded guilty to fraud at Carrow Crown Court.',
    'The treasurer was convicted of theft in 2019.',
  ])('%s', (text) => {
    expect(accusations(text)).toEqual([]);
  });
});

describe('still flags an accusation', () => {
  test.each([
    'The mayor is guilty of fraud.',
    'The mayor was accused of fraud and found guilty.',
    'Investigators found evidence of bribery at the firm.',
    'The council found that the contract was rigged.',
  ])('%s', (text) => {
    expect(accusations(text)).toHaveLength(1);
  });
});
