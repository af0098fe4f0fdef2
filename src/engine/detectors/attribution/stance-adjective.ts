/** Adjectives of belief used as report verbs: "critics are convinced that" (moved out of cues.ts to keep it short). */
import { ATTITUDE_ADJECTIVES, THAT_ADJECTIVES } from '../../lexicon/sources-verbs.ts';
import type { ParsedText } from '../../nlp.ts';

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'am', "'re", "'s"]);
/** "confident of himself": an attitude to oneself is a trait of character, not a view of anything. */
const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves', 'yourself']);

/**
 * "Supporters are optimistic that ...", "officials were confident that ...": an adjective of belief between a
 * form of "be" and "that" attributes a view just as "believe" does; so does an attitude with its preposition
 * ("the guild is sceptical of the plan", "the union is hostile to the merger").
 */
export function isStanceAdjective(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const next = t[i + 1]?.lower ?? '';
  const believes = THAT_ADJECTIVES.has(t[i].lower) && next === 'that';
  if (!believes && (!ATTITUDE_ADJECTIVES.get(t[i].lower)?.has(next) || REFLEXIVES.has(t[i + 2]?.lower ?? ''))) return false;
  let k = i - 1;
  // "are not convinced that", "aren't sure that": a denied belief is still a view held.
  while (k >= 0 && (t[k].pos === 'ADV' || t[k].lower === 'not' || t[k].lower === "n't")) k--;
  return k >= 0 && BE_FORMS.has(t[k].lower);
}
