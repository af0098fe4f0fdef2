/** Passive report verbs ("was criticised", "is widely said") told apart from a contracted "has" ("she's said that"). */
import type { Token } from '../../nlp.ts';

/** Forms of "be" that make a following participle passive. */
const BE_FORMS = new Set(['is', 'was', 'were', 'are', 'been', 'being', 'be', "'s", 'am']);

/** True when the verb is a passive participle: "was criticised", "is widely said". */
export function isPassive(t: Token[], verb: number, floor: number): boolean {
  // "are saying", "is telling": a form of "be" before an -ing form makes it progressive, not passive.
  if (t[verb].lower.endsWith('ing')) return false;
  let k = verb - 1;
  // "is not known", "wasn't told": a denial between "be" and the participle leaves it passive.
  while (k > floor && (t[k].pos === 'ADV' || t[k].lower === 'not' || t[k].lower === "n't")) k--;
  if (k >= floor && hasNotIs(t, k, verb)) return false;
  // wink keeps "I'm" and "we're" in one token: the "be" is inside it.
  return k >= floor && (BE_FORMS.has(t[k].lower) || /['’](m|re)$/.test(t[k].lower));
}

/** People a contracted "'s" may follow as "has": "she's said", "he's predicted", "who's argued". */
const HAS_SUBJECTS = new Set(['he', 'she', 'who']);

/**
 * True when the "'s" at k stands for "has": after "he", "she" or "who", before a participle with its object or clause
 * ("she's said that", "he's predicted big wins"); "she's expected to", "he's told by" and "it's said" stay passives.
 */
export function hasNotIs(t: readonly Token[], k: number, verb: number): boolean {
  // nlp.ts reads a contracted "'s" as "is" in `lower`; its text keeps the contraction.
  if (t[k].text !== "'s" && t[k].text !== '’s') return false;
  if (!HAS_SUBJECTS.has(t[k - 1]?.lower ?? '') || NAMING_VERBS.has(t[verb].lemma)) return false;
  const next = t[verb + 1]?.lower ?? '';
  if (next === 'to' || next === 'as' || t[verb + 1]?.type !== 'word') return false;
  // "he's told by his doctor", "she's described in the memo by aides": an agent makes it a passive.
  for (let j = verb + 1; j <= verb + 5 && j < t.length; j++) if (t[j].lower === 'by') return false;
  return true;
}

/** Verbs whose passive takes a description after it ("she's considered the best", "he's called a liar"). */
const NAMING_VERBS = new Set('consider call deem regard label brand dub name term describe see view know think believe expect'.split(' '));
