/** Filing each word's phrases by the next word (phrase-gate.ts) gives, at every token, the answer trying them all gives. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { gateWordInfo, phrasesAt } from '../../src/engine/detectors/claims/phrase-gate.ts';
import { joinWordInfo, mergePhraseLists, phrasesFrom } from '../../src/engine/detectors/claims/phrase-scan.ts';
import { MARKED_WORDS } from '../../src/engine/detectors/claims/word-marks.ts';
import * as markers from '../../src/engine/lexicon/claims-markers.ts';
import { parse } from '../../src/engine/nlp.ts';

// Made-up lists: a first word shared by lists, an optional second word, an optional first word, a one-word phrase.
const LISTS = [['go home|away', 'go to? school'], ['go out tonight', 'very? late'], ['stop', 'go']];
const MERGED = mergePhraseLists(LISTS);
const JOINED_MADE_UP = joinWordInfo(new Map([['home', 1]]), MERGED);
const GATED_MADE_UP = gateWordInfo(JOINED_MADE_UP);
// The claim features' own lists (features.ts).
const REAL = joinWordInfo(MARKED_WORDS, mergePhraseLists([
  markers.CAUSAL_PHRASES, markers.PREDICTION_PHRASES, markers.PRESCRIPTION_PHRASES, markers.OPINION_PHRASES,
  markers.ACCUSATION_PHRASES, markers.INTENT_PHRASES, markers.CEREMONY_PHRASES, markers.CONVERSATION_PHRASES,
  markers.RANKING_SCOPES,
]));

/** Every token's answer both ways, for one sentence range [first, end). */
function bothWays(tokens: ReturnType<typeof parse>['tokens'], first: number, end: number, JOINED = JOINED_MADE_UP, GATED = GATED_MADE_UP): [number[], number[]] {
  const all: number[] = [];
  const gated: number[] = [];
  for (let i = first; i < end; i++) {
    const joined = JOINED.get(tokens[i].lower);
    const info = GATED.get(tokens[i].lower);
    all.push(joined?.entries ? phrasesFrom(tokens, i, end, joined.entries, 0) : 0);
    gated.push(info?.entries ? phrasesAt(tokens, i, end, info, 0) : 0);
  }
  return [all, gated];
}

describe('same answer as trying every phrase', () => {
  test.each([
    ['They go home now.'],
    ['They go to school, then go away.'],
    ['We go school late, go out tonight and stop.'],
    ['Tell them to go.'],
    ['Go!'],
    ['It is late and very late.'],
  ])('%s', (text) => {
    const doc = parse(text);
    const [all, gated] = bothWays(doc.tokens, 0, doc.tokens.length);
    expect(gated).toEqual(all);
  });

  test('a phrase cut by the end of the range does not match', () => {
    const doc = parse('They go home now.');
    const go = doc.tokens.findIndex((t) => t.lower === 'go');
    const [all, gated] = bothWays(doc.tokens, go, go + 1);
    expect(gated).toEqual(all);
    expect(gated[0]).toBe(0b100);
  });

  test('the marks are kept', () => {
    expect(GATED_MADE_UP.get('home')?.mark).toBe(1);
    expect(GATED_MADE_UP.get('go')?.entries).toBe(JOINED_MADE_UP.get('go')?.entries);
  });

  test('on a whole news text, with the claim features\' lists', () => {
    const gated = gateWordInfo(REAL);
    const doc = parse(readFileSync(new URL('../../samples/north-waziristan-raid.txt', import.meta.url), 'utf8'));
    let matched = 0;
    for (const s of doc.sentences) {
      const [all, fromGate] = bothWays(doc.tokens, s.firstToken, s.endToken, REAL, gated);
      expect(fromGate).toEqual(all);
      matched += all.filter((bits) => bits !== 0).length;
    }
    // Not a vacuous comparison: the text holds phrases of these lists.
    expect(matched).toBeGreaterThan(0);
  });
});
