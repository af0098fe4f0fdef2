/**
 * A death word about animals or plants ("dead whales", "the cattle died", "whale deaths"): not the people
 * killed or hurt that a casualty claim counts (see CLAIM_WORDING's 'claim/casualty').
 */
import { ANIMAL_WORDS } from '../../lexicon/claims-markers.ts';
import type { Token } from '../../nlp.ts';

/** Death words whose subject is the one that died ("the cattle died", "whale deaths"). */
const DYING = new Set(['died', 'die', 'dies', 'deaths', 'death', 'dead']);

/** True when the casualty word at `i` is said of an animal or a plant right beside it. */
export function aboutAnimals(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  const sameSentence = (t: Token | undefined) => t !== undefined && t.sentence === tokens[i].sentence;
  // "dead whales", "dead fish": the adjective before its noun.
  if (tokens[i].lower === 'dead' && sameSentence(next) && ANIMAL_WORDS.has(next.lower)) return true;
  // "the cattle died", "whale deaths", "the sheep were killed": the noun right before (an auxiliary between),
  // when it is the one that died. "The dog killed a child" names the killer, and the casualty is a person.
  const passive = prev?.pos === 'AUX';
  if (!passive && !DYING.has(tokens[i].lower)) return false;
  const before = passive ? tokens[i - 2] : prev;
  return sameSentence(before) && ANIMAL_WORDS.has((before as Token).lower);
}
