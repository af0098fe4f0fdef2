/** Adjectives of belief used as report verbs: "critics are convinced that" (moved out of cues.ts to keep it short). */
import { ATTITUDE_ADJECTIVES, THAT_ADJECTIVES } from '../../lexicon/sources-verbs.ts';
import type { ParsedText } from '../../nlp.ts';

/** Forms of "be" before the adjective; "been" after "have" too ("businesses have been supportive of the plan"). */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'am', "'re", "'s", 'been']);
/** "confident of himself": an attitude to oneself is a trait of character, not a view of anything. */
const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves', 'yourself']);

/** Attitudes that are also a temper or caution: "suspicious of strangers", "wary of the wet ball" hold no view. */
const TRAIT_PRONE = new Set(['wary', 'suspicious']);
/** Things a mind puts forward or claims, which a wary or suspicious mind holds a view of: "wary of the deal". */
const VIEWED = new Set(
  ('plan plans deal deals claim claims promise promises motive motives offer offers idea ideas bid move moves scheme ' +
    'figures data report reports story account pledge pledges rhetoric change changes reform reforms law bill rule ' +
    'rules tax proposal proposals intentions agenda policy policies talks process result results findings merger takeover').split(' '),
);
/** Word endings of a named act or quality ("the motivation", "the agreement", "the approval"), also a view's object. */
const ABSTRACT_ENDINGS = /(tion|sion|ment|ance|ence|ity|ism|ness|al)s?$/;

/** True when the object after the preposition at `prep` is something a view is held of, not a person or a thing. */
function viewedObject(doc: ParsedText, prep: number): boolean {
  const t = doc.tokens;
  for (let k = prep + 1; k < t.length && k <= prep + 5; k++) {
    const w = t[k];
    if (w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'PRON') {
      // "the tax rules", "the council's motives": the last noun is the object.
      if (w.pos !== 'PRON' && (t[k + 1]?.pos === 'NOUN' || t[k + 1]?.lower === "'s")) continue;
      return w.pos === 'NOUN' && (VIEWED.has(w.lower) || ABSTRACT_ENDINGS.test(w.lower));
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
