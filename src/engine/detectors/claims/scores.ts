/**
 * A game's score ("beat Rovers 3-1", "won 24-17", "a 2-0 win"): the result the reporter watched and the
 * league records, not a figure someone measured for an argument. It is the plainest fact of a match report.
 */
import type { Token } from '../../nlp.ts';

/** One token that is a whole score ("3-1", "0–0"). */
const SCORE_TOKEN = /^\d{1,3}[-–]\d{1,3}$/;
/** Verbs of a result before a score ("beat Rovers 3-1", "drew 0-0 with Italy", "led 2-1 at half-time"). */
const RESULT_VERBS = new Set('beat win lose draw defeat lead trail edge thrash rout finish end'.split(' '));
/** Nouns of a result after a score ("a 2-0 win", "the 3-1 defeat"). */
const RESULT_NOUNS = new Set('win victory defeat loss draw lead scoreline thrashing home away'.split(' '));
/** How many tokens back a result verb may stand ("beat Kessington Rovers 3-1"). */
const VERB_REACH = 5;

/** True when the score starting at token `i` (one token "3-1", or "24 – 17") reports a game's result. */
export function isScore(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const split =
    /^\d{1,3}$/.test(t.text) && /^[-–]$/.test(tokens[i + 1]?.text ?? '') && /^\d{1,3}$/.test(tokens[i + 2]?.text ?? '');
  const joined = SCORE_TOKEN.test(t.text);
  // The second number of a split score ("17" in "24 – 17") belongs to the score its first number opens.
  const second =
    /^\d{1,3}$/.test(t.text) && /^[-–]$/.test(tokens[i - 1]?.text ?? '') && /^\d{1,3}$/.test(tokens[i - 2]?.text ?? '');
  if (second) return isScore(tokens, i - 2);
  if (!joined && !split) return false;
  const after = tokens[i + (joined ? 1 : 3)];
  if (after && after.sentence === t.sentence && RESULT_NOUNS.has(after.lemma)) return true;
  for (let k = i - 1; k >= Math.max(0, i - VERB_REACH) && tokens[k].sentence === t.sentence; k--) {
    if (tokens[k].pos === 'VERB' && RESULT_VERBS.has(tokens[k].lemma)) return true;
  }
  return false;
}
