/**
 * Noun-phrase walkers: from a report verb, find the phrase that names who is speaking, to its left
 * ("Pentagon spokesman John Kirby said") or to its right ("according to field reports", "said Mr. Kirby").
 * They walk tokens, never the text, and stop after a bounded number of tokens, so they cost O(1) per call.
 */
import type { ParsedText, Token } from '../nlp.ts';
import { DOCUMENT_NOUNS, HEARSAY_NOUNS } from '../lexicon/sources-documents.ts';
import { timeStartsAt } from './dates.ts';
import { CLOSING_QUOTES, OPENING_QUOTES, quotedTitleOpen } from './quoted-title.ts';
import { DETERMINERS, isCapitalised, isMistaggedModifier, isNounLike, isPossessive, opensInnerSentence } from './tokens.ts';
import { GROUP_NOUNS, INSTITUTIONS, isPeoplePlural, PERSON_ROLES, PLURAL_ROLES, SHARE_WORDS } from './words.ts';

/** A token range [first, end) of the parsed text. */
export interface Phrase {
  first: number;
  end: number;
}

/** Words that qualify a role ("acting director", "former envoy"), whatever tag wink gives them. */
export const ROLE_MODIFIERS = new Set(['former', 'ex', 'special', 'senior', 'deputy', 'acting', 'chief', 'top', 'longtime', 'veteran', 'interim']);

/**
 * Small words that join the parts of one phrase: "spokesman for the Ministry of Defence". Prepositions of place and
 * company after a noun describe it ("residents near the old mill", "families without power", "the group behind the
 * ad"), so the phrase they end is not the subject of the verb after it. Prepositions of time and motion ("over",
 * "into") attach to verbs far more often, and "among"/"between" to figures ("60 points among voters"): they stay out.
 */
export const LINK_WORDS = new Set([
  'of', 'for', 'at', 'from', 'in', 'with', 'on', 'to', 'like', 'de', 'del', 'van', 'von',
  'near', 'across', 'along', 'around', 'throughout', 'inside', 'outside', 'within', 'without', 'beyond', 'behind',
  'beside', 'alongside', 'under', 'against',
]);
/** Words after which a link word still belongs to the phrase: "a person familiar with the matter". */
const ATTACHERS = new Set(['familiar', 'close', 'knowledge', 'briefed', 'involved', 'privy', 'near', 'opposed']);
/** Tags that a capitalised word at the start of a sentence can carry without being a name ("However", "When"). */
const FUNCTION_TAGS = new Set(['ADV', 'SCONJ', 'CCONJ', 'ADP', 'PRON', 'AUX', 'PART', 'INTJ', 'DET', 'VERB']);
const PHRASE_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
/** Words a phrase cannot end with ("said the" is no speaker); quantifiers can ("some say", "many believe"). */
const ARTICLES = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'no', 'every', 'each']);
const MAX_PHRASE = 16;

/** True when a token can be a word of a noun phrase (its neighbour helps spot wink's mistagged modifiers). */
function isPhraseWord(doc: ParsedText, t: Token, neighbour: Token | undefined): boolean {
  // "42 %": a percent sign belongs to its number ("42% say").
  if (t.type === 'number' || t.text === '%') return true;
  if (t.type !== 'word' || isPossessive(t)) return false;
  // "the scanner that the media": a determiner right before another determiner is a conjunction, not part of a phrase.
  if (DETERMINERS.has(t.lower)) return t.pos !== 'SCONJ' && !(neighbour && ARTICLES.has(neighbour.lower));
  if (ROLE_MODIFIERS.has(t.lower)) return true;
  if (isCapitalised(t)) {
    // "'Everyone knows it,' she said": a quotation opens a sentence of its own inside the sentence.
    const sentenceStart = doc.sentences[t.sentence]?.firstToken === t.index || opensInnerSentence(doc.tokens, t.index - 1);
    // "Okafor said", "Rosa Lind": wink may tag a name opening a sentence as a verb, but a verb is not followed by
    // another verb or by a name.
    const nameBeforeVerb = t.pos === 'VERB' && (neighbour?.pos === 'VERB' || neighbour?.pos === 'AUX' || (neighbour !== undefined && isCapitalised(neighbour)));
    return !(sentenceStart && FUNCTION_TAGS.has(t.pos)) || nameBeforeVerb;
  }
  return PHRASE_TAGS.has(t.pos) || isMistaggedModifier(t, neighbour) || isSourceNoun(t.lower);
}

