/**
 * "May" that says what a kind of thing can be or have, not a guess about one case: "Cords may have
 * twist-locking features" (some cords have them), "power cables may be either fixed or detachable". The
 * subject is generic (a bare plural of things: "cords", "other animals", not "the cords" or "officials") and
 * the modal either takes "have" with a noun phrase (what the kind owns) or "be either" (the kinds it comes in).
 * "The suspect may have a gun", "investigators may have a lead", "the leak may have come from inside" and
 * "cables may have failed" still guess, and so does a single one ("a bridge may have a crack"), which may be
 * a particular one as easily as a kind. A modal before a passive says what is allowed or can be done ("the dough
 * may be frozen", "tickets may be bought at the door"), unless the participle names a link or a cause: "the
 * attacks may be linked", "the fire could be caused by a fault" guess. Exported so any detector reading a
 * modal can tell the senses apart.
 */
import type { ParsedText, Token } from '../nlp.ts';
import { isPossessive } from '../names/tokens.ts';
import { GROUP_NOUNS, isPeoplePlural, PLURAL_ROLES, PROPER_GROUPS } from '../names/words.ts';

const MODALS = new Set(['may', 'might', 'could']);
/** Tags of a noun phrase's first word after "have": "a large base", "higher rates", "twist-locking features". */
const PHRASE_OPENERS = new Set(['DET', 'NUM', 'ADJ', 'NOUN']);
/** Words before a subject's noun that leave it generic: describing words ("other") and nouns ("power cables"). */
const MODIFIERS = new Set(['ADJ', 'NOUN', 'PROPN']);
/** Words before a subject's noun that pick out particular ones ("the tournaments", "their cars", "two bridges"). */
const PARTICULAR = new Set(['DET', 'NUM', 'PRON']);
const PARTICIPLE = /(?:ed|en)$/;
/**
 * Participles that name a link or a cause between things: a relation is true or not, so a modal before one
 * can only guess ("may be linked"), never allow or say what can be done.
 */
const LINK_PARTICIPLES = new Set([
  'linked',
  'connected',
  'related',
  'tied',
  'associated',
  'caused',
  'triggered',
  'sparked',
  'prompted',
  'explained',
  'attributed',
  'involved',
  'driven',
  'fuelled',
  'fueled',
  'motivated',
]);

/** The next index after `i` that is not an adverb ("may also have", "have often"), within the sentence. */
function skipAdverbs(t: Token[], i: number): number {
  let j = i;
  while (t[j]?.pos === 'ADV' && t[j].sentence === t[i].sentence) j++;
  return j;
}

/** True for a plural noun: wink's lemma differs ("cables" -> "cable"), or a capitalised first word ends in "s". */
function plural(t: Token): boolean {
  if (t.pos === 'NOUN') return t.lemma !== t.lower;
  return t.pos === 'PROPN' && /[^s]s$/.test(t.lower);
}

/** True for people, who as a group are often particular ones in the news ("officials may have a plan"). */
function people(word: string): boolean {
  return PLURAL_ROLES.has(word) || GROUP_NOUNS.has(word) || PROPER_GROUPS.has(word) || isPeoplePlural(word);
}

/** True when the subject ending right before `m` is generic: a bare plural of things ("cords", "other animals"). */
function genericSubject(t: Token[], m: number): boolean {
  const head = t[m - 1];
  if (!head || head.sentence !== t[m].sentence || !plural(head) || people(head.lower)) return false;
  let k = m - 2;
  while (k >= 0 && t[k].sentence === head.sentence && MODIFIERS.has(t[k].pos)) k--;
  return !(k >= 0 && t[k].sentence === head.sentence && (PARTICULAR.has(t[k].pos) || isPossessive(t[k])));
}

/** True when the word at `j` opens a noun phrase, not a participle ("have a base", not "have improved"). */
function opensNounPhrase(t: Token[], j: number): boolean {
  const w = t[j];
  if (!w || !PHRASE_OPENERS.has(w.pos)) return t[j + 1]?.text === '-' && w?.pos === 'VERB';
  return !(w.pos === 'ADJ' && PARTICIPLE.test(w.lower) && t[j + 1]?.pos !== 'NOUN');
}

/**
 * True for a passive's participle: wink's verb that is no "-ing" form ("used", "cut"). "May be hiding" guesses
 * about now; "-ed" words wink reads as adjectives ("may be tired", "may be injured") describe a state, a guess too.
 */
function passiveParticiple(w: Token | undefined): boolean {
  return w?.pos === 'VERB' && !w.lower.endsWith('ing') && !LINK_PARTICIPLES.has(w.lower);
}

/** "May well be sold", "may well have": "is likely to", a guess however the sentence goes on. */
function saysLikely(t: Token[], i: number): boolean {
  return t[i + 1]?.lower === 'well';
}

/** True when the modal at `i` stands before a passive that allows or says what can be done ("may be frozen"). */
export function allowsOrCanBeDone(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (!MODALS.has(t[i]?.lower ?? '')) return false;
  const be = skipAdverbs(t, i + 1);
  if (t[be]?.lower !== 'be' || saysLikely(t, i)) return false;
  const participle = skipAdverbs(t, be + 1);
  return t[participle]?.sentence === t[i].sentence && passiveParticiple(t[participle]);
}

/** True when the modal at `i` says what a kind can have or be, not what may be true of one case. */
export function statesWhatAKindCanBe(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (!MODALS.has(t[i]?.lower ?? '') || saysLikely(t, i) || !genericSubject(t, i)) return false;
  const verb = skipAdverbs(t, i + 1);
  const after = skipAdverbs(t, verb + 1);
  if (t[after]?.sentence !== t[i].sentence) return false;
  if (t[verb]?.lower === 'have') return opensNounPhrase(t, after);
  return t[verb]?.lower === 'be' && t[after].lower === 'either';
}
