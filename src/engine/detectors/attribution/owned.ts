/**
 * Sayings with an owner: "the minister's warning that", "his remarks", "the ministry's statement". The owner is the
 * source of the words or view the noun stands for, as "the minister warned that" would make them. Only owners a reader
 * can place count: a name, or a personal pronoun pointing back to one; a crowd's "concerns" are left to the
 * rules for views nobody holds.
 */
import { SAYING_NOUNS } from '../../lexicon/sources-verbs.ts';
import { analysePhrase } from '../../names/analyse.ts';
import { phraseEndingAt, phraseStartingAt } from '../../names/phrase.ts';
import { isPossessive } from '../../names/tokens.ts';
import { GROUP_NOUNS, INSTITUTIONS, PERSON_ROLES, PLURAL_ROLES } from '../../names/words.ts';
import type { ParsedText, Sentence } from '../../nlp.ts';
import { classifySpeaker, type SourceGuess } from './classify.ts';
import type { Discourse } from './memory.ts';
import { classifyUnknown } from './unknown.ts';
import { coversSpan } from './found-list.ts';
import type { Found } from './verbs.ts';

/** Possessive pronouns and the subject pronoun each points back with. */
export const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she'], ['their', 'they'], ['its', 'it']]);

/** The guess for an owner pronoun ("his comments", "in her view"): resolved to a name where memory can. */
export function pronounOwnerGuess(pronoun: string, sentence: number, memory: Discourse, confidence: number): SourceGuess {
  const earlier = memory.resolvePronoun(pronoun, sentence);
  return { source: 'pronoun', rule: 'attribution/pronoun', confidence, ...(earlier ? { sourceName: earlier.name } : {}) };
}
/** Sayings that are something else without their complement: "his account of" (not "his bank account"). */
const NEED_OF = new Set(['account', 'version', 'view', 'views', 'position']);
/**
 * Nouns that as often name a deed as words: "his attacks on the village", "their threats", "her response time".
 * They count only with a complement of saying after them.
 */
const DEED_NOUNS = new Set(['attacks', 'threat', 'threats', 'call', 'calls', 'speech', 'speeches', 'response', 'reply', 'message', 'praise', 'demand', 'demands']);
const QUOTE_OPENERS = new Set(['"', '“', "'", '‘', '«']);
/** Verbs before an owned saying that make it words still to come: "to consider its verdict", "awaits his reply". */
const NOT_YET_SAID = new Set(['consider', 'await', 'prepare', 'draft', 'rehearse', 'plan']);
/** Owned sayings are weaker than a verb of saying: "her comments" may only be mentioned, not reported. */
const CONFIDENCE = 0.5;

/** Verbs by which a subject hands over its own words: "the panel gave their verdict", "the firm issued its statement". */
const DELIVER = new Set(['give', 'deliver', 'issue', 'announce', 'reach', 'return', 'release', 'publish', 'present', 'express', 'voice', 'submit', 'hand']);

/** Bodies that sit to decide, beside the word lists' people and groups: "the panel reached its conclusion". */
const DECIDING_BODIES = new Set(['panel', 'panels', 'jury', 'juries', 'tribunal', 'committee', 'board', 'inquiry', 'review', 'trio', 'pair', 'judges']);

/** True when a subject's head word is someone who can reach a verdict: a role, a group, a body that decides. */
function decides(head: string): boolean {
  return DECIDING_BODIES.has(head) || PERSON_ROLES.has(head) || PLURAL_ROLES.has(head) || GROUP_NOUNS.has(head) || INSTITUTIONS.has(head);
}

/**
 * "The panel gave their verdict": a possessive after a verb of handing over points back to that verb's subject in
 * the same sentence, so the subject is the owner (not an unresolved "their"). Undefined when no such subject; null
 * when the subject cannot hold a view at all ("the season reached its conclusion": an ending, nobody's verdict).
 */
