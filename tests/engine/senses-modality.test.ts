/**
 * The two senses of a modal with "have" or "be either" (senses/modality.ts) and of "a certain"
 * (senses/particular.ts), read on sentences of our own.
 */
import { describe, expect, test } from 'vitest';
import { parse } from '../../src/engine/nlp.ts';
import { allowsOrCanBeDone, statesWhatAKindCanBe } from '../../src/engine/senses/modality.ts';
import { picksOneOut } from '../../src/engine/senses/particular.ts';

/** The sense function's answer at the first token spelled `word`. */
function senseAt(sense: typeof picksOneOut, text: string, word: string): boolean {
  const doc = parse(text);
  const i = doc.tokens.findIndex((t) => t.lower === word);
  if (i < 0) throw new Error(`"${word}" not in "${text}"`);
  return sense(doc, i);
}

describe('a modal that says what a kind can have or be', () => {
  test.each([
    ['Cords may also have twist-locking features.'],
    ['Newer phones may have a second camera on the back.'],
    ['Other animals may have thicker fur in winter.'],
    ['Power cables may be either fixed or detachable.'],
  ])('%s', (text) => {
    expect(senseAt(statesWhatAKindCanBe, text, 'may')).toBe(true);
  });
});

describe('a modal that still guesses', () => {
  test.each([
    ['The suspect may have a gun, police said.'],
    ['Investigators may have a new lead in the case.'],
    ['Residents may have no power until Friday.'],
    ["The city's bridges may have cracks."],
    ['Two bridges may have cracks.'],
    ['Cables may have failed in the heat.'],
    ['Older cars may have to be recalled.'],
    ['The cause may be either a virus or a toxin.'],
    ['Storms may bring flooding to coastal towns.'],
  ])('%s', (text) => {
    expect(senseAt(statesWhatAKindCanBe, text, 'may')).toBe(false);
  });
});

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
    ['Certain species of bat are protected by law.', false],
    ['She spoke with the certain knowledge that the vote was won.', false],
  ])('%s', (text, one) => {
    expect(senseAt(picksOneOut, text, 'certain')).toBe(one);
  });
});
