/**
 * Grows a matched word into the phrase a reader takes in as one unit: "hostile" -> "hostile state actors",
 * "blunder" -> "strategic blunder", "dangerous" -> "extremely dangerous". Highlighting the phrase shows what
 * the charged word is aimed at.
 */
import type { SpanGrowth } from '../../lexicon/types.ts';
import type { TextFacts } from './text-facts.ts';

/** Adverbs that turn up the volume of the adjective after them; they belong to its highlight. */
const INTENSIFIERS = new Set(
  (
    'very extremely deeply utterly incredibly truly so really totally absolutely completely highly most ' +
    'particularly especially increasingly downright genuinely profoundly thoroughly wholly openly blatantly ' +
    'outright positively simply just too insanely ridiculously'
  ).split(' '),
);

const MAX_GROWTH = 3;

/** Returns the grown token range [first, end) for a match, staying inside its sentence. */
export function grow(facts: TextFacts, first: number, end: number, how: SpanGrowth = 'none'): [number, number] {
  if (how === 'none') return [first, end];
  const { tokens } = facts.doc;
  const sentence = tokens[first].sentence;
  const inSentence = (i: number) => i >= 0 && i < tokens.length && tokens[i].sentence === sentence;
  const isWordLike = (i: number, tags: readonly string[]) =>
    inSentence(i) && tokens[i].type === 'word' && tags.includes(tokens[i].pos);
  // A hyphen between two words joins them into one ("full-scale"), so growth may step over it.
  const joined = (i: number) => tokens[i]?.text === '-' && tokens[i].start === tokens[i - 1]?.end;

  let a = first;
  let b = end;
  if (how === 'noun-after') {
    while (inSentence(a - 1) && INTENSIFIERS.has(facts.forms[a - 1].lower)) a--;
    let lastNoun = -1;
    for (let i = end, steps = 0; steps < MAX_GROWTH && inSentence(i); i++, steps++) {
      if (joined(i)) continue;
      if (isWordLike(i, ['NOUN', 'PROPN'])) lastNoun = i;
      else if (!isWordLike(i, ['ADJ'])) break;
    }
    if (lastNoun >= 0) b = lastNoun + 1;
  } else {
    for (let i = first - 1, steps = 0; steps < MAX_GROWTH && inSentence(i); i--, steps++) {
      if (joined(i)) continue;
      if (isWordLike(i, ['ADJ'])) a = i;
      else break;
    }
  }
  return [a, b];
}
