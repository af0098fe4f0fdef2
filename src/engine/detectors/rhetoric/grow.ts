/**
 * Grows a matched word into the phrase a reader takes in as one unit: "hostile" -> "hostile state actors",
 * "blunder" -> "strategic blunder", "dangerous" -> "extremely dangerous". Highlighting the phrase shows what
 * the charged word is aimed at.
 */
import type { SpanGrowth } from '../../lexicon/types.ts';
import { PHRASE_ADVERBS } from './degree.ts';
import type { TextFacts } from './text-facts.ts';

const MAX_GROWTH = 3;
/** Parts of speech that head or describe a noun phrase. */
const DESCRIBED = new Set(['ADJ', 'NOUN', 'PROPN']);

/** Returns the grown token range [first, end) for a match, staying inside its sentence. */
export function grow(facts: TextFacts, first: number, end: number, how: SpanGrowth): [number, number] {
  if (how === 'none') return [first, end];
  const { tokens } = facts.doc;
  const sentence = tokens[first].sentence;
  // Module functions and constant tag lists, not closures and array literals made per match: every lexicon match
  // and most pattern matches grow.

  // Before: the adjectives and intensifiers that describe the same thing ("a deeply strategic blunder"),
  // only in front of a describing word (adjectives in front of a verb belong to something else).
  let a = first;
  const opensPhrase = DESCRIBED.has(tokens[first].pos);
  for (
    let i = first - 1, steps = 0;
    opensPhrase && steps < MAX_GROWTH && inSentence(facts, i, sentence);
    i--, steps++
  ) {
    if (joined(facts, i)) continue;
    if (isWordLike(facts, i, sentence, ADJECTIVE) || PHRASE_ADVERBS.has(facts.forms[i].lower)) a = i;
    else break;
  }
  // After: the noun the words are about ("hostile state actors"), only when the run ends on a noun.
  // A match that ends on a function word ("taken over by") does not take the words after it.
  let b = end;
  const closesPhrase = DESCRIBED.has(tokens[end - 1].pos) || tokens[end - 1].pos === 'VERB';
  for (let i = end, steps = 0; closesPhrase && steps < MAX_GROWTH && inSentence(facts, i, sentence); i++, steps++) {
    if (joined(facts, i)) continue;
    if (pastAfterPlural(facts, i, b)) break;
    if (isWordLike(facts, i, sentence, NOUN_OR_NAME)) b = i + 1;
    else if (!isWordLike(facts, i, sentence, ADJECTIVE)) break;
  }
  return [a, b];
}

const PAST_FORM = /[a-z]{3}ed$/;
/** Nouns that end like a past tense: they may still close the phrase. */
const NOUNS_IN_ED = new Set(['hundred', 'seabed', 'riverbed', 'bloodshed', 'watershed', 'flowerbed', 'deathbed']);

/**
 * A "-ed" word right after a plural noun the phrase already took is the sentence's verb, whatever wink's tag
 * ("pretentious programme notes baffled visitors"): the phrase ends at the plural.
 */
function pastAfterPlural(facts: TextFacts, i: number, b: number): boolean {
  const word = facts.forms[i].lower;
  if (b !== i || !PAST_FORM.test(word) || NOUNS_IN_ED.has(word)) return false;
  const before = facts.doc.tokens[i - 1];
  return before?.pos === 'NOUN' && before.lower.endsWith('s') && !before.lower.endsWith('ss');
}

const ADJECTIVE: readonly string[] = ['ADJ'];
const NOUN_OR_NAME: readonly string[] = ['NOUN', 'PROPN'];

function inSentence(facts: TextFacts, i: number, sentence: number): boolean {
  const { tokens } = facts.doc;
  return i >= 0 && i < tokens.length && tokens[i].sentence === sentence;
}

function isWordLike(facts: TextFacts, i: number, sentence: number, tags: readonly string[]): boolean {
  const t = facts.doc.tokens[i];
  return inSentence(facts, i, sentence) && t.type === 'word' && tags.includes(t.pos);
}

/** A hyphen between two words joins them into one ("full-scale"), so growth may step over it. */
function joined(facts: TextFacts, i: number): boolean {
  const { tokens } = facts.doc;
  return tokens[i]?.text === '-' && tokens[i].start === tokens[i - 1]?.end;
}
