/**
 * "A certain" picking out one thing it does not name: "in honour of a certain god", "a certain charm", "a certain
 * Mr Lund". It counts nothing, so it is no vague amount. "A certain number of seats", "a certain amount of force",
 * "a certain risk" and "to a certain extent" still leave an amount or a degree open; "certain species" (some of
 * them) stays an amount. "Some" before one being or one aim means "a certain" too ("attacked by some man in the
 * street", "the work of some god", "a step toward some end"): one, unnamed, nothing counted. Exported so any detector
 * reading "certain" or "some" can tell the senses apart.
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

/**
 * Singular nouns after which "some" can only mean "a certain": one being or one aim, never a mass to share out.
 * Nouns that are also masses ("some power over the budget", "some force", "some control") and time or place
 * ("some day", "some point", "some place") are left out: there "some" leaves an amount or a when open.
 */
const ONE_BEING = new Set([
  'person',
  'man',
  'woman',
  'boy',
  'girl',
  'stranger',
  'god',
  'goddess',
  'deity',
  'creature',
  'end',
]);
/** Hyphens and dashes that join "man" or "end" to the next word as one compound ("man-made", "end-of-season"). */
const HYPHENS = new Set(['-', '‐', '‑']);
/** "Higher being", "unseen force": a being above, named by its rank, one and unnamed ("some higher being"). */
const BEINGS_ABOVE = new Set(['power', 'being', 'force']);
const RANKS_ABOVE = new Set(['greater', 'higher', 'supreme', 'unseen', 'divine', 'outside', 'unknown']);

/** True when "some" at `i` stands before one being or one aim ("some man", "some higher being", "toward some end"). */
function someOneThing(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const next = t[i + 1];
  if (next?.sentence !== t[i].sentence) return false;
  // A noun after it makes a compound, counted again ("some end tables", "some man hours"); so does a hyphen, which
  // wink splits off ("some man-made fibres", "some end-of-season bonuses", "some god-fearing voters"); a spaced dash
  // is an aside ("some man - a stranger - knocked").
  // "End" is an aim only after a preposition ("toward some end", "to some end"): "some end up homeless", "some
  // end their careers early" are the verb, with "some" its vague subject.
  if (next.lower === 'end' && t[i - 1]?.pos !== 'ADP') return false;
  if (ONE_BEING.has(next.lower)) {
    const after = t[i + 2];
    if (after?.sentence !== t[i].sentence) return true;
    return after.pos !== 'NOUN' && !(HYPHENS.has(after.text) && after.start === next.end);
  }
  return RANKS_ABOVE.has(next.lower) && BEINGS_ABOVE.has(t[i + 2]?.lower ?? '');
}

/** True when "certain" at `i` follows "a"/"an", or "some" stands before one being: one thing picked out, no amount. */
export function picksOneOut(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (t[i]?.lower === 'some') return someOneThing(doc, i);
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
