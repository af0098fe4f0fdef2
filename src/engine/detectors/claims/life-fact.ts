/**
 * One person's death told as a fact of their life ("Her husband died in 2016.", "his father died when he was
 * 12", "Okafor, who died on Monday, ..."): an obituary's or a profile's routine fact, not the count of people
 * killed or hurt in an event that a casualty claim stands for (see CLAIM_WORDING's 'claim/casualty').
 */
import { KIN_WORDS } from '../../lexicon/claims-markers.ts';
import type { Token } from '../../nlp.ts';
import { isPossessive } from '../../names/tokens.ts';

/** Death words said of the one who died; "killed" and "injured" tell of an event, and stay casualty words. */
const DYING = new Set(['died', 'dies', 'death']);
/** Owners before a family word ("her husband", "their son"). */
export const OWNERS = new Set(['his', 'her', 'their', 'my', 'our', 'your']);

/**
 * Words after the death that tell of violence, force or disaster ("died after police restrained him", "died in
 * custody", "died in the blast"): such a death is the contestable news a casualty claim stands for, even of one.
 */
const VIOLENT_END = new Set([
  ...['custody', 'police', 'officers', 'restrained', 'restraint', 'hands', 'shot', 'shooting', 'stabbed', 'stabbing'],
  ...['beaten', 'beating', 'attacked', 'attack', 'assaulted', 'assault', 'strike', 'airstrike', 'raid', 'bombing'],
  ...['blast', 'explosion', 'fire', 'crash', 'collision', 'shelling', 'clashes', 'protest', 'prison', 'detention'],
]);

/** Verbs after a word of force that make it the teller ("police said"), not the force. */
const TELLING = new Set(['said', 'say', 'says', 'told', 'confirmed', 'reported', 'announced', 'added']);

/** True when the death word at `i` tells one named or related person's death. */
export function isLifeFactDeath(tokens: Token[], i: number): boolean {
  const w = tokens[i].lower;
  if (!DYING.has(w)) return false;
  const same = (k: number) => k >= 0 && k < tokens.length && tokens[k].sentence === tokens[i].sentence;
  for (let k = i + 1; same(k); k++) {
    // "…, police said" names who told of the death, not how it came.
    if (VIOLENT_END.has(tokens[k].lower) && !(same(k + 1) && TELLING.has(tokens[k + 1].lower))) return false;
  }
  // "her husband's death", "the death of his father"
  if (w === 'death') {
    if (same(i - 1) && isPossessive(tokens[i - 1])) return isOnePerson(tokens, i - 2, same);
    return same(i + 2) && tokens[i + 1].lower === 'of' && isOnePerson(tokens, i + 2, same, true);
  }
  // "her husband suddenly died", "Okafor later died": one adverb may stand between.
  let k = i - 1;
  if (same(k) && tokens[k].pos === 'ADV') k--;
  if (!same(k)) return false;
  // "Okafor, who died on Monday": the relative clause of a name or a family word before the comma.
  if (tokens[k].lower === 'who') return same(k - 2) && tokens[k - 1].text === ',' && isOnePerson(tokens, k - 2, same);
  return isOnePerson(tokens, k, same);
}

/**
 * True when the token at k ends (or, `forward`, opens) the words for one person: a family word after an owner
 * ("her husband", "Okafor's mother") or a personal name not counted ("Okafor", "Ms Ada Okafor"; not "two Britons").
 */
function isOnePerson(tokens: Token[], k: number, same: (k: number) => boolean, forward = false): boolean {
  if (!same(k)) return false;
  const t = tokens[k];
  if (forward && OWNERS.has(t.lower)) return same(k + 1) && KIN_WORDS.has(tokens[k + 1].lower);
  if (KIN_WORDS.has(t.lower)) return same(k - 1) && (OWNERS.has(tokens[k - 1].lower) || isPossessive(tokens[k - 1]));
  if (t.pos !== 'PROPN') return false;
  if (forward) return !t.lower.endsWith('s');
  let a = k;
  while (same(a - 1) && tokens[a - 1].pos === 'PROPN') a--;
  // One word ending in s may be a people ("Britons died"); "Ada Jones" is a person.
  if (a === k && t.lower.endsWith('s')) return false;
  // A count or a determiner before the name makes it a group ("the Smiths", "three Kessington fans").
  return !same(a - 1) || (tokens[a - 1].pos !== 'NUM' && tokens[a - 1].pos !== 'DET');
}