/** Nouns for sources, trusted over wink's tag ("according to sources": wink tags "sources" as a verb). */
export function isSourceNoun(word: string): boolean {
  return PERSON_ROLES.has(word) || PLURAL_ROLES.has(word) || GROUP_NOUNS.has(word) || INSTITUTIONS.has(word) ||
    DOCUMENT_NOUNS.has(word) || HEARSAY_NOUNS.has(word) || SHARE_WORDS.has(word) || isPeoplePlural(word);
}

/** True when a link word at k joins two parts of one phrase (the part after it is already collected). */
function isInnerLink(tokens: Token[], k: number, floor: number): boolean {
  const before = tokens[k - 1];
  // "chief of staff": wink may tag a role word as an adjective; the role still takes its "of".
  return k - 1 >= floor && (isNounLike(before) || ATTACHERS.has(before.lower) || PERSON_ROLES.has(before.lower));
}

/** True when "and"/"&" at k joins two names ("Smith and Jones") or two nouns ("aides and advisers"). */
function isInnerAnd(tokens: Token[], k: number, floor: number, ceiling: number): boolean {
  const t = tokens[k];
  if (t.lower !== 'and' && t.text !== '&') return false;
  if (k - 1 < floor || k + 1 >= ceiling) return false;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  // "the Leeds councillor and Green mayoral hopeful": a role and a capitalised modifier of the next one.
  return (isCapitalised(before) && isCapitalised(after)) || (before.pos === 'NOUN' && (after.pos === 'NOUN' || isCapitalised(after)));
}

/** True for a hyphen between two words of one compound ("63-year-old", "counter-terror"). */
function isInnerHyphen(tokens: Token[], k: number, floor: number): boolean {
  const t = tokens[k];
  if (t.type !== 'punctuation' || (t.text !== '-' && t.text !== '‑')) return false;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return k - 1 >= floor && after !== undefined && before.end === t.start && t.end === after.start;
}

/**
 * True for the second half of a hyphenated compound before a noun ("a fund-raising document", "a long-running
 * feud"): wink tags its "-ing" or "-ed" half as a verb, but glued to the word before it, it describes the noun.
 */
function isCompoundTail(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const hyphen = tokens[k - 1];
  const next = tokens[k + 1];
  if (t.type !== 'word' || !hyphen || hyphen.end !== t.start || (hyphen.text !== '-' && hyphen.text !== '‑')) return false;
  return tokens[k - 2]?.end === hyphen.start && next !== undefined && next.pos === 'NOUN';
}

/** Words a quoted title after a link word may hold in lower case: "'Friends of the Earth'". */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([...LINK_WORDS, 'the', 'and']);
/** True for a mark that opens a quoted title. */
const opensTitle = (t: Token): boolean => OPENING_QUOTES.has(t.text);

/**
 * The index of the opening mark of a quoted title whose closing mark is at k, or -1: one to six capitalised words
 * (small words allowed inside: "'Friends of the Earth'"), the opening mark right after a link word that follows a
 * noun ("critics of", "fans of"). Only the link word makes the title a part of the phrase, not a quotation of speech.
 */
function quotedTitleStart(tokens: Token[], k: number, floor: number): number {
  if (!CLOSING_QUOTES.has(tokens[k].text)) return -1;
  const j = quotedTitleOpen(tokens, k, floor, TITLE_SMALL_WORDS, opensTitle);
  return j >= 0 && j - 2 >= floor && LINK_WORDS.has(tokens[j - 1].lower) && isNounLike(tokens[j - 2]) ? j : -1;
}

/**
 * The noun phrase that ends at token `last`, not reaching before token `floor`. `stop` marks tokens that
 * end the walk even though they look like nouns (dates: "Last week Treasury official Ana Lind").
 */
