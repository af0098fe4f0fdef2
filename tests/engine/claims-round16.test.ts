/** Round 16: a capitalised first word that wink's vocabulary knows as a common word is no name; an addressed turn. */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { opensWithAddress } from '../../src/engine/detectors/claims/addressed.ts';
import { CHECKABLE_FLOOR } from '../../src/engine/detectors/claims/judge.ts';
import { isKnownWord, parse } from '../../src/engine/nlp.ts';
import { featuresOf } from './claims-checks.ts';

describe('isKnownWord: the lower-cased form is in wink’s vocabulary', () => {
  test.each([
    ['Exercise', true],
    ['exercise', true],
    ['Premiums', true],
    ['Medicare', false],
    ['Zorblatt', false],
  ])('%s -> %s', (word, known) => {
    expect(isKnownWord(parse(`${word} matters.`).tokens[0].lower)).toBe(known);
  });
});

describe('a known common word opening a sentence names nothing', () => {
  test.each([
    'Exercise supports heart health in older adults.',
    'Sleep improves memory in young children.',
    'Fluoride reduces tooth decay in city water systems.',
    'Traffic doubled on the ring road last winter.',
  ])('%s', (text) => {
    expect(featuresOf(text).names).toBe(0);
  });
});

describe('names stay names', () => {
  test.each([
    ['Apple supports the new charging standard.', 1],
    ['Florida has no state income tax.', 1],
    ['Brown promised a vote on the budget.', 1],
    ['Target cut prices at its city stores.', 1],
    ['Exercise Tiger was a rehearsal for the landings.', 2],
    ['Doctors say Exercise Week starts in May.', 3],
  ])('%s -> %d names', (text, names) => {
    expect(featuresOf(text).names).toBe(names);
  });
});

describe('mid-sentence the capital still names', () => {
  test('a capitalised common word after the first', () => {
    expect(featuresOf('The council backed Exercise Plus, a walking scheme.').names).toBeGreaterThan(0);
  });
});

describe('a first word in capitals stays initials', () => {
  test.each([
    ['ICE detained two men at the depot.', 1],
    ['NAFTA was signed in 1993.', 1],
  ])('%s -> %d names', (text, names) => {
    expect(featuresOf(text).names).toBeGreaterThanOrEqual(names);
  });
});

describe('a proper adjective of a nation stays a name', () => {
  test.each([
    ['British engineers repaired the dam in April.', 1],
    ['Pakistani officials closed the crossing.', 1],
    ['Republicans blocked the budget in March.', 1],
    ['Canadians paid less for the same drugs.', 1],
  ])('%s -> at least %d names', (text, names) => {
    expect(featuresOf(text).names).toBeGreaterThanOrEqual(names);
  });
});

describe('a sentence that opens by addressing someone by title', () => {
  const opens = (text: string) => ((doc) => opensWithAddress(doc.tokens, doc.sentences[0]))(parse(text));
  describe('flags', () => {
    test.each([
      'Senator Lane, you voted for the levy in 2019.',
      'Well, Governor, we lost 400 jobs in the county last year.',
      'Madam Secretary, your department cut the grant by 30 percent.',
      'Mr. Mayor, in March the council closed two libraries on your watch.',
      'Councillor Webb, on the bypass, the county has spent 4 million pounds.',
      'Governor, just today, a charity for veterans said it had lost its funding.',
      'Mr. Mayor, there were four bids on the table by noon.',
    ])('%s', (text) => {
      expect(opens(text)).toBe(true);
    });
  });
  describe('does not flag', () => {
    test.each([
      "Senator Lane, the committee's chair, voted for the levy in 2019.",
      'Senator Lane, who chairs the committee, voted for the levy.',
      'Senator Lane, in a statement, said the levy would pass.',
      'Governor Ruiz vetoed the bill on Tuesday.',
      'General Motors, in a filing, cut 400 jobs.',
      'Secretary of State Ana Ruiz flew to Lima.',
      'The senator, you may recall, voted for the levy.',
    ])('%s', (text) => {
      expect(opens(text)).toBe(false);
    });
  });
  test('it stays a claim but ranks after the same statement made to the public', () => {
    const rank = (text: string) => analyze(text).findings.find((f) => f.kind === 'claim')?.confidence ?? 0;
    const addressed = rank('Senator Lane, your county closed 12 schools in 2019.');
    expect(addressed).toBeGreaterThanOrEqual(CHECKABLE_FLOOR);
    expect(addressed).toBeLessThan(rank("Senator Lane's county closed 12 schools in 2019."));
  });
});

describe('"quote" said aloud before words read out', () => {
  describe('flags', () => {
    test.each([
      'You called the plan, quote, a disaster for the county.',
      'She said, quote, "the budget is balanced."',
      'The mayor wrote that the scheme was, quote: unaffordable.',
    ])('%s', (text) => {
      expect(featuresOf(text).readOut).toBe(true);
    });
  });
  describe('does not flag', () => {
    test.each([
      'A quote from the minister ran on the front page.',
      'To quote the mayor, the roads are a mess.',
      'I quote you from your own speech in May.',
      'The quote was wrongly given to the minister.',
    ])('%s', (text) => {
      expect(featuresOf(text).readOut).toBe(false);
    });
  });
});
