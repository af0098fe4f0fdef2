/**
 * Round 17, attribution: a lone counting word opening a sentence is a vague crowd, not a name ("Plenty said");
 * a paper's name and its -s verb before a colon report ("The Harbour News reports:"); a passive report that says
 * where it was printed has that place as its source ("named in media reports", "quoted in the Harbour Post").
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

describe('a lone counting word at the start of a sentence is a vague crowd', () => {
  test.each([
    ['Plenty said the ferry plan would fail.', 'Plenty said'],
    ['Dozens warned that the bridge was unsafe.', 'Dozens warned'],
    ['Hundreds argued the fare rise was unfair.', 'Hundreds argued'],
  ])('%s', (text, phrase) => expectSourceOver(text, phrase, 'vague'));
  // Near misses: a surname still names someone, and a counted crowd with a name in it stays as it was.
  test('a surname before said', () => expectSourceOver('Brantley said the ferry plan would fail.', 'Brantley said', 'named'));
  test('a lower-case quantifier', () => expectSourceOver('Before the vote, many said the plan would fail.', 'many said', 'vague'));
});

describe("a paper's name and its -s verb before a colon report what follows", () => {
  test.each([
    ['The Harbour News reports: the mayor of Ostby will resign.', 'The Harbour News reports'],
    ['The Daily Ledger reports: the Ostby pier will close in May.', 'The Daily Ledger reports'],
  ])('%s', (text, phrase) => expectSourceOver(text, phrase, 'named'));
  // Near misses: a heading made of common words names nobody.
  test.each([
    ['Weather reports: rain on Monday in Ostby.', 'Weather reports'],
    ['Annual reports: see page four for the figures.', 'Annual reports'],
  ])('%s', (text, words) => expectNoneOver(text, words));
});

describe('a passive report names where it was printed', () => {
  test.each([
    ['The driver was named in media reports as Tomas Vell.', 'named in media reports', 'vague'],
    ['The toll, first reported in the Harbour Post, will rise.', 'reported in the Harbour Post', 'named'],
    ['The deal was described in the Harbour Post as a coup.', 'described in the Harbour Post', 'named'],
    ['She is identified in court papers as the owner of the mill.', 'identified in court papers', 'document'],
    ['The plan was outlined in a letter to staff on Friday.', 'outlined in a letter', 'document'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
  // Near misses: a town or a team after "in" is where, not who printed it.
  test('a town after reported in', () => expectSourceOver('Cases were reported in Ostby.', 'were reported', 'agentless'));
  test('a squad after named in', () => expectNoneOver('He was named in the squad for Saturday.', 'named in the squad'));
});

describe('"as described in" a document compares with what it specifies', () => {
  test.each([
    ['The boiler worked exactly as described in the leaflet.', 'described in the leaflet'],
    ['The cabin was as detailed in the brochure.', 'detailed in the brochure'],
  ])('%s', (text, words) => expectNoneOver(text, words));
  // Near miss: "as reported in" still cites the paper.
  test('as reported in a paper', () =>
    expectSourceOver('The toll will rise, as reported in the Harbour Times.', 'reported in the Harbour Times', 'named'));
});

describe('drawing a contrast and breaking one\'s silence are said aloud', () => {
  test.each([
    ['Mayor Vell drew a sharp distinction between the two ferry plans.', 'Mayor Vell drew'],
    ['Councillor Ruiz drew parallels between the toll and the old tax.', 'Councillor Ruiz drew'],
    ['Councillor Ruiz broke her silence on the toll on Monday.', 'Councillor Ruiz broke'],
  ])('%s', (text, phrase) => expectSourceOver(text, phrase, 'named'));
  // Near misses: a drawing in chalk and a noise that breaks the quiet say nothing.
  test.each([
    ['The artist Ruiz drew parallels in chalk on the pier.', 'drew parallels'],
    ['The striker Vell broke the silence with a late goal.', 'broke the silence'],
  ])('%s', (text, words) => expectNoneOver(text, words));
});

describe('highlighting something is drawing attention to it in words', () => {
  test.each([
    ['Mayor Vell highlighted the cost of the new toll.', 'Mayor Vell highlighted', 'named'],
    ['Critics highlighted the cost of the new toll.', 'Critics highlighted', 'vague'],
    ['The audit highlighted failings at the port.', 'The audit highlighted', 'document'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
  // Near misses: a thing that brings something out, and a pen, say nothing.
  test.each([
    ['The final match highlighted his speed.', 'highlighted'],
    ['The yellow pen highlighted the text.', 'highlighted'],
  ])('%s', (text, words) => expectNoneOver(text, words));
});

describe('a leaning written in lower case is a crowd, not a party', () => {
  test.each([
    ['The toll drew criticism from Nordish conservatives.', 'criticism from Nordish conservatives', 'vague'],
    ['On Monday, Ostby liberals said the toll was unfair.', 'Ostby liberals said', 'vague'],
    // Near misses: a party's name capitalises its plural.
    ['On Monday the Young Conservatives said the toll was unfair.', 'the Young Conservatives said', 'named'],
    ['The toll drew criticism from Free Democrats.', 'criticism from Free Democrats', 'named'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
});

describe('an unnamed judge rules on the record, for a court', () => {
  test.each([
    ['A federal judge ruled on Monday that the recount in Ostby must go on.', 'A federal judge ruled', 'named'],
    ['A judge ordered the ferry files released.', 'A judge ordered', 'named'],
    // Near misses: a judge who asks not to be named, and an unnamed official, stay anonymous.
    ['A judge, who spoke on condition of anonymity, said the count was late.', 'A judge, who spoke on condition of anonymity, said', 'anonymous'],
    ['An official said the count in Ostby was late.', 'An official said', 'anonymous'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
});