export function phraseEndingAt(doc: ParsedText, last: number, floor: number, stop?: (k: number) => boolean): Phrase | undefined {
  const tokens = doc.tokens;
  let first = -1;
  for (let k = last; k >= floor && last - k < MAX_PHRASE; k--) {
    const t = tokens[k];
    // "the 63-year-old senator": a date glued by hyphens to the phrase is part of a compound, not a time adverbial.
    if (stop?.(k) && !(first === k + 1 && t.end === tokens[k + 1].start)) break;
    // "a gap in the budget that economists say", "told reporters that officials said": after a noun "that" opens a
    // clause (a relative or a reported one); it is no determiner of the phrase after it.
    if (t.lower === 'that' && first === k + 1 && k > floor && isNounLike(tokens[k - 1])) break;
    const right = tokens[k + 1];
    const title = first === k + 1 || k === last ? quotedTitleStart(tokens, k, floor) : -1;
    // "Critics of 'The Plan' said": a quoted title after a link word is part of the phrase, quotation marks and all.
    if (title >= 0) {
      first = title;
      k = title;
    } else if (isPhraseWord(doc, t, right)) first = k;
    // "the inspector general's report": wink may tag the word before a possessive as an adjective; it is a noun there.
    else if (first === k + 1 && isPossessive(t) && k - 1 >= floor && (isNounLike(tokens[k - 1]) || tokens[k - 1].pos === 'ADJ')) first = k;
    else if (first === k + 1 && LINK_WORDS.has(t.lower) && isInnerLink(tokens, k, floor)) first = k;
    else if (first === k + 1 && isInnerAnd(tokens, k, floor, last + 1)) first = k;
    else if (first === k + 1 && isInnerHyphen(tokens, k, floor)) first = k;
    // The whole compound joins, whatever wink tags its first half ("well" of "well-known" is an adverb).
    else if (first === k + 1 && k - 2 >= floor && isCompoundTail(tokens, k) && tokens[k - 2].type === 'word') {
      first = k - 2;
      k -= 2;
    } else break;
  }
  return trim(tokens, first, last + 1);
}

/** The noun phrase that starts at token `from`, not reaching token `ceiling`. */
export function phraseStartingAt(doc: ParsedText, from: number, ceiling: number): Phrase | undefined {
  const tokens = doc.tokens;
  let end = from;
  for (let k = from; k < ceiling && k - from < MAX_PHRASE; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    const continues = k + 1 < ceiling && next !== undefined;
    // "described as arson by police on Monday": the time phrase says when, so the agent ends before it.
    if (k > from && timeStartsAt(doc, k)) break;
    if (isPhraseWord(doc, t, next)) end = k + 1;
    else if (end === k && isPossessive(t) && continues && isNounLike(tokens[k - 1])) end = k + 1;
    else if (end === k && LINK_WORDS.has(t.lower) && continues && isInnerLink(tokens, k, from)) end = k + 1;
    else if (end === k && isInnerAnd(tokens, k, from, ceiling)) end = k + 1;
    else if (end === k && continues && isInnerHyphen(tokens, k, from)) end = k + 1;
    else if (end === k && continues && k - 2 >= from && isCompoundTail(tokens, k)) end = k + 1;
    else break;
  }
  return trim(tokens, end > from ? from : -1, end);
}

/** True for a word that cannot start or end a phrase: a link word, "and", "&" or a possessive mark. */
function isLoose(t: Token): boolean {
  return LINK_WORDS.has(t.lower) || t.lower === 'and' || t.text === '&' || isPossessive(t);
}

/**
 * Drops link words, "and" and possessive marks from both ends of a phrase; undefined when nothing is left. The
 * tests are module functions, not closures made per call: every phrase walk ends here (two closures a call).
 */
function trim(tokens: Token[], first: number, end: number): Phrase | undefined {
  if (first < 0) return undefined;
  let a = first;
  let b = end;
  while (a < b && isLoose(tokens[a])) a++;
  // "fans of 'Night Shift'": a closing mark of a quoted title is no possessive mark.
  while (
    b > a &&
    (isLoose(tokens[b - 1]) || ARTICLES.has(tokens[b - 1].lower)) &&
    !(CLOSING_QUOTES.has(tokens[b - 1].text) && quotedTitleStart(tokens, b - 1, a) >= 0)
  )
    b--;
  return a < b ? { first: a, end: b } : undefined;
}

/** The text of a phrase, exactly as it stands in the analysed text. */
export function phraseText(doc: ParsedText, p: Phrase): string {
  return doc.text.slice(doc.tokens[p.first].start, doc.tokens[p.end - 1].end);
}
