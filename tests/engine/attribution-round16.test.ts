/**
 * Round 16 attribution shapes (rows in attribution-cases-round15.ts): a passive's agent ends before a time phrase
 * ("by police on Monday"), "concede" in a game is play ("conceded two goals"), a work of fact reporting what
 * happened is a document ("The documentary recounts how"), a quotation's first word is read like a sentence's
 * ("'Everyone knows,' she said"), a time phrase opening a clause is not the subject "and said" borrows, and
 * "heard"/"learned" find their "that" after a time phrase ("heard by now that"), and verdicts whose judge follows
 * ("was dismissed as a stunt by opponents", "The inquiry, often labelled as a sham by critics,"), and "called by"
 * as a call or a summons ("Police were called by neighbours"); a label ending on a lower-case word ("Case in
 * point:") is no speaker; "have taken to saying" is a habit of saying; "whom many farmers believed was" reports.
 */
import { describe, expect, test } from 'vitest';
import { attributionsOf, expectNoAttribution, expectSourceOver } from './attribution-over.ts';
import {
  AGENT_ENDS,
  CALLED_BY_SILENT,
  CALLED_BY_SOURCES,
  AGENT_SPANS,
  CONCEDE_SILENT,
  CONCEDE_SOURCES,
  JUDGED_NOT_SPEAKING,
  LABEL_SILENT,
  LABEL_SOURCES,
  LATE_VERDICTS,
  LATE_VERDICTS_SILENT,
  NOT_NAMED,
  OPENING_TIME,
  OPENING_TIME_ENDS,
  QUOTED_OPENERS,
  RELATIVE_VIEWS,
  RELATIVE_VIEWS_SILENT,
  TAKEN_TO_SILENT,
  TAKEN_TO_SOURCES,
  THAT_AFTER,
  THAT_AFTER_SILENT,
  WORK_SILENT,
  WORK_SOURCES,
} from './attribution-cases-round15.ts';

/** Expects no attribution finding to reach the words (the first time they occur). */
function expectNoneOver(text: string, words: string): void {
  const at = text.indexOf(words);
  expect(at, 'the words must be in the text').toBeGreaterThanOrEqual(0);
  const over = attributionsOf(text).filter((f) => f.start < at + words.length && at < f.end);
  expect(over.map((f) => `${f.rule}: ${f.text}`)).toEqual([]);
}

describe('flags', () => {
  test.each([
    ...AGENT_SPANS,
    ...CONCEDE_SOURCES,
    ...WORK_SOURCES,
    ...QUOTED_OPENERS,
    ...OPENING_TIME,
    ...THAT_AFTER,
    ...LATE_VERDICTS,
    ...CALLED_BY_SOURCES,
    ...LABEL_SOURCES,
    ...TAKEN_TO_SOURCES,
    ...RELATIVE_VIEWS,
  ])('%s', (text, phrase, source) => {
    expectSourceOver(text, phrase, source);
  });
});

describe('does not flag', () => {
  test.each([
    ...CONCEDE_SILENT,
    ...WORK_SILENT,
    ...THAT_AFTER_SILENT,
    ...LATE_VERDICTS_SILENT,
    ...CALLED_BY_SILENT,
    ...LABEL_SILENT,
    ...TAKEN_TO_SILENT,
    ...RELATIVE_VIEWS_SILENT,
  ])('%s', (text) => {
    expectNoAttribution(text);
  });
  test.each([...AGENT_ENDS, ...OPENING_TIME_ENDS, ...JUDGED_NOT_SPEAKING])('%s: nothing over "%s"', (text, words) => {
    expectNoneOver(text, words);
  });
  test.each(NOT_NAMED)('%s: "%s" is no name', (text, words) => {
    const named = attributionsOf(text).filter((f) => f.source === 'named' && f.text.includes(words));
    expect(named.map((f) => `${f.rule}: ${f.text}`)).toEqual([]);
  });
});
