/**
 * The two senses of a modal before a passive (senses/modality.ts) and of "a certain" (senses/particular.ts),
 * read on sentences of our own.
 */
import { describe, expect, test } from 'vitest';
import { parse } from '../../src/engine/nlp.ts';
import { allowsOrCanBeDone } from '../../src/engine/senses/modality.ts';
import { picksOneOut } from '../../src/engine/senses/particular.ts';

/** The sense function's answer at the first token spelled `word`. */
function senseAt(sense: typeof picksOneOut, text: string, word: string): boolean {
  const doc = parse(text);
  const i = doc.tokens.findIndex((t) => t.lower === word);
  if (i < 0) throw new Error(`"${word}" not in "${text}"`);
  return sense(doc, i);
}

describe('a modal before a passive', () => {
  test.each<[text: string, allows: boolean]>([
    ['Tickets may be bought at the door.', true],
    ['The dough may be frozen for up to a month.', true],
    ['Shops could also be fined for selling knives.', true],
    // A link or a cause is true or not: the modal guesses.
    ['The two attacks may be linked, police said.', false],
    ['The fire could be caused by a faulty heater.', false],
    // What is going on now, and a state, are guesses too.
    ['The gunman may be hiding in the woods.', false],
    ['The club may well be sold this summer.', false],
    ['The players may be tired after the trip.', false],
  ])('%s', (text, allows) => {
    const word = text.includes(' could ') ? 'could' : 'may';
    expect(senseAt(allowsOrCanBeDone, text, word)).toBe(allows);
  });
});

describe('"a certain"', () => {
  test.each<[text: string, one: boolean]>([
    ['The festival was held in honour of a certain saint.', true],
    ['Villagers still tell of a certain old Irish custom.', true],
    ['A certain amount of rain is expected on Tuesday.', false],
    ['The plan works to a certain extent.', false],
    ['The operation carries a certain risk.', false],
    ['Certain species of bat are protected by law.', false],
    ['She spoke with the certain knowledge that the vote was won.', false],
  ])('%s', (text, one) => {
    expect(senseAt(picksOneOut, text, 'certain')).toBe(one);
  });
});
