/**
 * A private person's everyday act: "Her neighbour ordered a taxi at midnight", "My brother painted the fence".
 * A past act weighs as a record when its doer is on the public stage; a neighbour's or a cousin's errand is
 * true or false, but no fact-checker looks it up. The doer is private when a family or acquaintance word
 * stands after an owner ("her", "my") right before the verb, the owner is a person, not a place, a body or an
 * office ("the country's children" are a population), and the sentence leaves private life for no public sphere.
 */
import { KIN_WORDS, PRIVATE_PEOPLE } from '../../lexicon/claims-markers.ts';
import type { Token } from '../../nlp.ts';
import { isPossessive } from '../../names/tokens.ts';
import { OWNERS } from './life-fact.ts';

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
 * campaign"). An office as the owner makes the relative's act news for the office's sake ("the senator's son ordered").
 */
const PUBLIC_SPHERE = new Set([
  'senator', 'senators', 'governor', 'mayor', 'minister', 'president', 'congressman', 'congresswoman', 'lawmaker',
  'lawmakers', 'legislator', 'councillor', 'councilor', 'councilman', 'judge', 'judges', 'prosecutor', 'prosecutors',
  'sheriff', 'official', 'officials', 'chancellor', 'premier', 'jury', 'juror', 'jurors', 'trial', 'campaign',
  'campaigns', 'lobbying', 'lobbyist', 'lobbyists', 'lobby', 'donors', 'contract', 'contracts', 'ministry',
  'parliament', 'congress', 'senate', 'council', 'administration', 'government', 'agency', 'regulator', 'party',
]);

/**
 * Who owns the family or acquaintance word at k: a person ("her neighbour", "Okafor's cousin"), a place or body
 * ("the country's children"), an office ("the minister's wife"), or nobody (no owner, or no such word).
 */
function ownerKind(tokens: readonly Token[], k: number): 'person' | 'collective' | 'office' | undefined {
  const noun = tokens[k];
  if (noun === undefined || !(KIN_WORDS.has(noun.lower) || PRIVATE_PEOPLE.has(noun.lower))) return undefined;
  let o = k - 1;
  // One describing word between the owner and the noun: "my older brother", "her elderly neighbour".
  if (tokens[o]?.pos === 'ADJ') o--;
  const owner = tokens[o];
  if (owner === undefined) return undefined;
  if (OWNERS.has(owner.lower)) return 'person';
  if (!isPossessive(owner)) return undefined;
  const ownerWord = tokens[o - 1]?.lower ?? '';
  if (COLLECTIVE_OWNERS.has(ownerWord)) return 'collective';
  return PUBLIC_SPHERE.has(ownerWord) ? 'office' : 'person';
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

/**
 * True when the past verb at i has a population or an office holder's relative for its subject ("the country's
 * children gained weight", "the minister's wife accepted a necklace"): the act is news for the owner's sake.
 */
export function isPublicOwnedVerb(tokens: readonly Token[], i: number): boolean {
  const kind = ownerKind(tokens, subjectOf(tokens, i));
  return kind === 'collective' || kind === 'office';
}

/** True when the sentence from `first` to `end` names an office or institution ("sat on the jury", "the governor's campaign"). */
export function touchesPublicSphere(tokens: readonly Token[], first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (PUBLIC_SPHERE.has(tokens[k].lower)) return true;
  return false;
}
