/**
 * Round 16, second attribution pass: shapes where an attribution fired on a sentence that reports nothing. A name
 * behind an elided particle ("d'Alembert claims") is a named speaker; a view a subject creates or gives ("create
 * the expectation that", "gave the impression that") is its own; "with pecans added" puts a thing in.
 */
import { describe, expect, test } from 'vitest';
import { attributionsOf, expectSourceOver } from './attribution-over.ts';

/** Expects no attribution finding to reach the words (the first time they occur). */
function expectNoneOver(text: string, words: string): void {
  const at = text.indexOf(words);
  expect(at, 'the words must be in the text').toBeGreaterThanOrEqual(0);
  const hits = attributionsOf(text).filter((f) => f.start < at + words.length && f.end > at);
  expect(hits.map((f) => `${f.rule}: ${f.text}`)).toEqual([]);
}

describe('a name behind an elided particle is a named speaker', () => {
  test.each([
    ["In the preface, d'Alembert claims that the method fails.", "d'Alembert claims"],
    ["l'Estrange argues that the tax is unfair.", "l'Estrange argues"],
  ])('%s', (text, phrase) => expectSourceOver(text, phrase, 'named'));
  // Near miss: an ordinary claim with no owner stays agentless.
  test('claims that with no owner', () =>
    expectSourceOver('Despite claims that the dam leaked, it held.', 'claims that', 'agentless'));
});

describe('a view the subject creates or gives is its own', () => {
  test.each([
    ['Generous refunds create the expectation that every order can be returned.', 'expectation that'],
    ['The adverts gave the impression that the war was over.', 'impression that'],
  ])('%s', (text, words) => expectNoneOver(text, words));
  // Near miss: an expectation nobody is said to hold is still agentless.
  test('an expectation with no holder', () =>
    expectSourceOver('There is an expectation that rates will rise.', 'expectation that', 'agentless'));
});

describe('"added" closing a phrase opened by "with" puts a thing in', () => {
  test.each([
    ['Serve with raisins, cinnamon and toasted pecans or hazelnuts added.', 'hazelnuts added'],
    ['Bake the loaf for an hour, with pecans added at the end.', 'pecans added'],
  ])('%s', (text, words) => expectNoneOver(text, words));
  // Near misses: a comma with no list ends the clause, and a crowd after it still speaks.
  test.each([
    ['Her campaign agreed with the ruling, supporters added.', 'supporters added'],
    ['Along with the fines, officials added, the firm must pay costs.', 'officials added'],
  ])('%s', (text, phrase) => expectSourceOver(text, phrase, 'vague'));
});
