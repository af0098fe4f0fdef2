/** The lexicon term syntax (src/engine/lexicon/types.ts) and the word forms behind it. */
import { describe, expect, test } from 'vitest';
import { adverbOf, withAdverbs } from '../../src/engine/detectors/rhetoric/adverbs.ts';
import { LexiconIndex } from '../../src/engine/detectors/rhetoric/lexicon-index.ts';
import {
  baseGuesses,
  compileTerm,
  formsOf,
  matchTerm,
  termKeys,
} from '../../src/engine/detectors/rhetoric/term-pattern.ts';
import { RHETORIC_LEXICON } from '../../src/engine/lexicon/rhetoric-lexicon.ts';
import type { LexiconGroup } from '../../src/engine/lexicon/types.ts';
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
    // A class among the alternatives of one slot: the class or one of the words.
    ['admit more|fewer|{num}', 'They admit 30 pupils.', 'admit 30'],
    ['admit more|fewer|{num}', 'They admit fewer pupils.', 'admit fewer'],
    ['explosion could|{verb}', 'The explosion sent debris flying.', 'explosion sent'],
  ])('%s matches in "%s"', (term, text, found) => expect(matchIn(term, text)).toBe(found));
});

describe('does not flag', () => {
  test.each([
    ['would-be', 'They would be glad.'],
    ['bleed {det}? {noun}', 'The cut began to bleed.'],
    ['no coincidence', 'It was a coincidence.'],
    ['last|final straw', 'The last train left.'],
    ['admit more|fewer|{num}', 'They admit the error.'],
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

describe('index keys read from the first word alone', () => {
  test.each([
    ['slam', false, ['slam']],
    ['Slam', false, ['slam']],
    ['so-called', false, ['so']],
    ['so-called', true, ['so-called']],
    ["pandora's box", false, ['pandora']],
    ['Pandora’s box', false, ['pandora']],
    ["won't budge", false, ['wo']],
    ['last|final straw', false, ['last', 'final']],
    ['  bleed {det}? {noun}', false, ['bleed']],
  ])('%s (hyphenated word kept whole: %s) is filed under %j', (term, keepHyphens, keys) => {
    expect(termKeys(term, keepHyphens)).toEqual(keys);
    expect(termKeys(term, keepHyphens)).toEqual(compileTerm(term, true, keepHyphens).keys);
  });

  test('every lexicon term, derived adverbs included, is filed under the words its compiled first slot accepts', () => {
    const differ: string[] = [];
    for (const group of withAdverbs(RHETORIC_LEXICON)) {
      for (const term of group.terms) {
        for (const keepHyphens of [false, true]) {
          const compiled = compileTerm(term, true, keepHyphens).keys;
          if (termKeys(term, keepHyphens).join('|') !== compiled.join('|')) differ.push(`${term} (${keepHyphens})`);
        }
      }
    }
    expect(differ).toEqual([]);
  });

  test.each(['{det} thing', '{nonsense} word', 'optional? first', '', 'full-scale|all-out war'])(
    '"%s" cannot be filed',
    (term) => expect(() => termKeys(term)).toThrow(/Lexicon term|Unknown class/),
  );
});

/** A group with only the fields the index reads besides its terms. */
const groupOf = (terms: string[]): LexiconGroup => ({
  id: 'test',
  technique: 'loaded-language',
  explanation: 'A test group.',
  question: 'Is it a test?',
  confidence: 0.5,
  examples: { flags: [], ignores: [] },
  terms,
  grow: 'none',
});

describe("the lexicon index compiles a word's terms on first lookup", () => {
  const index = new LexiconIndex([
    groupOf(['rant', 'last|final straw', 'so-called', 'slam {det}? door', 'rave {bogus}']),
  ]);

  test('a word no term starts with has no bucket', () => expect(index.get('tree')).toBeUndefined());

  test("a word's bucket is built once", () => expect(index.get('rant')).toBe(index.get('rant')));

  test('a term with alternatives is one entry under each first word', () => {
    const [fromLast] = index.get('last')?.byNext.get('straw') ?? [];
    const [fromFinal] = index.get('final')?.byNext.get('straw') ?? [];
    expect(fromLast?.term.source).toBe('last|final straw');
    expect(fromFinal).toBe(fromLast);
  });

  test.each([
    ['so', 'so-called'],
    ['so-called', 'so-called'],
    ['slam', 'slam {det}? door'],
  ])('%s starts %s', (key, source) => {
    const bucket = index.get(key);
    const entries = [...(bucket?.anyNext ?? []), ...(bucket?.byNext.values() ?? [])].flat();
    expect(entries.map((e) => e.term.source)).toContain(source);
  });

  test('a malformed later word fails when its first word is first looked up', () => {
    expect(() => index.get('rave')).toThrow(/Unknown class \{bogus\}/);
  });

  test('a malformed first word fails when the index is built', () => {
    expect(() => new LexiconIndex([groupOf(['{det} rant'])])).toThrow(/must start with a plain, required word/);
  });
});
