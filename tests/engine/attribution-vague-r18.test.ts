/**
 * Round 18, source types: a side in a court case given an age is one person; a possessive after a verb of handing
 * over belongs to that verb's subject; a quoted title after "of" stays inside the speaker's phrase; a headline's
 * capitals on an everyday noun make no name.
 */
import { describe, expect, test } from 'vitest';
import type { SourceType } from '../../src/engine/index.ts';
import { attributionsOf, expectSourceOver } from './attribution-over.ts';

/** Expects no attribution finding with the given source (any source when none is given) to reach the words. */
function expectNoneOver(text: string, words: string, source?: SourceType): void {
  const at = text.indexOf(words);
  expect(at, 'the words must be in the text').toBeGreaterThanOrEqual(0);
  const hits = attributionsOf(text).filter((f) => f.start < at + words.length && f.end > at && (!source || f.source === source));
  expect(hits.map((f) => `${f.rule}: ${f.text}`)).toEqual([]);
}

// "The defendant said" can stand for the defence as a side in the case; an age between commas ("The defendant, 41,")
// shows a single person the article named before, so the phrase points back to that person instead.
describe('a side in a case with an age is one person, not an institution', () => {
  test.each([
    ['The defendant, 41, of Pike Road, told the court he was innocent.', 'The defendant, 41, of Pike Road, told', 'pronoun'],
    ['The plaintiff, 29, said the landlord had kept the deposit.', 'The plaintiff, 29, said', 'pronoun'],
    ['A defendant, 35, told the court she had been at home.', 'A defendant, 35, told', 'anonymous'],
    // No age: the side in the case speaks, as before.
    ['The defendant told the court the contract was void.', 'The defendant told', 'named'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
  test.each([
    // A year or a share between commas is no age.
    ['The defendant, 1984, said nothing.', 'The defendant'],
  ])('%s keeps the side', (text, phrase) => expectNoneOver(text, phrase, 'anonymous'));
});

// "The jury gave their verdict": "their" points back to the jury in the same sentence, so the verdict is the
// jury's, not a pronoun whose owner must be looked for in an earlier sentence.
describe('a possessive after a verb of handing over is its subject', () => {
  test.each([
    ['The jury gave their verdict on Tuesday.', 'The jury gave their verdict', 'named'],
    // "the panel" points back to a panel named before, as "the panel concluded" does.
    ['The panel gave their verdict on Tuesday.', 'The panel gave their verdict', 'pronoun'],
    ['The board issued its statement on the harbour fees.', 'The board issued', 'named'],
    ['The trio gave their verdict on the new menu.', 'The trio gave their verdict', 'pronoun'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
  test.each([
    // Booing is no handing over: "their" may be someone else's, so it stays a pronoun to resolve.
    ['Fans booed their verdict on the penalty.', 'their verdict', 'pronoun'],
    ['She gave her verdict on the plan.', 'her verdict', 'pronoun'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
});

// "Critics of 'The Plan' said": the quotation marks around a title are part of the speaker's phrase; they do not
// cut the critics off from their verb.
describe('a quoted title after a link word stays in the phrase', () => {
  test.each([
    ["Critics of 'The Plan' said it would fail.", "Critics of 'The Plan' said", 'vague'],
    ['Critics of ‘The Plan’ said it would fail.', 'Critics of ‘The Plan’ said', 'vague'],
    ['Fans of “Night Shift” said the last series was too long.', 'Fans of “Night Shift” said', 'vague'],
    ['Fans of "Night Shift" said the last series was too long.', 'Fans of "Night Shift" said', 'vague'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
  test.each([
    // A quotation of speech before its speaker is no title: the speaker is still the one after the verb.
    ["'The plan is bad,' critics said.", 'critics said', 'vague'],
    ['“We will win,” Rosa Lind said.', 'Rosa Lind said', 'named'],
    // A possessive mark after a plural is still a possessive.
    ["The parents' lawyers said the fee was unfair.", "The parents' lawyers said", 'pronoun'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
});

// A headline capitalises every word, so "The Harbour Plan" looks like a name. A plan does not speak: with "the" and
// an everyday noun at the end, the capitals are the headline's, unless the article writes the name so in its body.
describe('a headline capitals on an everyday noun make no name', () => {
  test.each([
    ['The Harbour Plan Supports New Ferries.', 'The Harbour Plan'],
    ['The Ring Road Scheme Backs Cycle Lanes.', 'The Ring Road Scheme'],
  ])('%s', (text, words) => expectNoneOver(text, words, 'named'));
  test.each([
    // A body's word, a person's name and a body named in a headline still speak.
    ['The Harbour Trust Says Ferries Will Run.', 'The Harbour Trust Says', 'named'],
    ['Ana Costa Says Budget Is Fair.', 'Ana Costa Says', 'named'],
    ['The Kelby Council Says Bins Will Be Emptied.', 'The Kelby Council Says', 'named'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
});

// "Citizens for Clean Rivers said": a capitalised plural, then "for", "against" or "without" and a cause written in
// capitals, is the name of a body (a campaign group), not a crowd of citizens nobody named.
describe('a body named by its people and their cause', () => {
  test.each([
    ['Citizens for Clean Rivers said the ban was overdue.', 'Citizens for Clean Rivers said', 'named'],
    ['Mothers Against Reckless Driving said the limit was too high.', 'Mothers Against Reckless Driving said', 'named'],
    // A place after "in", a cause in lower case, or a quantifier before the plural: still a crowd.
    ['Critics in Leeds said the plan would fail.', 'Critics in Leeds said', 'vague'],
    ['Campaigners for Scottish independence said the vote was close.', 'Campaigners for Scottish independence said', 'vague'],
    ['Some campaigners for Clean Rivers said the ban was overdue.', 'Some campaigners for Clean Rivers said', 'vague'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
  test('a cause name before a singular verb is no crowd', () => {
    expectNoneOver('Citizens for Clean Rivers advocates a ban on dumping.', 'Citizens for Clean Rivers', 'vague');
  });
});
