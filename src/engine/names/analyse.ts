/**
 * Reads a noun phrase the way a careful reader does: what is its head word, does it carry a proper name,
 * and is that name a person or an organisation? "British counter-terror experts" has a capital letter but
 * its head, "experts", names nobody; "Pentagon spokesman John Kirby" ends in a name.
 */
import type { ParsedText, Token } from '../nlp.ts';
import { headlineThing } from './headline-words.ts';
import { isSourceNoun, LINK_WORDS, type Phrase } from './phrase.ts';
import { DETERMINERS, isAcronym, isCapitalised, isNounLike, isPossessive, isTitleCaseSentence, opensInnerSentence } from './tokens.ts';
import {
  GROUP_NOUNS,
  HONORIFICS,
  INSTITUTIONS,
  isPeoplePlural,
  NOT_NAMES,
  ORG_SUFFIXES,
  PERSON_ROLES,
  PLURAL_ROLES,
  PROPER_GROUPS,
  TITLE_ABBREVIATIONS,
} from './words.ts';

/** What a phrase's proper name (if any) most likely names. */
export type NameKind = 'person' | 'organisation' | 'unknown';

/** The parts of a noun phrase that decide what kind of source it is. */
export interface PhraseParts {
  /** Index of the head token: the last word before any "of/for/at ..." tail. */
  head: number;
  /** End (exclusive) of the core, the phrase without its tail. */
  coreEnd: number;
  /** The proper-name run the head belongs to, when the head is a name. */
  name?: Phrase;
  /** A proper name in the tail or before a possessive ("a spokesman for the Pentagon", "the Pentagon's"). */
  otherName?: Phrase;
  nameKind?: NameKind;
  /** Lower-cased first word when it is a determiner or quantifier ("the", "some", "many"). */
  determiner?: string;
}

/**
 * True for a word that is capitalised only because it starts the sentence ("Officials said"), a quotation or a
 * clause after a colon ('"Doctors warned us," she said'), or because a headline capitalises every word ("Former
 * Nurse Says Clinic Closed Early" names nobody).
 */
function isCommonAtStart(doc: ParsedText, t: Token): boolean {
  if (!isSourceNoun(t.lower) && !DETERMINERS.has(t.lower)) return false;
  const s = doc.sentences[t.sentence];
  if (s !== undefined && s.firstToken < t.index && opensInnerSentence(doc.tokens, t.index - 1)) return true;
  return s !== undefined && (s.firstToken === t.index || isTitleCaseSentence(doc.tokens, s));
}

/** True when a token can be part of a proper name. */
function isNameToken(doc: ParsedText, t: Token): boolean {
  if (!isCapitalised(t) || NOT_NAMES.has(t.lower)) return false;
  return !isCommonAtStart(doc, t);
}

/** True when a link word inside capitals belongs to the name ("Ministry of Defence", "Bank of England"). */
function isNameInternalLink(doc: ParsedText, k: number, end: number): boolean {
  const t = doc.tokens;
  if (!LINK_WORDS.has(t[k].lower) || k + 1 >= end || !isNameToken(doc, t[k - 1])) return false;
  const next = t[k + 1].lower === 'the' && k + 2 < end ? t[k + 2] : t[k + 1];
  return isNameToken(doc, next);
}

/** The run of name tokens that ends at `last` (honorifics, initials and inner "of" included). */
function nameRunEndingAt(doc: ParsedText, first: number, last: number, end: number): Phrase {
  let a = last;
  while (a - 1 >= first) {
    const prev = doc.tokens[a - 1];
    if (isNameToken(doc, prev)) a--;
    else if (prev.lower === 'the' && a - 2 >= first && isNameInternalLink(doc, a - 2, end)) a -= 2;
    else if (a - 2 >= first && isNameInternalLink(doc, a - 1, end)) a--;
    else break;
  }
  return { first: a, end: last + 1 };
}

/** Guesses whether a name run is a person or an organisation. */
export function nameKindOf(doc: ParsedText, run: Phrase): NameKind {
  const words = doc.tokens.slice(run.first, run.end);
  const lowers = words.map((t) => t.lower);
  if (words.some((t) => isAcronym(t)) || ORG_SUFFIXES.has(lowers[lowers.length - 1])) return 'organisation';
  if (lowers.some((w) => INSTITUTIONS.has(w) || w === 'of')) return 'organisation';
  if (lowers.some((w) => HONORIFICS.has(w) || TITLE_ABBREVIATIONS.has(w) || PERSON_ROLES.has(w))) return 'person';
  return words.length >= 2 ? 'person' : 'unknown';
}

