/**
 * An amount given with its precision: "nearly 40 percent", "at least 200 people", "some $3 billion", "almost
 * all of them". Whoever says how close a figure is presents it as measured, and fact-checkers look such figures
 * up; a bare count ("two things") or a clock time ("about 7 p.m.") is no estimate.
 */
import { APPROXIMATORS, LOOSE_APPROXIMATORS } from '../../lexicon/claims-markers.ts';
import type { Token } from '../../nlp.ts';
import { MARK, wordMark } from './word-marks.ts';

// Module constants: a literal would be a new object at every call.
const DIGIT = /\d/;
const CURRENCY = /^[$£€¥]$/;
/** Past ten, a number in words is a figure someone counted ("some forty families"). */
const LARGE_NUMBER_WORD = /^(eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(-\w+)?$/;
/** Whole groups an approximator can qualify: "almost all", "nearly every", "virtually none". */
const WHOLES = new Set(['all', 'every', 'none', 'half', 'everyone', 'everybody']);

/** True for a figure: digits, a currency sign, a magnitude, a number word past ten, "a third", "a million". */
function isFigure(tokens: Token[], i: number): boolean {
  const w = tokens[i].lower;
  if (DIGIT.test(w) || CURRENCY.test(w) || LARGE_NUMBER_WORD.test(w) || wordMark(w) & MARK.quantity) return true;
  const next = tokens[i + 1]?.lower ?? '';
  return (w === 'a' || w === 'an') && (wordMark(next) & (MARK.quantity | MARK.fraction)) !== 0;
}

/** The last word of each approximator: a cheap first test, since the check runs at every word. */
const APPROXIMATOR_ENDS = new Set([...APPROXIMATORS].map((phrase) => phrase.slice(phrase.lastIndexOf(' ') + 1)));

/** The approximator (one to three words) that ends right before token i, or undefined. */
function approximatorBefore(tokens: Token[], i: number): string | undefined {
  let phrase = '';
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    phrase = phrase ? `${tokens[k].lower} ${phrase}` : tokens[k].lower;
    if (APPROXIMATORS.has(phrase)) return phrase;
  }
  return undefined;
}

/** True when the (lower-case) word is the last word of an approximator: isEstimate's first test, of the token before. */
export function endsApproximator(word: string): boolean {
  return APPROXIMATOR_ENDS.has(word);
}

/** True when token i starts an amount that an approximator qualifies (the caller rules out times of day). */
export function isEstimate(tokens: Token[], i: number): boolean {
  return i !== 0 && endsApproximator(tokens[i - 1].lower) && isEstimateAfter(tokens, i);
}

/** isEstimate for a token whose previous token is known to end an approximator (endsApproximator). */
export function isEstimateAfter(tokens: Token[], i: number): boolean {
  const tok = tokens[i];
  const figure = isFigure(tokens, i);
  if (!figure && tok.pos !== 'NUM' && !WHOLES.has(tok.lower)) return false;
  const approximator = approximatorBefore(tokens, i);
  if (!approximator) return false;
  // "talk about two things", "around all of us": the loose words approximate figures only.
  return figure || !LOOSE_APPROXIMATORS.has(approximator);
}
