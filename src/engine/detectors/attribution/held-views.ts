/**
 * Set phrases that report a view held or a stand taken on one's own words: "the judge held that", "she took the
 * view that", "the senator distanced himself from the advert", "walked back his remarks", "backtracked on the
 * pledge", "doubled down on his claim"; and criticism or a stand spoken in public: "singled out the ministry for
 * blame", "stopped short of calling it a failure". ("Hit out at" is left out: in a match report a player who hit
 * out at an opponent struck him; "went on record" too, as "go" is too common a word for the gate to let through.)
 */
import { REPORT_VERBS, SAYING_NOUNS } from '../../lexicon/sources-verbs.ts';
import { PERSON_ROLES } from '../../names/words.ts';
import type { ParsedText } from '../../nlp.ts';

/** The lemmas that open these phrases: the report verbs' gate lets them through (verb-triggers.ts). */
export const HELD_VIEW_LEMMAS = ['hold', 'distance', 'walk', 'backtrack', 'double', 'single', 'stop'];
/** What one is singled out for in words: "singled out the ministry for blame" (not "for a drug test"). */
const VERDICTS = new Set(['blame', 'criticism', 'praise', 'censure', 'condemnation', 'ridicule', 'scorn']);

/** Things one takes a side on or against, besides words said: "distanced herself from the party's campaign". */
const SIDES = new Set([
  'advert', 'ad', 'campaign', 'policy', 'policies', 'plan', 'plans', 'party', 'decision', 'government', 'idea',
  'ideas', 'scheme', 'post', 'tweet', 'video', 'article', 'letter', 'group', 'movement', 'leadership', 'cause',
]);
/** Reflexives after "distanced": one stands apart from words in words. */
const REFLEXIVE = new Set(['himself', 'herself', 'themselves', 'itself', 'ourselves', 'myself']);
/** Openers between a verb and the words it stands by or retreats from: "his remarks", "the pledge", "those claims". */
const OPENERS = new Set(['his', 'her', 'their', 'its', 'the', 'those', 'these', 'that', 'this', 'earlier', 'a']);
/** Word classes that open a clause after "held that": "held that the contract was void", "held that it". */
const CLAUSE_OPENERS = new Set(['DET', 'PRON']);
/** Word classes that open a clause after "held that" only when a verb follows them ("held that Okafor was liable"). */
const NAME_OPENERS = new Set(['PROPN', 'NUM']);

/** True when the words after "held that" (from k on) open a clause rather than name the thing held. */
function clauseAfterHeldThat(doc: ParsedText, k: number): boolean {
  const t = doc.tokens;
  const pos = t[k]?.pos ?? '';
  if (CLAUSE_OPENERS.has(pos)) return true;
  if (!NAME_OPENERS.has(pos)) return false;
  // "held that Senate seat", "held that 2-0 lead": a name or a number before a noun is what was held.
  let j = k;
  while (NAME_OPENERS.has(t[j]?.pos ?? '')) j++;
  return t[j]?.pos === 'VERB' || t[j]?.pos === 'AUX';
}

/** True when the words from k on are someone's words: "his remarks", "the earlier pledge", "comments". */
function wordsAt(doc: ParsedText, k: number): boolean {
  const t = doc.tokens;
  let j = k;
  for (let n = 0; n < 2 && OPENERS.has(t[j]?.lower ?? ''); n++) j++;
  return SAYING_NOUNS.has(t[j]?.lower ?? '') && t[j + 1]?.pos !== 'NOUN';
}

/** The verbs whose phrases heldView reads: its cheap first test. */
const HELD_LEMMAS = new Set(['hold', 'take', 'distance', 'walk', 'backtrack', 'double', 'single', 'stop']);

/** The lower form of the token at k, or '' past the end of the text. */
function lowerAt(doc: ParsedText, k: number): string {
  return doc.tokens[k]?.lower ?? '';
}

/** True when the verb at i opens a phrase that reports a view held or a stand on words (a report verb of speech). */
export function heldView(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  // Asked at every token (speech-idioms.ts): the lemma test first, and no closure per call.
  if (!HELD_LEMMAS.has(t[i].lemma) || t[i].pos !== 'VERB') return false;
  switch (t[i].lemma) {
    case 'hold':
      // "held that the contract was void" (a ruling or a belief), not "held that seat for years".
      return lowerAt(doc, i + 1) === 'that' && clauseAfterHeldThat(doc, i + 2);
    case 'take':
      return lowerAt(doc, i + 1) === 'the' && lowerAt(doc, i + 2) === 'view' && lowerAt(doc, i + 3) === 'that';
    case 'distance':
      return REFLEXIVE.has(lowerAt(doc, i + 1)) && lowerAt(doc, i + 2) === 'from' && standApartFrom(doc, i + 3);
    case 'walk':
      return lowerAt(doc, i + 1) === 'back' && wordsAt(doc, i + 2);
    case 'backtrack':
      return lowerAt(doc, i + 1) === 'on' && wordsAt(doc, i + 2);
    case 'double':
      return lowerAt(doc, i + 1) === 'down' && lowerAt(doc, i + 2) === 'on' && wordsAt(doc, i + 3);
    case 'single':
      return lowerAt(doc, i + 1) === 'out' && singledFor(doc, i + 2);
    case 'stop':
      // "stopped short of calling it a failure": what was held back is itself a way of saying.
      return lowerAt(doc, i + 1) === 'short' && lowerAt(doc, i + 2) === 'of' && REPORT_VERBS.get(t[i + 3]?.lemma ?? '') === 'speech' && lowerAt(doc, i + 3).endsWith('ing');
    default:
      return false;
  }
}

/**
 * True when what one distances oneself from (at k, past its openers) is words said, a person or a side ("the
 * remarks", "the president", "the party's plan"): a runner who distanced himself from the pack or the field moved.
 */
function standApartFrom(doc: ParsedText, k: number): boolean {
  const t = doc.tokens;
  for (let j = k; j < t.length && j <= k + 4 && (t[j].type === 'word' || t[j].text === '-'); j++) {
    const w = t[j];
    if (w.pos === 'PROPN' || w.pos === 'PRON' || SAYING_NOUNS.has(w.lower) || SIDES.has(w.lower) || PERSON_ROLES.has(w.lower)) return true;
    if (w.pos === 'NOUN' && t[j + 1]?.lower !== "'s") return false;
  }
  return false;
}

/** True when "for" + a verdict in words follows within a few words: "singled out the ministry for blame". */
function singledFor(doc: ParsedText, k: number): boolean {
  const t = doc.tokens;
  for (let j = k; j < t.length && j <= k + 6 && t[j].type === 'word'; j++) {
    if (t[j].lower === 'for') return VERDICTS.has(t[j + 1]?.lower ?? '') || VERDICTS.has(t[j + 2]?.lower ?? '');
  }
  return false;
}
