/** Small predicates over tokens, shared by the phrase walkers and the detectors. */
import type { Sentence, Token } from '../nlp.ts';

/** Determiners, quantifiers and possessive pronouns that may open a noun phrase. */
export const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'many', 'most', 'several', 'various', 'numerous',
  'few', 'other', 'another', 'one', 'two', 'three', 'four', 'five', 'his', 'her', 'their', 'its', 'our', 'my',
  'your', 'all', 'both', 'each', 'every', 'any', 'no', 'certain', 'more',
]);

/** Pronouns that can be the subject of a report verb ("he said", "they argue"). */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you']);

const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’']);
const NOUN_TAGS = new Set(['NOUN', 'PROPN', 'NUM']);

/** An elided lower-case particle before a capitalised name ("d'", "l'", "dall'"). */
const PARTICLE_NAME = /^(?:d|l|dall|dell)['’]\p{Lu}\p{Ll}/u;

/** True for a word token whose text starts with a capital letter, or a name behind an elided particle. */
export function isCapitalised(t: Token): boolean {
  // "d'Alembert", "l'Estrange": a surname whose particle keeps its small letter is still a name. Every particle
  // starts with d or l, so other lower-case words (most of them, many times per token) skip the regular expression.
  if (t.type !== 'word') return false;
  if (startsWithCapital(t.text)) return true;
  const c = t.text.charCodeAt(0);
  return (c === 100 || c === 108) && PARTICLE_NAME.test(t.text);
}

/**
 * True when the text starts with an upper-case letter. Called for most tokens many times over: an ASCII first
 * character is answered from its code (in ASCII only A-Z are upper case) without the Unicode regular expression.
 */
export function startsWithCapital(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(text);
}

/**
 * True for an all-capitals word of two or more letters (NATO, FBI, AP). Most words start with an ASCII letter
 * other than A-Z (in ASCII only A-Z are \p{Lu}) or are one character long: both fail the expression, so they
 * are answered before it runs.
 */
export function isAcronym(t: Token): boolean {
  if (t.type !== 'word' || t.text.length < 2) return false;
  const c = t.text.charCodeAt(0);
  if (c < 128 && (c < 65 || c > 90)) return false;
  return /^\p{Lu}[\p{Lu}.&]+$/u.test(t.text) && t.text.replace(/[.&]/g, '').length >= 2;
}

/** True for a possessive marker token ("'s", "’s", or a bare apostrophe after a plural). */
export function isPossessive(t: Token | undefined): boolean {
  return t !== undefined && POSSESSIVE_MARKS.has(t.text);
}

/** True for a token wink tags as a noun, proper noun or number. */
export function isNounLike(t: Token | undefined): boolean {
  return t !== undefined && (NOUN_TAGS.has(t.pos) || t.type === 'number' || isCapitalised(t));
}

/** True when the token is the given punctuation mark (or one of several). */
export function isMark(t: Token | undefined, marks: string): boolean {
  return t !== undefined && t.type === 'punctuation' && marks.includes(t.text);
}

/** Opening and closing quotation marks, straight and curly. */
export const QUOTE_MARKS = '"“”«»‘’\'';

/**
 * True when the token at k opens a sentence inside the sentence: a colon, or a quotation mark that opens a quotation
 * ('He said: "Officials knew"', '"Doctors warned"'). A mark closing one ('"It was wrong," Will Smith said') sits
 * right after the words it closes and opens nothing; curly marks say which they are.
 */
export function opensInnerSentence(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (isMark(t, ':“‘«')) return true;
  if (!isMark(t, '"\'')) return false;
  const prev = tokens[k - 1];
  return prev === undefined || prev.end < t.start || isMark(prev, ':(');
}

/**
 * True for a lower-case token tagged VERB that is more likely a noun modifier ("field reports": wink tags
 * "field" as a verb). Inflected forms ("heard", "reported", "saying") stay verbs.
 */
export function isMistaggedModifier(t: Token, next: Token | undefined): boolean {
  // An uninflected form (lemma equals the word: "field", not "heard") before a lower-case noun.
  if (t.pos !== 'VERB' || t.lemma !== t.lower || /(ed|ing|s)$/.test(t.lower)) return false;
  return next !== undefined && next.pos === 'NOUN' && !isCapitalised(next);
}

/** A title's small words, which stay lower case in "Mayor Says Budget Is Out of Reach". */
const TITLE_SMALL_WORDS = new Set('a an the and or but of in on at to for by from with as vs'.split(' '));

/** Each text's answers to isTitleCaseSentence, by sentence index. */
const TITLE_CASE = new WeakMap<readonly Token[], Map<number, boolean>>();

/**
 * True when sentence s is written in title case, as a headline. Remembered per text: every capitalised word of a
 * sentence may ask, and reading a long sentence once per word would cost its length squared.
 */
export function isTitleCaseSentence(tokens: readonly Token[], s: Sentence): boolean {
  let known = TITLE_CASE.get(tokens);
  if (!known) {
    known = new Map();
    TITLE_CASE.set(tokens, known);
  }
  let answer = known.get(s.index);
  if (answer === undefined) {
    answer = isTitleCase(tokens, s.firstToken, s.endToken);
    known.set(s.index, answer);
  }
  return answer;
}

/** True when at least 70% of the words in [first, end) (a title's small words aside) start with a capital: a headline. */
export function isTitleCase(tokens: readonly Token[], first: number, end: number): boolean {
  let words = 0;
  let caps = 0;
  for (let i = first; i < end; i++) {
    const t = tokens[i];
    if (t.type !== 'word' || TITLE_SMALL_WORDS.has(t.text)) continue;
    words++;
    if (isCapitalised(t)) caps++;
  }
  return words >= 4 && caps / words >= 0.7;
}

/** Index of the "(" that opens the short bracket closed at i ("(D-OH)", "(R)"), within five tokens; -1 if none. */
export function bracketOpen(doc: { tokens: readonly Token[] }, i: number): number {
  for (let k = i - 1; k >= 0 && i - k <= 5; k--) {
    if (isMark(doc.tokens[k], '(')) return k;
    if (isMark(doc.tokens[k], ')')) return -1;
  }
  return -1;
}

/** The first index from `i` that is not an adverb ("is quite possible", "may well have"), within i's sentence. */
export function skipAdverbs(t: readonly Token[], i: number): number {
  let j = i;
  while (t[j]?.pos === 'ADV' && t[j].sentence === t[i].sentence) j++;
  return j;
}
