/**
 * The two senses of a modal with "have" or "be either" (senses/modality.ts) and of "a certain"
 * (senses/particular.ts), read on sentences of our own.
 */
import { describe, expect, test } from 'vitest';
import { parse } from '../../src/engine/nlp.ts';
import { statesWhatAKindCanBe } from '../../src/engine/senses/modality.ts';
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
