/**
 * "Rovers conceded two late goals", "conceded as many goals as they scored", "conceded a penalty": "concede"
 * with a thing given up in a game as its object (a score, a foul, ground) is an act of play, and reports nothing.
 * "Conceded that the plan failed", "conceded the point", "conceded the race" (a candidate's public concession) and
 * '"It was poor," he conceded' still report.
 */
import { DETERMINERS, isPossessive } from '../../names/tokens.ts';
import type { ParsedText, Token } from '../../nlp.ts';

/**
 * What a side gives up in a game: a score, a foul, ground, a chance to score. Not "point" (an argument granted),
 * and not a race, an election or defeat: a candidate conceding one says so in public, and that concession is
 * reported speech.
 */
const GIVEN_UP = new Set([
  ...['goal', 'goals', 'penalty', 'penalties', 'points', 'runs', 'wickets', 'tries', 'corner', 'corners', 'sacks'],
  ...['free-kick', 'free-kicks', 'fouls', 'possession', 'ground', 'territory', 'touchdown', 'touchdowns', 'baskets'],
  ...['frames', 'equaliser', 'equalizer', 'own-goal', 'sets', 'boundaries', 'sixes', 'fours', 'yards', 'chances'],
]);
/** Words of a count or a comparison before the thing: "as many", "more", "fewer than", "a late". */
const COUNTING = new Set(['as', 'many', 'more', 'fewer', 'few', 'than', 'just', 'only', 'late', 'early', 'soft', 'cheap']);
const BEFORE_HEAD = new Set(['ADJ', 'NUM', 'ADV', 'NOUN', 'PROPN']);
/** Where points are arguments, not scores: "conceded two points in the debate". */
const DISCOURSE = new Set([
  ...['debate', 'debates', 'argument', 'arguments', 'talks', 'negotiation', 'negotiations', 'interview', 'hearing'],
  ...['discussion', 'discussions', 'exchange', 'speech', 'testimony', 'letter', 'statement', 'dispute'],
]);
/** A count of times a side let the ball in: "conceded three times", "conceded twice". */
const TIMES = new Set(['twice', 'thrice']);

/**
 * True when the noun at k heads the subject of a clause admitted, not an object: "conceded that penalties in the
 * final had been poorly taken", "conceded possession of the ground was a problem". Past the noun and its
 * prepositional phrases a verb of the clause comes; an object is followed by a full stop, a comma or "and".
 */
function headsClause(t: Token[], k: number, sentence: number, afterThat: boolean): boolean {
  if (t[k + 1]?.pos === 'AUX' || t[k + 1]?.pos === 'VERB') return true;
  for (let j = k + 1; j <= k + 8 && t[j]?.sentence === sentence; j++) {
    const w = t[j];
    if (w.pos === 'AUX') return true;
    // After "that" a finite verb is the clause's own ("that goals from corners cost us"); without it a participle
    // may qualify the object ("two goals scored from corners").
    if (w.pos === 'VERB') return afterThat;
    if (w.pos !== 'ADP' && w.pos !== 'DET' && w.pos !== 'ADJ' && w.pos !== 'NOUN' && w.pos !== 'PROPN' && w.pos !== 'NUM')
      return false;
  }
  return false;
}

/** True when the sentence of the token at i speaks of a debate or talks, where points granted are arguments. */
function inDiscourse(t: Token[], i: number): boolean {
  for (let j = i; t[j]?.sentence === t[i].sentence; j++) if (DISCOURSE.has(t[j].lower)) return true;
  for (let j = i - 1; j >= 0 && t[j].sentence === t[i].sentence; j--) if (DISCOURSE.has(t[j].lower)) return true;
  return false;
}

/** True for "conceded three times", "conceded twice" (not "conceded twice that ..."): goals let in, counted. */
function concedesCount(t: Token[], i: number): boolean {
  const a = t[i + 1];
  const b = t[i + 2];
  const end = (w: Token | undefined) => !w || w.sentence !== a.sentence || w.lower !== 'that';
  if (a && a.sentence === t[i].sentence && TIMES.has(a.lower)) return end(b);
  if (a && (a.pos === 'NUM' || a.type === 'number') && b?.lower === 'times') return end(t[i + 3]);
  return false;
}

/** True when "concede" at i takes something given up as its object within a few words. */
export function concedesThing(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (t[i].lemma !== 'concede') return false;
  if (concedesCount(t, i)) return true;
  const afterThat = t[i + 1]?.lower === 'that';
  for (let k = i + 1; k <= i + 5 && t[k]?.sentence === t[i].sentence; k++) {
    if (GIVEN_UP.has(t[k].lower)) {
      if (headsClause(t, k, t[i].sentence, afterThat)) return false;
      return t[k].lower !== 'points' || !inDiscourse(t, i);
    }
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
