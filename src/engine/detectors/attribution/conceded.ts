/**
 * "Rovers conceded two late goals", "conceded as many goals as they scored", "conceded a penalty": "concede"
 * with a thing given up in a game as its object (a score, a foul, ground) is an act of play, and reports nothing.
 * "Conceded that the plan failed", "conceded the point", "conceded the race" (a candidate's public concession) and
 * '"It was poor," he conceded' still report.
 */
import { DETERMINERS, isPossessive } from '../../names/tokens.ts';
import type { ParsedText } from '../../nlp.ts';

/**
 * What a side gives up in a game: a score, a foul, ground. Not "point" (an argument granted), and not a race, an
 * election or defeat: a candidate conceding one says so in public, and that concession is reported speech.
 */
const GIVEN_UP = new Set([
  ...['goal', 'goals', 'penalty', 'penalties', 'points', 'runs', 'wickets', 'tries', 'corner', 'corners', 'sacks'],
  ...['free-kick', 'free-kicks', 'fouls', 'possession', 'ground', 'territory', 'touchdown', 'touchdowns', 'baskets'],
  ...['frames', 'equaliser', 'equalizer', 'own-goal', 'sets', 'boundaries', 'sixes', 'fours', 'yards'],
]);
/** Words of a count or a comparison before the thing: "as many", "more", "fewer than", "a late". */
const COUNTING = new Set(['as', 'many', 'more', 'fewer', 'few', 'than', 'just', 'only', 'late', 'early', 'soft', 'cheap']);
const BEFORE_HEAD = new Set(['ADJ', 'NUM', 'ADV', 'NOUN', 'PROPN']);

/** True when "concede" at i takes something given up as its object within a few words. */
export function concedesThing(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (t[i].lemma !== 'concede') return false;
  for (let k = i + 1; k <= i + 5 && t[k]?.sentence === t[i].sentence; k++) {
    // "conceded the game was lost": a verb after the noun makes it the subject of a clause admitted.
    if (GIVEN_UP.has(t[k].lower)) return t[k + 1]?.pos !== 'AUX' && t[k + 1]?.pos !== 'VERB';
    const w = t[k];
    if (
      !DETERMINERS.has(w.lower) &&
      !isPossessive(w) &&
      !COUNTING.has(w.lower) &&
      !BEFORE_HEAD.has(w.pos) &&
      w.type !== 'number'
    )
      return false;
  }
  return false;
}