function subjectOwner(doc: ParsedText, s: Sentence, j: number, memory: Discourse): { first: number; guess: SourceGuess } | null | undefined {
  const t = doc.tokens;
  const verb = t[j - 1];
  if (!verb || j - 1 <= s.firstToken || verb.pos !== 'VERB' || !DELIVER.has(verb.lemma)) return undefined;
  const subject = phraseEndingAt(doc, j - 2, s.firstToken);
  if (!subject || subject.end !== j - 1) return undefined;
  // "The trio gave their verdict": a subject the lists do not know is read by its grammar ("the trio" points back).
  // Not after "reach": "the season reached its conclusion" is an end, so only a person or body the lists know
  // ("the panel reached its conclusion") reaches a verdict.
  const known = classifySpeaker(doc, subject, 'speech', memory);
  if (!known && verb.lemma === 'reach' && !decides(t[subject.end - 1].lower)) return null;
  const guess = known ?? classifyUnknown(doc, subject, analysePhrase(doc, subject));
  return guess ? { first: subject.first, guess: { ...guess, confidence: CONFIDENCE } } : undefined;
}

/** The guess for the owner that ends just before the saying noun at k, or undefined when none a reader can place. */
function ownerOf(doc: ParsedText, s: Sentence, k: number, memory: Discourse, clause: boolean): { first: number; guess: SourceGuess } | undefined {
  const t = doc.tokens;
  let j = k - 1;
  // "her first comments", "his harsh criticism", "her most daring claim": adjectives (and a degree word before
  // one) between the owner and the noun.
  while (j > s.firstToken && (t[j].pos === 'ADJ' || (t[j].pos === 'ADV' && t[j + 1].pos === 'ADJ')) && k - j <= 3) j--;
  const pronoun = POSSESSIVE_PRONOUNS.get(t[j].lower);
  const subject = pronoun ? subjectOwner(doc, s, j, memory) : undefined;
  if (pronoun) return subject === null ? undefined : (subject ?? { first: j, guess: pronounOwnerGuess(pronoun, t[j].sentence, memory, CONFIDENCE) });
  if (!isPossessive(t[j])) return undefined;
  const owner = phraseEndingAt(doc, j - 1, s.firstToken);
  if (!owner || owner.end !== j) return undefined;
  const guess = classifySpeaker(doc, owner, 'speech', memory);
  // "The coach's concern is that the squad is too young": with the clause it holds, any owner a reader can place.
  const placed = guess?.source === 'named' || (clause && guess !== undefined && guess.source !== 'agentless');
  return guess && placed ? { first: owner.first, guess: { ...guess, confidence: CONFIDENCE } } : undefined;
}

/** True when what the saying at k said follows it: "that", a colon or a quotation, or "of/on/about" for an account or view. */
function complementFollows(doc: ParsedText, k: number): boolean {
  const next = doc.tokens[k + 1];
  if (!next) return false;
  // "his account of", "her view on", "its position that": each needs what it holds after it.
  // "Lind's argument is that", "his view was that": the clause the saying holds, after "is".
  const isThat = holdsClause(doc, k);
  if (NEED_OF.has(doc.tokens[k].lower)) return isThat || ['of', 'on', 'about', 'that'].includes(next.lower);
  return isThat || next.lower === 'that' || next.text === ':' || QUOTE_OPENERS.has(next.text);
}

/** "Lind's argument is that", "his view was that": the saying at k holds the clause after "is/was". */
function holdsClause(doc: ParsedText, k: number): boolean {
  const next = doc.tokens[k + 1]?.lower;
  return (next === 'is' || next === 'was') && doc.tokens[k + 2]?.lower === 'that';
}
/** Words before an owner that make the saying a complement of another noun: "the problem with his claim is that", "the flaw in her view is that". */
const INSIDE_ANOTHER = new Set(['of', 'with', 'about', 'in']);

/**
 * True when the saying at k may be counted: with its complement always; without one only when it names words
 * (not a deed) and is not itself the subject of the clause ("Senator Lee's statement lasted an hour" is about
 * the statement, not something it said) nor the first half of a compound ("her response time").
 */
