/**
 * Counts of none: "not a single pipe has been replaced", "not one of them voted", "no other state does that". A
 * claim that nothing or nobody did something is as checkable as a count, and fact-checkers test it the same way.
 */
import type { Token } from '../../nlp.ts';

/** Tags of a word a count of none can be about: "not a single young voter", "no other state". */
const COUNTED_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);
/** After "not one of": the determiners of a group ("not one of them", "not one of the votes"). */
const GROUP_AFTER_OF = new Set([
  'the',
  'them',
  'those',
  'these',
  'his',
  'her',
  'its',
  'their',
  'our',
  'us',
  'you',
  'my',
  'your',
]);

/** True when token i starts a clause: the text's start, after punctuation or a conjunction ("and no other"). */
function opensClause(t: readonly Token[], i: number): boolean {
  const before = t[i - 1];
  return before === undefined || before.type !== 'word' || before.pos === 'CCONJ' || before.pos === 'SCONJ';
}

/** True when token i opens a count of none: "not a single …", "not one …", "no other …". */
export function isZeroCount(t: readonly Token[], i: number): boolean {
  const w = t[i].lower;
  const next = t[i + 1]?.lower ?? '';
  // "No other county charges a toll" ranks the subject first; "she has no other plans" only describes her.
  if (w === 'no') return next === 'other' && COUNTED_TAGS.has(t[i + 2]?.pos ?? '') && opensClause(t, i);
  if (w !== 'not' && w !== "n't" && w !== 'n’t') return false;
  if (next === 'a' && t[i + 2]?.lower === 'single') return COUNTED_TAGS.has(t[i + 3]?.pos ?? '');
  // "not one more life" asks that none be added; it counts nothing so far.
  if (next !== 'one' || t[i + 2]?.lower === 'more') return false;
  // "not one of them" counts a group; "not one of means" is a kind, "not one but two" is a figure already.
  const after = t[i + 2];
  if (after?.lower === 'of') return GROUP_AFTER_OF.has(t[i + 3]?.lower ?? '');
  return after !== undefined && COUNTED_TAGS.has(after.pos);
}
