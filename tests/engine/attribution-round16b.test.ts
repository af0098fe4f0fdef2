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

describe('a language spoken is no word passed on, hyphenated names included', () => {
  test.each([
    ['In the hill towns, people used to speak a Greco-Slavic dialect.', 'people used to speak'],
    ['Locals speak an Anglo-Norman dialect of their own.', 'Locals speak'],
  ])('%s', (text, words) => expectNoneOver(text, words));
  // Near miss: speaking of someone still passes on a view.
  test('speak highly of', () =>
    expectSourceOver('Many residents speak highly of the mayor.', 'Many residents speak', 'vague'));
});

describe('a name in use over a span of time is no reputation', () => {
  test.each([
    ['The marsh was known for many years as the Dark Fields.', 'was known for'],
    ['The town was known for centuries as Port Ada.', 'was known for'],
  ])('%s', (text, words) => expectNoneOver(text, words));
  // Near misses: a reputation for years, or for a trait, is a view nobody is said to hold.
  test.each([
    ['He was known for years as a tough negotiator.', 'was known for'],
    ['He is known for his temper.', 'is known for'],
  ])('%s', (text, phrase) => expectSourceOver(text, phrase, 'agentless'));
});

describe('a subject turning a label down passes no hidden verdict', () => {
  test.each([
    ['Many bands resist being termed folk bands.', 'being termed'],
    ['Several painters object to being called naive.', 'being called'],
  ])('%s', (text, words) => expectNoneOver(text, words));
  // Near miss: the label on its own leaves its judge unsaid.
  test('being termed on its own', () =>
    expectSourceOver('Being termed a fraud hurt his sales.', 'Being termed', 'agentless'));
});

describe('a work of fact telling its audience a clause is a document', () => {
  test.each([
    ['The podcast tells listeners how the fraud worked.', 'The podcast tells'],
    ['The memoir tells readers that the camp was overcrowded.', 'The memoir tells'],
  ])('%s', (text, phrase) => expectSourceOver(text, phrase, 'document'));
  // Near misses: a plot told, and a film (which may be fiction).
  test('tells the story of', () => expectNoneOver('The documentary tells the story of a flood.', 'The documentary tells'));
  test('a film', () => expectSourceOver('The film tells viewers that the dam was unsafe.', 'The film tells', 'pronoun'));
});

describe('"saw" after a quantifier standing for people is the past of "see"', () => {
  test.each([
    ['Some saw the merger as a gamble.', 'Some saw'],
    ['Many saw the vote as a warning to the party.', 'Many saw'],
  ])('%s', (text, phrase) => expectSourceOver(text, phrase, 'vague'));
  // Near misses: seeing with no "as" is looking, and a saw is a tool.
  test.each([
    ['Some saw the parade twice.', 'Some saw'],
    ['Many saw the smoke from the road.', 'Many saw'],
    ['Some saws are blunt.', 'Some saws'],
  ])('%s', (text, words) => expectNoneOver(text, words));
});

describe("a caption's role after a bracketed tag belongs to the name before it", () => {
  test('a bracketed party tag', () =>
    expectSourceOver('Ana Ruiz (D-OH) state senator who called for the inquiry', 'Ana Ruiz (D-OH) state senator who called', 'named'));
  // Near miss: the role with no name before it stays an unnamed person.
  test('no name', () =>
    expectSourceOver('A state senator who called for the inquiry was there.', 'A state senator who called', 'anonymous'));
});
