/**
 * Whether a report verb's speaker is enough for an attribution: the verbs that need a complement ("discovered
 * that", "sees it as", a finding's clause), those that speak only next to a quotation, and how much a softer verb
 * weighs. Split from verbs.ts, which asks these for every report verb it reads.
 */
import type { VerbKind } from '../../lexicon/sources-verbs.ts';
import { isMark, QUOTE_MARKS } from '../../names/tokens.ts';
import type { ParsedText } from '../../nlp.ts';
import type { SourceGuess } from './classify.ts';
import { foundClause, thatFollows } from './clause-after.ts';
import { commentClause } from './comment-clause.ts';
import { givesFigureOrName } from './estimates.ts';
import { seesAsJudgement } from './sees-it.ts';
import type { Speaker } from './speaker.ts';

/** Cognition verbs that only report a view when followed by "as": "sees him as", "regards it as". */
const NEED_AS = new Set(['see', 'view', 'regard']);
/** Verbs that report what someone came to know only with a "that"-clause. */
const NEED_THAT = new Set(['discover', 'learn', 'hear']);

/**
 * Understanding reports a view only with a clause ("officials understand the plant will close"): "readers could
 * understand the anger" is sympathy. Knowing a thing stays knowledge held ("she knows the rules"), but knowing a
 * person is acquaintance ("nobody knew him").
 */
const NEED_CLAUSE = new Set(['understand']);
/** Object pronouns: a person known, not a thing believed. */
const PERSON_OBJECTS = new Set(['him', 'her', 'them', 'me', 'us', 'you']);
/** Words that open a clause after "know"/"understand": "knew that", "understand why", "known by many as". */
const CLAUSE_WORDS = new Set(['that', 'why', 'how', 'what', 'whether', 'if', 'when', 'where', 'who', 'as']);
/** Modals that make a verb a forecast: "fans will regret missing the match" is the writer's, nobody's view. */
const MODALS = new Set(['will', 'would', 'may', 'might', 'could', 'shall', "'ll"]);

/** True when a clause (an opener or a verb of its own) follows the verb at i within a few words of its sentence. */
function clauseFollows(doc: ParsedText, i: number, end: number): boolean {
  const t = doc.tokens;
  for (let k = i + 1; k < end && k <= i + 8; k++) {
    if (CLAUSE_WORDS.has(t[k].lower) || t[k].pos === 'AUX' || (t[k].pos === 'VERB' && k > i + 1)) return true;
    // A hyphen inside a name ("al-Amin") goes on; a comma or a stop ends the look.
    if (t[k].type !== 'word' && t[k].text !== '-') return false;
  }
  return false;
}

/** True when the verb at i introduces a quotation ("continued: '...'", "continued, '...'") or closes one ('"...," Lind continued'). */
export function nextToQuote(doc: ParsedText, i: number): boolean {
  if (isMark(doc.tokens[i + 1], `:${QUOTE_MARKS}`)) return true;
  if (isMark(doc.tokens[i + 1], ',') && isMark(doc.tokens[i + 2], QUOTE_MARKS)) return true;
  for (let k = i - 1; k >= 0 && i - k <= 4; k--) if (isMark(doc.tokens[k], QUOTE_MARKS)) return true;
  return false;
}

/** True when the verb at i needs a "that"-clause, "as", or an adjacent quotation to attribute anything. */
export function lacksComplement(doc: ParsedText, i: number, kind: VerbKind, end: number): boolean {
  const t = doc.tokens;
  // "investigators discovered that ...", "voters have heard that", not "she learned to swim" or "heard the band".
  if (NEED_THAT.has(t[i].lemma)) return !thatFollows(doc, i);
  // "readers could understand the anger", "nobody knew him": a thing or a person known is no view held.
  if (NEED_CLAUSE.has(t[i].lemma) && !clauseFollows(doc, i, end)) return true;
  if (t[i].lemma === 'know' && PERSON_OBJECTS.has(t[i + 1]?.lower ?? '') && !clauseFollows(doc, i + 1, end)) return true;
  if (t[i].lemma === 'regret' && MODALS.has(t[i - 1]?.lower ?? '')) return true;
  if (givesFigureOrName(doc, i, end)) return false;
  if (NEED_AS.has(t[i].lemma) || t[i].lower === 'saw') {
    for (let k = i + 1; k < end && k <= i + 10; k++) if (t[k].lower === 'as') return false;
    return !(t[i].lemma === 'see' && seesAsJudgement(doc, i));
  }
  return kind === 'evidence' && t[i + 1]?.lower !== 'that' && !foundClause(doc, i);
}

/** Whether a classified speaker is acceptable for this kind of verb (`ownView`: "I think" before a clause). */
export function fits(guess: SourceGuess, kind: VerbKind, needsComplement: boolean, ownView: boolean): boolean {
  if (kind === 'speech') return true;
  const fromRecord = guess.source === 'document' || guess.rule === 'attribution/hearsay';
  if (kind === 'evidence') return fromRecord || !needsComplement;
  // Cognition: "experts believe" reports a view; so does "I think the plan will fail", the speaker's own.
  if (guess.rule === 'attribution/first-person') return ownView && !needsComplement;
  return !(guess.source === 'pronoun' && guess.confidence < 0.6) && !needsComplement;
}

/** Lowers confidence for weaker cues: views are softer attributions than statements. */
export function weighted(guess: SourceGuess, kind: VerbKind): SourceGuess {
  if (kind === 'speech') return guess;
  return { ...guess, confidence: Math.round(guess.confidence * (kind === 'cognition' ? 0.8 : 0.95) * 100) / 100 };
}

/**
 * "Nothing had changed, the inspectors found.": a comment clause closing the sentence takes it as its complement
 * (only there: "X, the firm found, raised" between commas is kept for a later round, as silver reads it unowned).
 */
export function closingComment(doc: ParsedText, speaker: Speaker, i: number, kind: VerbKind): boolean {
  const ends = !doc.tokens[i + 1] || doc.tokens[i + 1].sentence !== doc.tokens[i].sentence || isMark(doc.tokens[i + 1], '.!?');
  return kind === 'evidence' && ends && speaker.order === 'before' && commentClause(doc, speaker.phrase, i);
}
