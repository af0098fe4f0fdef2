/** The detail tiebreak in a claim's confidence orders sentences within a cent and never moves the cent itself. */
import { describe, expect, test } from 'vitest';
import { sentenceFeatures } from '../../src/engine/detectors/claims/features.ts';
import { CHECKABLE_FLOOR, judge, worthiness } from '../../src/engine/detectors/claims/judge.ts';
import { parse } from '../../src/engine/nlp.ts';

/** The verdict on the text's first sentence, with its cent of worthiness. */
function verdictOf(text: string) {
  const doc = parse(text);
  const f = sentenceFeatures(doc, doc.sentences[0], 0);
  return { verdict: judge(f), cent: worthiness(f) };
}

describe('the detail tiebreak keeps the cent', () => {
  test.each([
    'Ana Ortiz, Ben Cole, Carl Diaz and Dee Park voted in Lima, Quito and Cusco on 3 May 2019 to cut 4,000 jobs, taxes and wages.',
    'The senator voted against the $40 billion aid bill in 2015.',
    'The farm has been in debt for years.',
    'I think the new stadium is a wonderful idea.',
  ])('%s', (text) => {
    const { verdict, cent } = verdictOf(text);
    expect(verdict).toBeDefined();
    const confidence = verdict?.worthiness ?? 0;
    const shown = Number(confidence.toFixed(2));
    // The cent a report shows (two decimals) is the weights' cent, or the floor a checkable claim is lifted to.
    const checkable =
      verdict?.claimType !== 'opinion' && verdict?.claimType !== 'prediction' && verdict?.claimType !== 'prescription';
    expect(shown).toBe(checkable ? Math.max(cent, CHECKABLE_FLOOR) : cent);
    expect(confidence - shown).toBeGreaterThanOrEqual(0);
    expect(confidence - shown).toBeLessThan(0.005);
  });
});
