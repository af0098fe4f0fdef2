/**
 * Round 17, attribution second pass: a title in quotation marks after a work's noun ('the sitcom “Harbour
 * Lights.”') names a show, a book or a song; nobody is quoted, so the sentence gets no quotation finding.
 */
import { describe, expect, test } from 'vitest';
import { attributionsOf, expectSourceOver } from './attribution-over.ts';

/** The rules of the attribution findings over a text. */
function rulesOf(text: string): string[] {
  return attributionsOf(text).map((f) => f.rule);
}

describe('a title in quotation marks is a name, not words someone said', () => {
  test.each([
    ['She starred in the sitcom “Harbour Lights.”'],
    ["She starred in the comedy ''Harbour Lights.''"],
    ['The band closed the night with the song “Ostby Morning.”'],
    ['Her second novel is titled “Salt Roads.”'],
    ['The stage was built for the quiz show “Top of the Town.”'],
    ['The brass band marched to the tune of “Ostby Morning.”'],
    ['Her debut is a comedy in the style of “Salt Roads.”'],
  ])('%s', (text) => expect(rulesOf(text)).toEqual([]));
  // Near misses: a word someone used, in marks, and a quotation that is a whole sentence stay quotations.
  test.each([
    ['The crowd outside the hall was full of “grumbling.”'],
    ['The band played on to the tune of “we will never give up on this town.”'],
    ['“We will not give up on this harbour.”'],
    ['The film ended. “We will not give up on this harbour, not ever.”'],
  ])('%s', (text) => expect(rulesOf(text)).toContain('attribution/unattributed-quotation'));
});

describe('a paper by its masthead takes a side with a stance verb', () => {
  test.each([
    ['The Harbour Post backs the ferry plan.', 'The Harbour Post backs'],
    ['The Ostby Post supports a second bridge.', 'The Ostby Post supports'],
  ])('%s', (text, phrase) => expectSourceOver(text, phrase, 'document'));
  // Near misses: a common document wants or backs nothing, and an unnamed crowd stays out as before.
  test.each([
    ['The budget wants a leaner council.'],
    ['The report backs a new bridge over the river.'],
    ['Fishermen want a new harbour wall.'],
  ])('%s', (text) => expect(rulesOf(text)).toEqual([]));
});
