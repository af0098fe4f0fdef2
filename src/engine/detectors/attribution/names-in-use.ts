/**
 * Passive words of naming that pass no judgement: "was known for years as Red Meadow" (a name in use over a span of
 * time) and "bands resist being termed folk bands" (the subject's own stance on a label, not anyone's verdict).
 */
import type { Token } from '../../nlp.ts';
import { isCapitalised } from '../../names/tokens.ts';

/** Words of a span of time between "known for" and "as": "for a long time", "for centuries", "for many years". */
const SPANS = new Set([
  ...['a', 'long', 'time', 'many', 'some', 'several', 'years', 'decades', 'centuries', 'generations', 'ages'],
  ...['much', 'of', 'its', 'their', 'history', 'the', 'next', 'first', 'last', 'two', 'three', 'hundred', 'hundreds'],
]);

/**
 * True when "known for" ending at `end` is followed by a span of time and "as" a name ("was known for many years
 * as the Dark Fields", "known for centuries as Port Ada"): a name in use. "known for years as a tough negotiator"
 * (no capital) is still a reputation nobody is said to hold.
 */
export function knownForYearsAs(t: readonly Token[], end: number): boolean {
  if (t[end - 1]?.lower !== 'for' || t[end - 2]?.lower !== 'known') return false;
  let k = end;
  while (k < end + 5 && SPANS.has(t[k]?.lower ?? '')) k++;
  if (k === end || t[k]?.lower !== 'as') return false;
  const head = t[k + 1]?.lower === 'the' ? t[k + 2] : t[k + 1];
  return head !== undefined && (isCapitalised(head) || /^["“]/.test(head.text));
}

/** Verbs by which a subject turns a label down: "resist being termed", "objects to being called", "hates being labelled". */
const REFUSALS = new Set(['resist', 'refuse', 'reject', 'object', 'dislike', 'hate', 'resent', 'bristle', 'balk', 'baulk']);

/**
 * True when the "being" passive at i follows a verb of refusal, past "to" ("resist being termed", "object to being
 * called"): the sentence tells the subject's stance; "being termed a fraud" on its own still leaves the judge unsaid.
 */
export function refusesLabel(t: readonly Token[], i: number): boolean {
  if (t[i]?.lower !== 'being') return false;
  const verb = t[i - 1]?.lower === 'to' || t[i - 1]?.lower === 'at' ? t[i - 2] : t[i - 1];
  return verb !== undefined && REFUSALS.has(verb.lemma);
}
