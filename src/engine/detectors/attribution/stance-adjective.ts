/** Adjectives of belief used as report verbs: "critics are convinced that" (moved out of cues.ts to keep it short). */
import { ATTITUDE_ADJECTIVES, THAT_ADJECTIVES } from '../../lexicon/sources-verbs.ts';
import type { ParsedText } from '../../nlp.ts';

/** Forms of "be" before the adjective; "been" after "have" too ("businesses have been supportive of the plan"). */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'am', "'re", "'s", 'been']);
/** "confident of himself": an attitude to oneself is a trait of character, not a view of anything. */
const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves', 'yourself']);

/** Attitudes that are also a temper or caution: "suspicious of strangers", "wary of the wet ball" hold no view. */
const TRAIT_PRONE = new Set(['wary', 'suspicious']);
/**
 * People, animals and things one can touch: a wary or suspicious mind facing them shows caution or a temper ("wary
 * of strangers", "suspicious of the dog", "wary of the wet ball"), not a view; anything else is a matter ("wary of
 * the budget", "suspicious of the new subsidy"). Plural forms are the singular plus "s".
 */
const TEMPER_OBJECTS = new Set(
  ('stranger outsider foreigner newcomer people person man men woman women child children kid boy girl ' +
    'neighbour neighbor friend family crowd guest visitor dog cat animal horse bird snake bear wolf insect spider ' +
    'shark bee ball ground ice water road pitch track weather rain wind snow sun heat cold dark food meal drink ' +
    'car door floor stair step light noise smell bridge house building river sea wave cliff boat train').split(' '),
);
/** The singular of a plural noun by its plain "s" ("strangers", "dogs"), enough to look it up in TEMPER_OBJECTS. */
const singular = (lower: string): string => (lower.endsWith('s') ? lower.slice(0, -1) : lower);

/** True when the object after the preposition at `prep` is a matter a view is held of, not a person or a thing. */
function viewedObject(doc: ParsedText, prep: number): boolean {
  const t = doc.tokens;
  for (let k = prep + 1; k < t.length && k <= prep + 5; k++) {
    const w = t[k];
    if (w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'PRON') {
      // "the tax rules", "the council's motives": the last noun is the object.
      if (w.pos !== 'PRON' && (t[k + 1]?.pos === 'NOUN' || t[k + 1]?.lower === "'s")) continue;
      // A pronoun or a name is a person ("wary of him", "suspicious of Lind").
      return w.pos === 'NOUN' && !TEMPER_OBJECTS.has(w.lower) && !TEMPER_OBJECTS.has(singular(w.lower));
    }
    if (w.type !== 'word') return false;
  }
  return false;
}

/**
 * "Supporters are optimistic that ...", "officials were confident that ...": an adjective of belief between a
 * form of "be" and "that" attributes a view just as "believe" does; so does an attitude with its preposition
 * ("voters are sceptical of the plan", "the union is hostile to the merger").
 */
export function isStanceAdjective(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const next = t[i + 1]?.lower ?? '';
  const believes = THAT_ADJECTIVES.has(t[i].lower) && next === 'that';
  if (!believes && (!ATTITUDE_ADJECTIVES.get(t[i].lower)?.has(next) || REFLEXIVES.has(t[i + 2]?.lower ?? ''))) return false;
  if (!believes && TRAIT_PRONE.has(t[i].lower) && !viewedObject(doc, i + 1)) return false;
  let k = i - 1;
  // "are not convinced that", "aren't sure that": a denied belief is still a view held.
  while (k >= 0 && (t[k].pos === 'ADV' || t[k].lower === 'not' || t[k].lower === "n't")) k--;
  return k >= 0 && BE_FORMS.has(t[k].lower);
}
