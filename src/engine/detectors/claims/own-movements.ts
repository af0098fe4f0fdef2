/**
 * The speaker's own comings and goings: "I met a nurse in Leeds", "I went back to the capital", "I have served
 * on the board", "I have seen two floods". A speaker's visits, meetings, service and what they witnessed are
 * their own life; a fact-checker looks for public acts ("I voted", "I vetoed") and others' acts ("he went to
 * the capital and signed the deal"). The group's "we went in" speaks for a country or a firm and stays an act.
 */
import type { Token } from '../../nlp.ts';

/** Verbs of being somewhere, with someone or witnessing, whose past names no public act. */
const MOVEMENT_LEMMAS = new Set(['meet', 'visit', 'go', 'come', 'sit', 'serve', 'travel', 'tour', 'see']);

/** Where "go" and "come" must head to be a trip: "went to", "came back"; not "went after them", "came out against". */
const TRIP_NEXT = new Set(['to', 'back', 'here', 'there', 'home', 'abroad', 'into', 'down', 'up']);

/** Objects that make "meet" a target reached, a record: "I met every deadline", "we met the goal". */
const TARGETS = new Set([
  'goal',
  'goals',
  'target',
  'targets',
  'deadline',
  'deadlines',
  'standard',
  'standards',
  'requirement',
  'requirements',
  'obligations',
  'commitments',
  'quota',
  'budget',
]);

/** Words between "I" and its verb: "I have also met", "I had just come", "I've never served". */
const BETWEEN = new Set([
  'have',
  'had',
  "'ve",
  '’ve',
  'also',
  'just',
  'then',
  'first',
  'recently',
  'once',
  'often',
  'even',
  'personally',
  'actually',
  'never',
  'already',
]);

/** True when the verb at i is the speaker's own visit, meeting or service ("I met", "I've served", "I went to"). */
export function isOwnMovement(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i];
  if (verb.pos !== 'VERB' || !MOVEMENT_LEMMAS.has(verb.lemma)) return false;
  const next = tokens[i + 1]?.lower ?? '';
  if ((verb.lemma === 'go' || verb.lemma === 'come') && !TRIP_NEXT.has(next)) return false;
  if (verb.lemma === 'meet' && tokens.slice(i + 1, i + 4).some((t) => TARGETS.has(t.lower))) return false;
  let k = i - 1;
  while (k >= 0 && BETWEEN.has(tokens[k].lower)) k--;
  const subject = tokens[k]?.text ?? '';
  return subject === 'I' || subject === "I've" || subject === 'I’ve';
}
