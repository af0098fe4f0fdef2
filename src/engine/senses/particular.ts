/**
 * "A certain" picking out one thing it does not name: "in honour of a certain god", "a certain charm", "a certain
 * Mr Lund". It counts nothing, so it is no vague amount. "A certain number of seats", "a certain amount of force",
 * "a certain risk" and "to a certain extent" still leave an amount or a degree open; "certain species" (some of
 * them) stays an amount. Exported so any detector reading "certain" can tell the senses apart.
 */
import type { ParsedText } from '../nlp.ts';

/** Nouns of amount or degree: after "a certain" they leave a quantity open ("a certain number of", "extent"). */
const AMOUNT_NOUNS = new Set([
  'number',
  'amount',
  'quantity',
  'proportion',
  'percentage',
  'share',
  'fraction',
  'sum',
  'degree',
  'extent',
  'measure',
  'level',
  'point',
  'portion',
  'part',
  'majority',
  'minority',
  // Degrees of likelihood: "a certain risk" is some risk, an amount of it left open.
  'risk',
  'danger',
  'chance',
  'likelihood',
  'probability',
]);
/** The most describing words read between "a certain" and its noun ("a certain old Irish custom"). */
const MAX_ADJECTIVES = 3;

/** True when "certain" at `i` follows "a"/"an" and picks out one thing, not an amount or a degree. */
export function picksOneOut(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (t[i]?.lower !== 'certain' || !['a', 'an'].includes(t[i - 1]?.lower ?? '')) return false;
  // Describing words may be names ("a certain Irish custom"), and a name may be the whole phrase ("a certain Mr Lund").
  let named = false;
  for (let j = i + 1; j <= i + 1 + MAX_ADJECTIVES && t[j]?.sentence === t[i].sentence; j++) {
    if (t[j].pos === 'NOUN') return !AMOUNT_NOUNS.has(t[j].lower);
    if (t[j].pos === 'PROPN') named = true;
    else if (t[j].pos !== 'ADJ') return named;
  }
  return named;
}