/** Finds the first proper name inside a token range (used for tails and possessors). */
function firstNameIn(doc: ParsedText, from: number, to: number): Phrase | undefined {
  for (let k = from; k < to; k++) {
    if (!isNameToken(doc, doc.tokens[k]) || PROPER_GROUPS.has(doc.tokens[k].lower)) continue;
    let e = k + 1;
    while (e < to && (isNameToken(doc, doc.tokens[e]) || isNameInternalLink(doc, e, to))) e++;
    return { first: k, end: e };
  }
  return undefined;
}

/**
 * "a party adviser watching the count": an -ing word after a word for people opens a clause describing them
 * (wink may tag it as a noun). The phrase's core ends before it, so the head stays "strategist".
 */
function participleCut(doc: ParsedText, first: number, coreEnd: number): number {
  const t = doc.tokens;
  for (let k = first + 1; k < coreEnd; k++) {
    if (!t[k].lower.endsWith('ing') || isCapitalised(t[k])) continue;
    const before = t[k - 1].lower;
    if (PERSON_ROLES.has(before) || isGroupHead(before)) return k;
  }
  return coreEnd;
}

/** Plurals that count people in round numbers: "dozens of aides", "Hundreds said". */
export const COUNTING_PLURALS: ReadonlySet<string> = new Set(['dozens', 'hundreds', 'thousands', 'millions']);

/** Quantity words that can stand for a share of a group: "some of the aides", "one of two witnesses". */
const PARTITIVES = new Set([
  'some', 'many', 'most', 'several', 'few', 'all', 'both', 'each', 'any', 'none', 'one', 'two', 'three', 'four',
  'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'more', ...COUNTING_PLURALS,
  // "Plenty of clubs want the striker", "Lots of fans said": an amount of people nobody counted, not a name "Plenty".
  'plenty', 'lots',
]);

/**
 * "some of the governor's allies", "one of two witnesses": a quantity word, "of", and the group it is taken from. The
 * group is what the phrase is about, so its noun is the head. Returns the end of the group's part, or undefined.
 */
function partitiveCore(doc: ParsedText, p: Phrase, coreEnd: number): number | undefined {
  const t = doc.tokens;
  if (coreEnd !== p.first + 1 || t[coreEnd]?.lower !== 'of' || coreEnd + 1 >= p.end) return undefined;
  if (!PARTITIVES.has(t[p.first].lower) && t[p.first].type !== 'number') return undefined;
  // "eight of 10 voters": a count out of a whole in digits is a poll's share (unknown.ts), not a part of a group
  // ("one of two neighbours" is one person).
  const whole = t[coreEnd + 1];
  if (whole?.type === 'number') return undefined;
  for (let k = coreEnd + 2; k < p.end; k++) if (LINK_WORDS.has(t[k].lower) && !isNameInternalLink(doc, k, p.end)) return k;
  return p.end;
}

/**
 * Nouns for a number or a bundle of things or people: "a number of officials", "the first set of polls". Not
 * "group", which the word lists read as a body that speaks as one ("the group wrote to the board"; with "a" it is
 * a body nobody named, attribution/unnamed-body.ts).
 */
const COLLECTIONS = new Set([
  'number', 'handful', 'couple', 'pair', 'trio', 'dozen', 'host', 'bunch', 'series', 'set', 'batch',
  'string', 'raft', 'slew', 'spate', 'flurry', 'trove', 'cache', 'collection', 'round', 'wave', 'stack', 'sheaf',
  // Gatherings of people that only say how many spoke: "a chorus of critics", "a crowd of parents", "an army of fans".
  'chorus', 'crowd', 'throng', 'legion', 'army', 'swarm', 'gaggle', 'coterie', 'clutch',
]);
/**
 * "the right kind of people", "this sort of voters": a kind only sorts the crowd after "of", which is who is meant,
 * and the determiner picks the kind, not anyone met before, so the crowd stays generic ("the kind of man" is one).
 */
const KINDS = new Set(['kind', 'kinds', 'sort', 'sorts', 'type', 'types']);

/**
 * "a number of officials", "the latest batch of exit polls": a collection word (after a determiner and any
 * describing words) only counts or bundles what follows "of", which is what the phrase is about. Returns the end
 * of that part, or undefined.
 */
