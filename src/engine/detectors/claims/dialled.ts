/**
 * A number dialled is an address, not a figure: "urged people to call 999", "ring 111 for advice", "text 60060".
 * "Police received 999 calls" and "called 12 witnesses" are not dialled: the number must follow a verb of ringing
 * and be written in digits alone ("12 witnesses" has a noun after it that it counts).
 */
import type { Token } from '../../nlp.ts';

/** Verbs that take a telephone number as their object. */
const DIALLING = new Set(['call', 'dial', 'ring', 'phone', 'text', 'telephone']);

/** Three digits or more and nothing else ("999", "60060"); a module constant, not a literal per call. */
const DIGITS_ONLY = /^\d{3,}$/;

/** True when the number at token i is a telephone number: digits only, right after a verb of ringing, no noun after. */
export function isDialledNumber(t: readonly Token[], i: number): boolean {
  // The verb first: a Set look-up rules out nearly every number before the regex runs.
  if (!DIALLING.has(t[i - 1]?.lemma ?? '') || !DIGITS_ONLY.test(t[i]?.text ?? '')) return false;
  return t[i + 1]?.pos !== 'NOUN';
}
