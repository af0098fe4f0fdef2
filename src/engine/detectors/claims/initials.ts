/**
 * Initials that name an organisation, an agreement or a programme: "NATO", "the FBI", "NAFTA", "HMOs". Such a
 * name points to one public body or text whose record can be looked up, more surely than a capitalised word,
 * which is as often a person addressed or a place.
 */
import { COMMON_INITIALISMS } from '../../lexicon/claims-markers.ts';
import type { Token } from '../../nlp.ts';
import { wordMark } from './word-marks.ts';

// Module constants: a literal would be a new object at every call.
/** Three to six capitals, with a plural "s" ("HMOs"). Two capitals are too often a state or a unit ("NY", "KM"). */
const INITIALS = /^[A-Z]{3,6}s?$/;
/** "Henry VIII", "Super Bowl LVII": numbers, not names. */
const ROMAN_NUMERAL = /^[IVXLCDM]+$/;
/** A word in capitals: two in a row are a heading, a stage direction or shouting ("[BELL RINGS]", "FAKE NEWS"). */
const CAPITALS = /^[A-Z]{2,}$/;

/** True when token i is an organisation's, an agreement's or a programme's initials. */
export function isInitialism(tokens: Token[], i: number): boolean {
  const text = tokens[i].text;
  if (!INITIALS.test(text) || ROMAN_NUMERAL.test(text) || COMMON_INITIALISMS.has(tokens[i].lower)) return false;
  if (CAPITALS.test(tokens[i - 1]?.text ?? '') || CAPITALS.test(tokens[i + 1]?.text ?? '')) return false;
  // A shouted word our lexicons know ("HUGE", "NEVER", "MORE") is emphasis, not a name.
  return wordMark(tokens[i].lower) === 0;
}
