/**
 * Round 18, attribution recall: a reported question is said by whoever asks it ("a reporter asked Lind whether");
 * an attitude with its preposition is a view held ("the guild is sceptical of the plan"); "repudiate" disowns in
 * words. Each with near misses that must stay silent.
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

// Asking a question is saying something, whoever asks: an unnamed reporter or a crowd reports as well as a name.
describe('a reported question names its asker', () => {
  test.each([
    ['A reporter asked Okafor how the ferry crossing went.', 'A reporter asked', 'anonymous'],
    ['Reyes was asked by a listener why the ferry was late.', 'asked by a listener', 'anonymous'],
    ['Reporters asked whether the mayor of Tarnby would resign.', 'Reporters asked', 'vague'],
    ['A reporter asked the harbour board if the fares would rise.', 'A reporter asked', 'anonymous'],
    ['Lind asked about the missing funds on Monday.', 'Lind asked', 'named'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
  // Near misses: a request is a side taken (only a named asker reports one), and a condition asks nothing.
  test.each([
    ['Residents asked for a new crossing.', 'asked'],
    ['Neighbours asked them to leave the square.', 'asked'],
    ['If asked, the guild would refuse.', 'asked'],
    ['Critics asked the mayor to resign.', 'asked'],
  ])('%s', (text, words) => expectNoneOver(text, words));
});

// "Sceptical of", "hostile to", "supportive of": an attitude towards something, held by someone, is a view.
describe('an attitude adjective with its preposition reports a view', () => {
  test.each([
    ['These farmers are sceptical of the new port.', 'are sceptical', 'pronoun'],
    ['They are surprisingly wary of the ferry plan.', 'They are surprisingly wary', 'pronoun'],
    ['Okafor is critical of the harbour board.', 'Okafor is critical', 'named'],
    ['The union is hostile to the merger.', 'The union is hostile', 'named'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
  // Near misses: no preposition, the wrong one, a trait of character, a thing as subject, an adjective before a noun.
  test.each([
    ['The bridge is critical to the plan.', 'critical'],
    ['The patient is critical.', 'critical'],
    ['This is a critical moment for Ostby.', 'critical'],
    ['He is very critical of himself.', 'critical'],
    ['Fans are hopeful about the weather on Saturday.', 'hopeful'],
    ['The river is hostile to swimmers.', 'hostile'],
    ['Is the mayor sceptical of the plan?', 'sceptical'],
  ])('%s', (text, words) => expectNoneOver(text, words));
});

// "Repudiate" is to disown in words, as "denounce" is; the adjective "repudiated" before a noun reports nothing.
describe('repudiate reports words', () => {
  test('a named speaker', () => expectSourceOver('Okafor repudiated the remarks on Monday.', 'Okafor repudiated', 'named'));
  test('an adjective before its noun', () => expectNoneOver('He gave airtime to widely repudiated theories.', 'repudiated'));
});

// A view shared in one's own words ("shared her doubts", "shares his thoughts") is said; a thing held in common is not.
describe('sharing one\'s own view is saying it', () => {
  test.each([
    ['Reyes shared her belief that the fares were unfair.', 'Reyes shared', 'named'],
    ['At the dinner, Okafor will share anecdotes about his years at sea.', 'Okafor will share', 'named'],
    ['Ostby shared her thoughts on the ferry timetable.', 'Ostby shared', 'named'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
  test.each([
    ['The two leaders share a concern for the river.', 'share'],
    ['Lind shared the prize with two others.', 'shared'],
  ])('%s', (text, words) => expectNoneOver(text, words));
});

// "See" without "as" is a judgement when what is seen is a likeness, a link, a risk or a reason, or "it that way".
describe('seeing a likeness, a reason or a way of looking at it is a view', () => {
  test.each([
    ['Lind sees parallels between the two floods.', 'Lind sees', 'named'],
    ['Okafor saw it another way at the hearing.', 'Okafor saw', 'named'],
    ['Reyes saw things differently.', 'Reyes saw', 'named'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
  test.each([
    ['The crew saw a ship on the horizon.', 'saw'],
    ['Drivers saw signs on the road.', 'saw'],
    ['The city saw a rise in crime.', 'saw'],
  ])('%s', (text, words) => expectNoneOver(text, words));
});
