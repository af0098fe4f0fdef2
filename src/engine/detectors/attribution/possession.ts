/**
 * "Boasts" meaning "has": "The hotel boasts a rooftop pool", "the squad boasts three former champions". With a noun
 * phrase straight after it, the verb describes what the subject owns or offers; nobody is quoted and nothing is
 * bragged about. "The mayor boasted that crime had fallen", "boasted of her record", "boasted about it" and a
 * quotation after it still report words. Exported so any detector reading "boast" can tell the two senses apart.
 */
import type { ParsedText } from '../../nlp.ts';
import { DETERMINERS, isPossessive } from '../../names/tokens.ts';

/** Tags of a noun phrase's first word: "a large fleet", "three pools", "fine views", "stunning Alpine views". */
const PHRASE_OPENERS = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);

/** Words opening a two-word time before a "that": "boasted last week that", "boasted this month that". */
const TIME_OPENERS = new Set(['last', 'this', 'earlier', 'on']);

/** True when "boast" at token i means "has": a noun phrase follows it directly (no "that", "of", "about" or quotation). */
export function boastsPossession(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const next = t[i + 1];
  if (t[i].lemma !== 'boast' || next === undefined || next.sentence !== t[i].sentence) return false;
  // "boasted that", "boasts of", "boasted about": the words or the deed bragged of follow.
  if (next.lower === 'that' || next.pos === 'ADP' || next.pos === 'SCONJ') return false;
  // "boasted Tuesday that", "boasted last week that": a time between the verb and its "that".
  if (t[i + 2]?.lower === 'that' || (TIME_OPENERS.has(next.lower) && t[i + 3]?.lower === 'that')) return false;
  return DETERMINERS.has(next.lower) || isPossessive(t[i + 2]) || PHRASE_OPENERS.has(next.pos);
}
