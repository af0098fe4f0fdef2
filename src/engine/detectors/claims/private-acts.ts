/**
 * A private person's everyday act: "Her neighbour ordered a taxi at midnight", "My brother painted the fence".
 * A past act weighs as a record when its doer is on the public stage; a neighbour's or a cousin's errand is
 * true or false, but no fact-checker looks it up. The doer is private when a family or acquaintance word
 * stands after an owner ("her", "my", "Okafor's") right before the verb.
 */
import { KIN_WORDS, PRIVATE_PEOPLE } from '../../lexicon/claims-markers.ts';
import type { Token } from '../../nlp.ts';

/** Owners that make a family or acquaintance word one private person: "her neighbour", "our kids". */
const OWNERS = new Set(['my', 'his', 'her', 'their', 'our', 'your']);

/** True when the past verb at i has a private person for its subject ("her neighbour ordered"). */
export function isPrivateActorVerb(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && tokens[k].pos === 'ADV') k--;
  const noun = tokens[k];
  if (noun === undefined || !(KIN_WORDS.has(noun.lower) || PRIVATE_PEOPLE.has(noun.lower))) return false;
  let o = k - 1;
  // One describing word between the owner and the noun: "my older brother", "her elderly neighbour".
  if (tokens[o]?.pos === 'ADJ') o--;
  const owner = tokens[o];
  return owner !== undefined && (OWNERS.has(owner.lower) || owner.lower === "'s" || owner.lower === '’s');
}
