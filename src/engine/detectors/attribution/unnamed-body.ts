/**
 * Organisations the text does not name: "a leading tenants' group says", "a haulage firm she runs", "an alliance
 * of ferry unions". "The ministry said" points at one body the reader can find; "a group" with "a" or "an"
 * before it is one of many the reader cannot tell apart, so it is a vague source like "campaigners say".
 */
import type { PhraseParts } from '../../names/analyse.ts';
import type { Phrase } from '../../names/phrase.ts';
import type { ParsedText } from '../../nlp.ts';

/** Determiners that introduce a body not met before and not named: "a group", "another firm", "one charity". */
const INDEFINITE = new Set(['a', 'an', 'another', 'one']);

/**
 * Bodies whose word alone still points at a public record: a court or tribunal rules in public ("a federal court
 * ruled" is read as the court, as an unnamed judge ruling is), and a state, county or city is a place the
 * sentence goes on to name.
 */
const ON_RECORD = new Set(['court', 'tribunal', 'state', 'county', 'city', 'government', 'parliament', 'congress', 'senate', 'legislature', 'cabinet']);

/**
 * True when the phrase's head is an institution word introduced by "a", "an", "another" or "one". A second
 * determiner before the head starts a phrase of its own ("an inquiry the council said had closed": the council is
 * definite), so the "a" is not the body's.
 */
export function isUnnamedBody(doc: ParsedText, p: Phrase, parts: PhraseParts): boolean {
  const t = doc.tokens;
  if (parts.determiner === undefined || !INDEFINITE.has(parts.determiner) || ON_RECORD.has(t[parts.head].lower)) return false;
  for (let k = p.first + 1; k < parts.head; k++) if (t[k].pos === 'DET') return false;
  return true;
}
