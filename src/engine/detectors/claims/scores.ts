/**
 * A game's score ("beat Rovers 3-1", "won 24-17", "a 2-0 win") and a team's place in its league ("two points
 * clear at the top", "three points behind the leaders"): the result the reporter watched and the table the
 * league publishes, not a figure someone measured for an argument. They are the plainest facts of a match report.
 */
import type { Token } from '../../nlp.ts';

/** One token that is a whole score ("3-1", "0–0"). */
const SCORE_TOKEN = /^\d{1,3}[-–]\d{1,3}$/;
/** A number of one to three digits, one side of a split score ("24 – 17"). */
const SHORT_NUMBER = /^\d{1,3}$/;
/** True for a hyphen or an en dash standing alone between a split score's numbers. */
function isDash(t: Token | undefined): boolean {
  return t !== undefined && (t.text === '-' || t.text === '–');
}
/** Verbs of a result before a score ("beat Rovers 3-1", "drew 0-0 with Italy", "led 2-1 at half-time"). */
const RESULT_VERBS = new Set('beat win lose draw defeat lead trail edge thrash rout finish end'.split(' '));
/** Nouns of a result after a score ("a 2-0 win", "the 3-1 defeat"). */
const RESULT_NOUNS = new Set('win victory defeat loss draw lead scoreline thrashing home away'.split(' '));
/** How many tokens back a result verb may stand ("beat Kessington Rovers 3-1"). */
const VERB_REACH = 5;

/** Words after "N points" that place a team against another ("two points clear", "three behind", "ten adrift"). */
const GAP_WORDS = new Set('clear behind ahead adrift above below off short'.split(' '));
/** Words of a league table; one must be in the sentence, since polls and markets also move "five points ahead". */
const TABLE_WORDS = new Set(
  'league table standings top bottom leaders relegation promotion division play-offs playoffs drop safety champions'.split(
    ' ',
  ),
);
/** Words that make "points" a poll's or a market's measure, whatever else the sentence says. */
const MEASURE_WORDS = new Set('poll polls polling survey index shares percentage dow ftse nasdaq'.split(' '));

/** True when the number at token `i` reports a game's result or a league standing. */
export function isScoreOrStanding(tokens: Token[], i: number): boolean {
  return isScore(tokens, i) || isStanding(tokens, i);
}

/** True for the gap word of a standing ("clear" in "two points clear at the top"): it places a team, judges nothing. */
export function isStandingGap(tokens: Token[], i: number): boolean {
  return i >= 2 && isStanding(tokens, i - 2);
}

/** True when the score starting at token `i` (one token "3-1", or "24 – 17") reports a game's result. */
function isScore(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  // Every score starts with a digit: a character test spares the regexes for nearly every token.
  const c = t.text.charCodeAt(0);
  if (!(c >= 48 && c <= 57)) return false;
  const short = SHORT_NUMBER.test(t.text);
  const split = short && isDash(tokens[i + 1]) && SHORT_NUMBER.test(tokens[i + 2]?.text ?? '');
  const joined = SCORE_TOKEN.test(t.text);
  // The second number of a split score ("17" in "24 – 17") belongs to the score its first number opens.
  const second = short && isDash(tokens[i - 1]) && SHORT_NUMBER.test(tokens[i - 2]?.text ?? '');
  if (second) return isScore(tokens, i - 2);
  if (!joined && !split) return false;
  const after = tokens[i + (joined ? 1 : 3)];
  if (after && after.sentence === t.sentence && RESULT_NOUNS.has(after.lemma)) return true;
  for (let k = i - 1; k >= Math.max(0, i - VERB_REACH) && tokens[k].sentence === t.sentence; k--) {
    if (tokens[k].pos === 'VERB' && RESULT_VERBS.has(tokens[k].lemma)) return true;
  }
  return false;
}

/** "two points clear at the top of the league", "12 points behind the champions": a gap in a league table. */
function isStanding(tokens: Token[], i: number): boolean {
  const unit = tokens[i + 1];
  const gap = tokens[i + 2];
  const sentence = tokens[i].sentence;
  if (unit?.lower !== 'points' || gap?.sentence !== sentence || !GAP_WORDS.has(gap.lower)) return false;
  let first = i;
  while (first > 0 && tokens[first - 1].sentence === sentence) first--;
  let table = false;
  for (let k = first; k < tokens.length && tokens[k].sentence === sentence; k++) {
    if (MEASURE_WORDS.has(tokens[k].lower)) return false;
    if (TABLE_WORDS.has(tokens[k].lower)) table = true;
  }
  return table;
}
