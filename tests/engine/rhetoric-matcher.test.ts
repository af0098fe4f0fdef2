/** The lexicon term syntax (src/engine/lexicon/types.ts) and the word forms behind it. */
import { describe, expect, test } from 'vitest';
import { adverbOf } from '../../src/engine/detectors/rhetoric/adverbs.ts';
import { baseGuesses, compileTerm, formsOf, matchTerm } from '../../src/engine/detectors/rhetoric/term-pattern.ts';
import { parse } from '../../src/engine/nlp.ts';

/** The text the term matches at its first possible start, or null. */
function matchIn(term: string, text: string): string | null {
  const doc = parse(text);
  const forms = doc.tokens.map(formsOf);
  const compiled = compileTerm(term);
  for (let i = 0; i < doc.tokens.length; i++) {
    const end = matchTerm(compiled, doc.tokens, forms, i, doc.tokens.length);
    if (end > i) return text.slice(doc.tokens[i].start, doc.tokens[end - 1].end);
  }
  return null;
}

describe('flags', () => {
  test.each([
    ['slam', 'Critics slammed the plan.', 'slammed'],
    ['so-called', 'the so-called experts', 'so-called'],
    ['so-called', 'the so - called experts', 'so - called'],
    ["pandora's box", 'They opened Pandora’s box.', 'Pandora’s box'],
    ['bleed {det}? {noun}', 'to bleed a neighbour dry', 'bleed a neighbour'],
    ['bleed {det}? {noun}', 'to bleed neighbours', 'bleed neighbours'],
    ['last|final straw', 'It was the final straw.', 'final straw'],
    ['threaten {det}? very? existence', 'It threatens our very existence.', 'threatens our very existence'],
    ['gut', 'They gutted the agency.', 'gutted'],
  ])('%s matches in "%s"', (term, text, found) => expect(matchIn(term, text)).toBe(found));
});

describe('does not flag', () => {
  test.each([
    ['would-be', 'They would be glad.'],
    ['bleed {det}? {noun}', 'The cut began to bleed.'],
    ['no coincidence', 'It was a coincidence.'],
    ['last|final straw', 'The last train left.'],
  ])('%s does not match in "%s"', (term, text) => expect(matchIn(term, text)).toBeNull());
});

describe('derived word forms', () => {
  test.each([
    ['tragic', 'tragically'],
    ['horrible', 'horribly'],
    ['crazy', 'crazily'],
    ['absurd', 'absurdly'],
    ['vile', 'vilely'],
    ['lovely', undefined],
    ['so-called', undefined],
  ])('adverb of %s is %s', (adjective, adverb) => expect(adverbOf(adjective)).toBe(adverb));

  test.each([
    ['gutted', ['gut']],
    ['slamming', ['slam']],
    ['bullies', ['bully']],
    ['smeared', ['smear', 'smeare']],
    ['cat', []],
  ])('base guesses of %s are %j', (word, guesses) => expect(baseGuesses(word)).toEqual(guesses));
});
