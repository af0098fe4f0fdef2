/**
 * Evidence verbs that carry what they report in their object rather than in a "that"-clause: an estimate ("The
 * union puts the job losses at 400", "Analysts place the cost at about 2 billion") and an identification ("Police
 * identified the victim as Tomas Berg"). Whoever puts the figure or gives the name is its source, as with "found
 * that"; "put the ball at his feet", "placed third at the games" and "identified a need" carry nothing.
 */
import type { ParsedText, Token } from '../../nlp.ts';
import { isCapitalised } from '../../names/tokens.ts';

/** How far the "at" of an estimate or the "as" of an identification may sit after the verb, in tokens. */
const MAX_OBJECT = 8;
/** Words of rounding or currency that may stand between "at" and its number: "at about 400", "at $2 million". */
const ROUNDING = new Set([
  'about',
  'around',
  'roughly',
  'nearly',
  'almost',
  'some',
  'least',
  'more',
  'than',
  'over',
  'under',
  'up',
  'to',
  '$',
  '£',
  '€',
]);

/** Words after a number that make it a time of day: "put the blaze out at 3 a.m." is when, not how many. */
const CLOCK = new Set(['a.m.', 'p.m.', 'am', 'pm', "o'clock", 'gmt', 'bst', 'utc', 'pm.', 'am.', ':']);
/** Particles that make "put" an act: "put the blaze out", "placed the order back". */
const PARTICLES = new Set(['out', 'off', 'down', 'up', 'back', 'on', 'away', 'in', 'aside', 'forward']);

/** True when token k starts an amount, past rounding words and a currency sign: "about 400", "$2 million". */
function amountFrom(t: readonly Token[], k: number): boolean {
  let j = k;
  while (j < t.length && j - k <= 3 && ROUNDING.has(t[j].lower)) j++;
  const isNumber = t[j]?.pos === 'NUM' || t[j]?.type === 'number';
  return isNumber && !CLOCK.has(t[j + 1]?.lower ?? '');
}

/** True when a particle of a phrasal verb sits between the verb at i and token `to`. */
function hasParticle(t: readonly Token[], i: number, to: number): boolean {
  for (let k = i + 1; k < to; k++) if (PARTICLES.has(t[k].lower) && t[k].pos !== 'NOUN') return true;
  return false;
}

/** The index of `word` after the verb at i, before the clause ends, or -1. */
function wordAfter(t: readonly Token[], i: number, end: number, word: string): number {
  for (let k = i + 1; k < end && k - i <= MAX_OBJECT; k++) {
    if (t[k].lower === word) return k;
    if (t[k].type === 'punctuation' && t[k].text !== '-') return -1;
  }
  return -1;
}

/** True when the evidence verb at i gives a figure ("puts the cost at 400") or a name ("identified her as Ada Lind"). */
export function givesFigureOrName(doc: ParsedText, i: number, end: number): boolean {
  const t = doc.tokens;
  const lemma = t[i].lemma;
  if (lemma === 'put' || lemma === 'place') {
    const at = wordAfter(t, i, end, 'at');
    return at > i + 1 && amountFrom(t, at + 1) && !hasParticle(t, i, at);
  }
  if (lemma !== 'identify') return false;
  const as = wordAfter(t, i, end, 'as');
  // "identified himself as a journalist" describes; only a name after "as" is the identity given.
  return as > i + 1 && t[as + 1] !== undefined && isCapitalised(t[as + 1]) && t[as + 1].pos === 'PROPN';
}
