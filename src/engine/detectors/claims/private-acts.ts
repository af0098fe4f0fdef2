/**
 * A private person's everyday act: "Her neighbour ordered a taxi at midnight", "My brother painted the fence".
 * A past act weighs as a record when its doer is on the public stage; a neighbour's or a cousin's errand is
 * true or false, but no fact-checker looks it up. The doer is private when a family or acquaintance word
 * stands after an owner ("her", "my", "Okafor's") right before the verb, the owner is a person, not a place or
 * a body ("the country's children" are a population), and the sentence leaves private life for no public sphere.
 */
import { KIN_WORDS, PRIVATE_PEOPLE } from '../../lexicon/claims-markers.ts';
import type { Token } from '../../nlp.ts';

/** Owners that make a family or acquaintance word one private person: "her neighbour", "our kids". */
const OWNERS = new Set(['my', 'his', 'her', 'their', 'our', 'your']);

/**
 * Places and bodies whose "children", "families" or "sons" are a population or its members, no one's household:
 * "the country's children gained weight", "the town's families".
 */
const COLLECTIVE_OWNERS = new Set([
  'country', 'nation', 'state', 'city', 'town', 'county', 'region', 'province', 'village', 'island', 'district',
  'capital', 'continent', 'world', 'community', 'society', 'kingdom', 'republic', 'empire', 'tribe', 'church',
  'company', 'firm', 'school', 'army', 'club', 'team', 'party', 'union', 'government',
]);

/**
 * Offices and institutions a private person's act enters public life through: a relative working for a lobby,
 * sitting on a jury or giving to a campaign is on a record journalists check ("her son donated to the governor's
 * campaign"). Only offices other than the owner count: "the senator's daughter painted the fence" is still an errand.
 */
const PUBLIC_SPHERE = new Set([
  'senator', 'senators', 'governor', 'mayor', 'minister', 'president', 'congressman', 'congresswoman', 'lawmaker',
  'lawmakers', 'legislator', 'councillor', 'councilor', 'councilman', 'judge', 'judges', 'prosecutor', 'prosecutors',
  'sheriff', 'official', 'officials', 'chancellor', 'premier', 'jury', 'juror', 'jurors', 'trial', 'campaign',
  'campaigns', 'lobbying', 'lobbyist', 'lobbyists', 'lobby', 'donors', 'contract', 'contracts', 'ministry',
  'parliament', 'congress', 'senate', 'council', 'administration', 'government', 'agency', 'regulator', 'party',
]);

/**
 * Who owns the family or acquaintance word at k: a person ("her neighbour"), a place or body ("the country's
 * children"), or nobody (no owner, or no such word).
 */
function ownerKind(tokens: readonly Token[], k: number): 'person' | 'collective' | undefined {
  const noun = tokens[k];
  if (noun === undefined || !(KIN_WORDS.has(noun.lower) || PRIVATE_PEOPLE.has(noun.lower))) return undefined;
  let o = k - 1;
  // One describing word between the owner and the noun: "my older brother", "her elderly neighbour".
  if (tokens[o]?.pos === 'ADJ') o--;
  const owner = tokens[o];
  if (owner === undefined) return undefined;
  if (OWNERS.has(owner.lower)) return 'person';
  if (owner.lower !== "'s" && owner.lower !== '’s') return undefined;
  return COLLECTIVE_OWNERS.has(tokens[o - 1]?.lower ?? '') ? 'collective' : 'person';
}

/** True when the word at k is a family or acquaintance word with a person for its owner ("her neighbour"). */
function isOwnedPrivatePerson(tokens: readonly Token[], k: number): boolean {
  return ownerKind(tokens, k) === 'person';
}

/** The subject of the past verb at i, skipping adverbs ("her neighbour quietly ordered"). */
function subjectOf(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && tokens[k].pos === 'ADV') k--;
  return k;
}

/** True when the past verb at i has a private person for its subject ("her neighbour ordered"). */
export function isPrivateActorVerb(tokens: readonly Token[], i: number): boolean {
  return isOwnedPrivatePerson(tokens, subjectOf(tokens, i));
}

/** True when the past verb at i has a population for its subject ("the country's children gained weight"). */
export function isPopulationVerb(tokens: readonly Token[], i: number): boolean {
  return ownerKind(tokens, subjectOf(tokens, i)) === 'collective';
}

/**
 * True when the sentence from `first` to `end` names an office or institution beyond the owner of a private person
 * ("the judge's cousin sat on the jury": the jury; "the senator's daughter" alone is no public act).
 */
export function touchesPublicSphere(tokens: readonly Token[], first: number, end: number): boolean {
  for (let k = first; k < end; k++) {
    if (!PUBLIC_SPHERE.has(tokens[k].lower)) continue;
    const possessive = tokens[k + 1]?.lower === "'s" || tokens[k + 1]?.lower === '’s';
    // The owner of the private person: "the senator's (older) daughter".
    if (!(possessive && isOwnedPrivatePerson(tokens, k + (tokens[k + 2]?.pos === 'ADJ' ? 3 : 2)))) return true;
  }
  return false;
}