function countsAsSaying(doc: ParsedText, k: number): boolean {
  if (complementFollows(doc, k)) return true;
  const word = doc.tokens[k].lower;
  if (NEED_OF.has(word) || DEED_NOUNS.has(word)) return false;
  const next = doc.tokens[k + 1];
  return next === undefined || !['VERB', 'AUX', 'NOUN', 'PROPN'].includes(next.pos);
}

/** Prepositions that bring in who holds a view after its noun: "criticism by shopkeepers", "anger from unions". */
const OWNER_AFTER = new Set(['by', 'from']);

/**
 * True when a view noun read as nobody's (the found phrase ends at `end`) has its holder after it in the same clause:
 * "Criticism of the plan by local shopkeepers grew", "Fears about the cost were raised by officers". The phrase
 * after "by"/"from" must be someone who can hold a view ("grew by the day", "by ten percent" name nobody).
 */
function ownerAfter(doc: ParsedText, s: Sentence, end: number, memory: Discourse): boolean {
  const t = doc.tokens;
  for (let k = end; k < s.endToken - 1 && k - end <= 8; k++) {
    // "doubts over whether the ferry can sail from the harbour": a clause inside the view has its own "from".
    if (t[k].type === 'punctuation' || CLAUSE_OPENERS.has(t[k].lower)) return false;
    // "rose by ten percent": an amount, never a holder.
    if (!OWNER_AFTER.has(t[k].lower) || t[k + 1].pos === 'NUM') continue;
    const owner = phraseStartingAt(doc, k + 1, s.endToken);
    // "from town to town" is a range, not who holds the view.
    if (!owner || t[owner.end]?.lower === 'to') continue;
    const guess = classifySpeaker(doc, owner, 'speech', memory);
    if (guess && guess.source !== 'agentless') return true;
  }
  return false;
}

/** Words that open a clause inside the view ("about how", "over whether", "that"): a holder after them is the clause's. */
const CLAUSE_OPENERS = new Set(['how', 'whether', 'what', 'why', 'who', 'which', 'that', 'if', 'when', 'where']);

/** Adds owned sayings that no other attribution in the sentence covers. */
export function addOwnedSayings(doc: ParsedText, s: Sentence, found: Found[], memory: Discourse): void {
  const t = doc.tokens;
  // "Criticism of the plan by local shopkeepers": a holder named after the view noun owns it, so it is nobody's no more.
  for (let f = found.length - 1; f >= 0; f--) {
    if (found[f].guess.rule === 'attribution/agentless-noun' && ownerAfter(doc, s, found[f].end, memory)) found.splice(f, 1);
  }
  for (let k = s.firstToken + 1; k < s.endToken; k++) {
    if (!SAYING_NOUNS.has(t[k].lower)) continue;
    // "Lind's comment that", "her comment that": wink may tag the noun after an owner as a verb; an owner makes it one.
    const owned = isPossessive(t[k - 1]) || POSSESSIVE_PRONOUNS.has(t[k - 1].lower);
    if (t[k].pos !== 'NOUN' && !owned) continue;
    if (!countsAsSaying(doc, k)) continue;
    const clause = holdsClause(doc, k);
    const owner = ownerOf(doc, s, k, memory, clause);
    if (!owner) continue;
    // "her sharp criticism of the plan": the view-noun rule may have read the noun as nobody's; its owner wins.
    const unowned = found.findIndex((f) => f.first === k && f.guess.rule === 'attribution/agentless-noun');
    if (unowned >= 0 && owner.first < k) found.splice(unowned, 1);
    if (coversSpan(found, owner.first, k)) continue;
    // "The problem with his claim is that", "the appeal of her argument is that": the clause is the problem's.
    if (clause && INSIDE_ANOTHER.has(t[owner.first - 1]?.lower ?? '')) continue;
    // "The jury retired to consider its verdict", "awaiting her statement": words not yet said report nothing.
    if (NOT_YET_SAID.has(t[owner.first - 1]?.lemma ?? '')) continue;
    found.push({ first: owner.first, end: k + 1, guess: owner.guess });
  }
}
