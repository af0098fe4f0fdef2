/**
 * Round 16 fix: a known word opening a sentence is a name by its sense, not only by a list: when it does what
 * only a person or a body does ("Baker said", "Meek was appointed"), or when the text writes it with its capital
 * mid-sentence elsewhere ("shares in Orange fell ... Orange cut"). A bare mass noun stays common.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { sentenceFeatures } from '../../src/engine/detectors/claims/features.ts';
import { parse } from '../../src/engine/nlp.ts';
import { featuresOf } from './claims-checks.ts';

/** The features of the text's last sentence, read in the whole text. */
function lastFeatures(text: string) {
  const doc = parse(text);
  const s = doc.sentences[doc.sentences.length - 1];
  let entity = 0;
  while (entity < doc.entities.length && doc.entities[entity].end <= s.start) entity++;
  return sentenceFeatures(doc, s, entity);
}

/** The confidence of the claim on the text's last sentence, 0 when there is none. */
function lastClaimConfidence(text: string): number {
  const doc = parse(text);
  const start = doc.sentences[doc.sentences.length - 1].start;
  const claim = analyze(text).findings.find((f) => f.kind === 'claim' && f.start >= start);
  return claim?.confidence ?? 0;
}

describe('a known word doing what only a person or a body does is a name', () => {
  test.each([
    'Baker said the hospital would close its maternity ward.',
    'Meek was appointed finance director in March.',
    'Walker scored twice in the second half.',
    'Smith was sentenced to six years for fraud.',
    'Hill resigned as chairman on Monday.',
    'Wood finished third in the women’s marathon.',
    'Hunt announced a cut in fuel duty on Wednesday.',
    'Jaguar recalled 3,000 cars in March.',
    'Carpenter was named coach of the year.',
    'Bell scored the winning goal in extra time.',
    'Mason admitted three counts of fraud.',
    'Little scored 14 points in the final quarter.',
    'Long will stand down as leader in May.',
    'Gray was appointed chief executive in 2021.',
    'Gray has been re-elected mayor.',
    'Fielding was later jailed for two years.',
    'Moss says the pier will reopen in spring.',
  ])('%s', (text) => {
    expect(featuresOf(text).names).toBeGreaterThan(0);
  });
});

describe('a bare mass noun or a crowd stays common', () => {
  test.each([
    'Exercise supports heart health in older adults.',
    'Traffic was heavy on the bypass all morning.',
    'Snow closed 300 schools across the north.',
    'Smoking was banned in pubs in 2007.',
    'Sleep improves memory in young children.',
    'Parents said the school had closed early.',
    'Heat was blamed for the fire on the moor.',
    'Inflation stood at 4 percent last year.',
  ])('%s', (text) => {
    expect(featuresOf(text).names).toBe(0);
  });
});

describe('a known word the text capitalises mid-sentence is a name used again', () => {
  test.each([
    'Shares in Orange fell 3 percent on Tuesday. Orange cut 1,200 jobs in France.',
    'The rail firm Virgin lost its licence. Virgin cancelled 40 flights because of the strike.',
    'Fans of Arsenal were delighted. Arsenal paid 100 million pounds for the midfielder.',
    'The striker Daniel Green was sent off. Green was banned for three matches.',
  ])('%s', (text) => {
    expect(lastFeatures(text).names).toBeGreaterThan(0);
  });

  test('the brand keeps its statistic in the confident band', () => {
    expect(
      lastClaimConfidence('Shares in Orange fell 3 percent on Tuesday. Orange cut 1,200 jobs in France.'),
    ).toBeGreaterThanOrEqual(0.7);
  });
});

describe('a capital that names nothing by itself does not carry over', () => {
  test.each([
    // before another capital: part of a longer name
    'The council backed Exercise Week last year. Exercise supports heart health in older adults.',
    // a headline capitalises every word
    'Doctors Say Daily Walks Help Sleep. Sleep improves memory in young children.',
    // a quotation opens a sentence inside the sentence
    'He said, "Traffic was bad," and left. Traffic was heavy on the bypass all morning.',
    // written in lower case elsewhere only
    'Regular exercise helps. Exercise supports heart health in older adults.',
  ])('%s', (text) => {
    expect(lastFeatures(text).names).toBe(0);
  });
});

describe('the claims the audit lost come back', () => {
  test('a surname before "said" keeps the claim', () => {
    expect(lastClaimConfidence('Baker said the hospital would close its maternity ward.')).toBeGreaterThan(0);
  });

  test('an appointment with a surname stays in the confident band', () => {
    expect(lastClaimConfidence('Meek was appointed finance director in March.')).toBeGreaterThanOrEqual(0.7);
  });
});

describe('review: places, peoples, faiths and institutions wink also lists stay names at the start', () => {
  test.each([
    'Gaza has been without power for a week.',
    'Hindu groups protested outside the court.',
    'Sikh leaders met the minister on Friday.',
    'Tehran denied any role in the attack.',
    'Parliament passed the bill by 310 votes to 250.',
    'Kremlin officials declined to comment.',
    'Norway raised its interest rate in May.',
  ])('%s', (text) => {
    expect(featuresOf(text).names).toBeGreaterThan(0);
  });
});

/** The confidence of the claim on a one-sentence text. */
const confidence = (text: string) => lastClaimConfidence(text);

describe('review: a report inserted after a title is no address', () => {
  test.each([
    'Governor Ruiz, she noted, cut taxes by 4 percent.',
    'Senator Lane, it emerged, took 40,000 dollars from the fund.',
    'Judge Okafor, this paper has learned, dismissed 30 cases last year.',
  ])('%s keeps its rank', (text) => {
    expect(confidence(text)).toBeGreaterThanOrEqual(0.8);
  });

  test.each([
    'Senator Lane, you voted for the levy in 2019.',
    'Senator, you voted, as I recall, for the levy in 2019.',
    'Senator Lane, they cut 400 jobs, and you said nothing.',
  ])('still an address: %s', (text) => {
    expect(confidence(text)).toBeLessThan(confidence(text.replace(/^Senator( Lane)?, /, 'The mayor said ')));
  });
});

describe('review: a public actor is credited wherever it stands (kept: the same act ranks the same)', () => {
  test('"Scientists discovered" and "Last year scientists discovered" rank alike', () => {
    expect(confidence('Last year scientists discovered a new species of frog.')).toBeCloseTo(
      confidence('Scientists discovered a new species of frog last year.'),
      2,
    );
  });
});
