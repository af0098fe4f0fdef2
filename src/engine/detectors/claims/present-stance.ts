/**
 * A third party's stance held now: "The senator opposes the bypass", "the union supports the deal". A
 * position someone holds can be checked against their votes and statements, as "she was against the war" can.
 * The speaker's own ("I support"), the listener's ("you favor") and a thing's are not: "the bridge supports the
 * weight", "it supports the roof" bear a load, they hold no position.
 */
import { GROUP_NOUNS, INSTITUTIONS, isPeoplePlural, PERSON_ROLES, PROPER_GROUPS } from '../../names/words.ts';
import type { Token } from '../../nlp.ts';

/** Third-person present forms of stance verbs; not "favors", read as a verb in "sells political favors". */
const STANCE_NOW = new Set(['supports', 'opposes', 'backs', 'endorses', 'rejects']);

/** Subjects that make the stance no third party's on record: the speaker, the listener, a thing. */
const NOT_THIRD_PARTY = new Set(['it', 'this', 'that', 'which', 'what', 'who']);

/** True when the verb at i is a named or described third party's present stance ("the mayor opposes"). */
export function isPresentStance(tokens: readonly Token[], i: number): boolean {
  if (tokens[i].pos !== 'VERB' || !STANCE_NOW.has(tokens[i].lower)) return false;
  let k = i - 1;
  while (k >= 0 && tokens[k].pos === 'ADV') k--;
  const subject = tokens[k];
  if (subject === undefined || subject.type !== 'word' || NOT_THIRD_PARTY.has(subject.lower)) return false;
  return subject.pos === 'PROPN' || subject.pos === 'PRON' || (subject.pos === 'NOUN' && canHoldStance(subject.lower));
}

/** True for a common noun naming someone who can hold a position: a role, a group, a body ("the union"). */
function canHoldStance(noun: string): boolean {
  return (
    PERSON_ROLES.has(noun) ||
    GROUP_NOUNS.has(noun) ||
    INSTITUTIONS.has(noun) ||
    PROPER_GROUPS.has(noun) ||
    isPeoplePlural(noun)
  );
}