function collectionCore(doc: ParsedText, p: Phrase, coreEnd: number): number | undefined {
  const t = doc.tokens;
  if (coreEnd - 1 <= p.first || t[coreEnd]?.lower !== 'of' || coreEnd + 1 >= p.end || !COLLECTIONS.has(t[coreEnd - 1].lower)) return undefined;
  if (!DETERMINERS.has(t[p.first].lower)) return undefined;
  for (let k = p.first + 1; k < coreEnd - 1; k++) if (t[k].pos !== 'ADJ' && t[k].pos !== 'NUM') return undefined;
  let end = p.end;
  for (let k = coreEnd + 2; k < p.end && end === p.end; k++) if (LINK_WORDS.has(t[k].lower) && !isNameInternalLink(doc, k, p.end)) end = k;
  // Only a part the word lists know as a source is read through the collection ("a series of simulations" is no crowd).
  return isSourceNoun(t[end - 1].lower) ? end : undefined;
}

/** The end of the crowd after "the right kind of" (a plural group noun up to any link word), or undefined. */
function kindCore(doc: ParsedText, p: Phrase, coreEnd: number): number | undefined {
  const t = doc.tokens;
  if (coreEnd - 1 < p.first || t[coreEnd]?.lower !== 'of' || !KINDS.has(t[coreEnd - 1].lower)) return undefined;
  // "What kind of people say that?": a question about a kind names no crowd.
  if (['what', 'which'].includes(t[coreEnd - 2]?.lower ?? '')) return undefined;
  let end = p.end;
  for (let k = coreEnd + 2; k < p.end && end === p.end; k++) if (LINK_WORDS.has(t[k].lower)) end = k;
  return end > coreEnd + 1 && isGroupHead(t[end - 1].lower) ? end : undefined;
}

/** Splits a phrase into head, core and names. */
export function analysePhrase(doc: ParsedText, p: Phrase): PhraseParts {
  const t = doc.tokens;
  let coreEnd = p.end;
  for (let k = p.first + 1; k < p.end; k++) {
    if (LINK_WORDS.has(t[k].lower) && !isNameInternalLink(doc, k, p.end)) {
      coreEnd = k;
      break;
    }
  }
  coreEnd = participleCut(doc, p.first, coreEnd);
  const partitive = partitiveCore(doc, p, coreEnd);
  const quantifier = partitive ? t[p.first].lower : undefined;
  const kind = partitive ? undefined : kindCore(doc, p, coreEnd);
  if (partitive) coreEnd = partitive;
  else coreEnd = kind ?? collectionCore(doc, p, coreEnd) ?? coreEnd;
  let head = coreEnd - 1;
  while (head > p.first && isPossessive(t[head])) head--;
  // "officials involved", "people familiar": an adjective after the noun describes it; the noun is the head.
  // "A rival said": wink tags a role after an article as an adjective; a capitalised article is no noun before it.
  while (head > p.first && t[head].pos === 'ADJ' && !isCapitalised(t[head]) && isNounLike(t[head - 1]) && !DETERMINERS.has(t[head - 1].lower)) head--;
  const first = t[p.first].lower;
  const determiner = kind ? undefined : (quantifier ?? (DETERMINERS.has(first) ? first : undefined));
  const parts: PhraseParts = { head, coreEnd, ...(determiner ? { determiner } : {}) };
  const headTok = t[head];
  const run = isNameToken(doc, headTok) && !PROPER_GROUPS.has(headTok.lower) ? nameRunEndingAt(doc, p.first, head, coreEnd) : undefined;
  if (run && !headlineThing(doc, p, run)) {
    parts.name = run;
    parts.nameKind = nameKindOf(doc, run);
  }
  // "Nine of the jurors": a capitalised quantity opening a sentence names no one.
  const namesFrom = quantifier ? p.first + 1 : p.first;
  const other = firstNameIn(doc, coreEnd, p.end) ?? (parts.name ? undefined : firstNameIn(doc, namesFrom, head));
  if (other) parts.otherName = other;
  return parts;
}

/** True when the head word is plural or a group word ("officials", "experts", "people", "Democrats"). */
export function isGroupHead(word: string): boolean {
  return GROUP_NOUNS.has(word) || PLURAL_ROLES.has(word) || PROPER_GROUPS.has(word) || isPeoplePlural(word);
}

/** The proper-name runs in a token range, left to right ("Rosa Lind", "Ministry of Defence"). */
export function nameRunsIn(doc: ParsedText, first: number, end: number): Phrase[] {
  const runs: Phrase[] = [];
  let k = first;
  while (k < end) {
    if (!isNameToken(doc, doc.tokens[k])) {
      k++;
      continue;
    }
    let e = k + 1;
    while (e < end && (isNameToken(doc, doc.tokens[e]) || isNameInternalLink(doc, e, end))) e++;
    runs.push({ first: k, end: e });
    k = e;
  }
  return runs;
}
