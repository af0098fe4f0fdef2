/**
 * A participle that gives a name: "a ferry called the Northern Star", "a dog named Rex", "something called
 * Fresh Start". Wink reads "called" as a past verb, but nobody did anything: the words only label a thing.
 */
import type { Token } from '../../nlp.ts';

/** Verbs whose participle after a noun labels it. */
const NAMING_LEMMAS = new Set(['call', 'name', 'dub', 'nickname', 'title', 'entitle']);

/** Pronouns that stand for an unnamed thing about to be named: "something called", "one named". */
const THING_PRONOUNS = new Set(['something', 'anything', 'someone', 'somebody', 'one']);

/** Determiners that introduce a thing the speaker is about to name: "a man named", "some group called". */
const INDEFINITE = new Set(['a', 'an', 'some', 'another']);

/** How far back from the participle its noun phrase's determiner may lie ("a small boat in the harbour called"). */
const REACH = 6;

/** True when the tokens from i start a name: a proper noun, a quotation, or "the" and a proper noun. */
function startsName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.pos === 'PROPN' || /^["'“‘]$/.test(t.text)) return true;
  return t.lower === 'the' && tokens[i + 1]?.pos === 'PROPN';
}

/** True for "called" in "a ferry called the Northern Star": a thing named, not an act ("a neighbour called 999"). */
export function isNamingParticiple(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.pos !== 'VERB' || !NAMING_LEMMAS.has(t.lemma) || !startsName(tokens, i + 1)) return false;
  const before = tokens[i - 1];
  if (!before) return false;
  if (before.pos === 'PRON') return THING_PRONOUNS.has(before.lower);
  if (before.pos !== 'NOUN') return false;
  // "The board named Ortiz chair" appoints; "a man named Ortiz" introduces: only an indefinite phrase is named.
  for (let k = i - 2; k >= 0 && k >= i - REACH; k--) {
    if (INDEFINITE.has(tokens[k].lower)) return true;
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || tokens[k].lower === 'the') return false;
  }
  return false;
}
