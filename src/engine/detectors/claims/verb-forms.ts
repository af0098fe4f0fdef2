/**
 * Verb forms the claim features read: a past action, a perfect ("has been"), and words reported in someone
 * else's name. Each looks only at the token and the words just before it.
 */
import { POSSIBILITY_MODALS, STANCE_REPORT_VERBS } from '../../lexicon/claims-markers.ts';
import type { Token } from '../../nlp.ts';

/** The speaker and the speaker's group: "I", "we" and their contractions. */
export const FIRST_PERSON = new Set(['i', 'we', "i'm", "we're", "i've", "we've"]);

/** The index of the word before token i, skipping adverbs ("has never been", "the senator later said"); -1 if none. */
function beforeAdverbs(tokens: Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && tokens[k].pos === 'ADV') k--;
  return k;
}

/** Present forms of "be" and words that make a participle describe a state: "is called", "I'm opposed", "most respected". */
const STATE_BEFORE_PARTICIPLE = new Set(['is', 'are', 'am', "'s", "'re", "'m", '’s', '’re', '’m', 'be', 'being', 'most', 'more', 'very', 'so', 'too', 'less']);

// Module constants, not literals in the functions: a literal is a new object at every evaluation (per token).
/** "I'm", "we're": a contracted "am" or "are" before a participle. */
const CONTRACTED_BE = /['’](m|re)$/;
const HAVE = /^(have|has|'ve|’ve)$/;
/** Forms of "have" that make a perfect with "been", contractions included ("we've been", "it's been"). */
const PERFECT_HAVE = /^(has|have|had|'ve|’ve|'s|’s|(i|we|you|they)['’]ve)$/;

/**
 * "I had a lucky run", "I've had a cold": the speaker's own having is a state, not an act ("I had voted" counts
 * "voted"). A "we" that had a deficit or an army speaks for a country, whose state is on record.
 */
function isOwnHaving(tokens: Token[], i: number): boolean {
  let k = beforeAdverbs(tokens, i);
  while (k >= 0 && HAVE.test(tokens[k].lower)) k--;
  return k >= 0 && (tokens[k].text === 'I' || tokens[k].text === "I've" || tokens[k].text === 'I’ve');
}

/** True for a verb in a past or perfect form: wink's lemma differs and the form is not -s or -ing. */
export function isPastForm(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  // "already strained by insurgency": wink tags such participles as adjectives; the "by" gives them away.
  if (t.pos === 'ADJ' && t.lower.endsWith('ed') && next?.lower === 'by') return true;
  if (t.pos !== 'VERB' && t.pos !== 'AUX') return false;
  // "was"/"were" alone describe a past state ("My aunt was the boss of a bakery"); a passive's participle counts itself.
  if (t.lower === 'had') return !isOwnHaving(tokens, i);
  if (t.lower === 'did') return true;
  if (t.lower === 'was' || t.lower === 'were') return false;
  if (t.lemma === t.lower || t.lower.endsWith('s') || t.lower.endsWith('ing') || t.pos !== 'VERB') return false;
  // "it's called", "I'm opposed", "the most respected", "we've got": a state now, not something that happened.
  let k = i - 1;
  while (k >= 0 && tokens[k].pos === 'ADV' && !STATE_BEFORE_PARTICIPLE.has(tokens[k].lower)) k--;
  const before = tokens[k];
  if (before && (STATE_BEFORE_PARTICIPLE.has(before.lower) || CONTRACTED_BE.test(before.lower))) return false;
  return !(t.lower === 'got' && before && HAVE.test(before.lower));
}

/**
 * "has been", "have never been", "we've been": "been" after a form of "have", adverbs allowed between. A modal
 * before "have" ("would have been", "would've been") imagines instead.
 */
export function isPerfect(tokens: Token[], i: number): boolean {
  const k = beforeAdverbs(tokens, i);
  if (k < 0 || !PERFECT_HAVE.test(tokens[k].lower)) return false;
  const before = tokens[k - 1]?.lower ?? '';
  return !POSSIBILITY_MODALS.has(before) && before !== 'should' && before !== 'must';
}

/** Words that make a base-form report verb the speaker's own ("I'd say", "let me say", "to say", "I will argue"). */
const OWN_VIEW_BEFORE = new Set(['to', 'me', "'d", '’d', 'would', 'will', "'ll", '’ll', 'can', 'could', 'might', 'may', 'must', 'should']);

/** Auxiliaries between a subject and its verb: "I have always argued", "we had said". */
const AUXILIARIES = new Set(['have', 'has', 'had', "'ve", '’ve', 'do', 'does', 'did']);

/**
 * "Mr. Lee says", "critics argue", "the senator urged": a verb reporting words whose subject is not the speaker.
 * Adverbs and auxiliaries are skipped to reach the subject ("I have always argued" is the speaker's own).
 */
export function isReportByOthers(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.pos !== 'VERB' || !STANCE_REPORT_VERBS.has(t.lemma)) return false;
  let k = beforeAdverbs(tokens, i);
  if (k >= 0 && OWN_VIEW_BEFORE.has(tokens[k].lower)) return false;
  while (k >= 0 && (AUXILIARIES.has(tokens[k].lower) || tokens[k].pos === 'ADV')) k--;
  return k >= 0 && !FIRST_PERSON.has(tokens[k].lower) && tokens[k].lower !== 'me';
}
