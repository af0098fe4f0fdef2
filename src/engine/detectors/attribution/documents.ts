/**
 * Documents described at length before their verb: "A poll conducted by the university last week showed",
 * "Surveys of voters taken as they left the polls found", "A court filing submitted Thursday says". The noun
 * phrase right before the verb is the end of the description ("the polls", "Thursday"); the source is the
 * document that opens the clause.
 */
import { DOCUMENT_NOUNS } from '../../lexicon/sources-documents.ts';
import type { VerbKind } from '../../lexicon/sources-verbs.ts';
import { analysePhrase } from '../../names/analyse.ts';
import { type Phrase, phraseStartingAt } from '../../names/phrase.ts';
import { isMark, QUOTE_MARKS } from '../../names/tokens.ts';
import type { ParsedText, Sentence } from '../../nlp.ts';
import { citedWork, FACT_WORKS } from './cited-works.ts';
import { classifySpeaker, type SourceGuess } from './classify.ts';
import type { Discourse } from './memory.ts';

/** The longest description between a document and its verb, in tokens. */
const MAX_DESCRIPTION = 24;
/** Words that may open a clause before its subject: "But a poll ... showed". */
const OPENERS = new Set(['and', 'but', 'yet', 'so', 'still', 'meanwhile', 'now', 'also']);
/** Prepositions that open a description of a document: "a report by", "data from", "a survey of". */
const DESCRIBING = new Set(['by', 'from', 'of', 'in', 'on', 'for', 'about', 'into', 'with', 'conducted', 'released', 'published', 'filed']);

/** Marks that end the clause before a verb. */
const CLAUSE_MARKS = `,;:()${QUOTE_MARKS}`;

/** The start of the clause the verb at i belongs to: after the last comma, colon, quote mark or "that", or -1 if too far. */
function clauseStart(doc: ParsedText, floor: number, i: number): number {
  const t = doc.tokens;
  for (let k = i - 1; k >= floor; k--) {
    if (i - k > MAX_DESCRIPTION) return -1;
    if (isMark(t[k], CLAUSE_MARKS) || t[k].lower === 'that' || t[k].lower === 'which') return k + 1;
  }
  return floor;
}

/** True when the token after a document phrase opens a description of it: a preposition or a participle. */
function opensDescription(doc: ParsedText, k: number): boolean {
  const t = doc.tokens[k];
  return DESCRIBING.has(t.lower) || (t.pos === 'VERB' && /(ed|en|wn|ing)$/.test(t.lower));
}

/** True when nothing but auxiliaries, "not" and adverbs stands in the token range [from, to). */
function onlyAuxiliaries(doc: ParsedText, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!AUXILIARY_TAGS.has(doc.tokens[k].pos)) return false;
  return true;
}

const AUXILIARY_TAGS = new Set(['AUX', 'PART', 'ADV']);

/** True when a token in [from, to) is a document noun or a work of fact, the only heads describedDocument accepts. */
function namesDocument(doc: ParsedText, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (DOCUMENT_NOUNS.has(doc.tokens[k].lower) || FACT_WORKS.has(doc.tokens[k].lower)) return true;
  return false;
}

/** A document phrase opening the clause of the verb at i and described up to it, with its classification. */
export function describedDocument(doc: ParsedText, s: Sentence, i: number, kind: VerbKind, memory: Discourse): { phrase: Phrase; guess: SourceGuess } | undefined {
  let start = clauseStart(doc, s.firstToken, i);
  if (start < 0) return undefined;
  while (start < i && OPENERS.has(doc.tokens[start].lower)) start++;
  // Only a document noun or a work of fact can head the phrase (it lies within [start, i)): without one there, the
  // phrase reading and its analysis below could only end in no.
  if (!namesDocument(doc, start, i)) return undefined;
  const phrase = phraseStartingAt(doc, start, i);
  // "Audit files from the vendor show", "Studies in mice have not shown": the phrase may reach the verb (or its
  // auxiliaries), its tail holding the description.
  if (!phrase || phrase.first !== start || (!onlyAuxiliaries(doc, phrase.end, i) && !opensDescription(doc, phrase.end))) return undefined;
  const parts = analysePhrase(doc, phrase);
  // "A documentary about the strike claims that": a work of fact described before its verb is cited too.
  const work = citedWork(doc, { first: phrase.first, end: parts.head + 1 }, i);
  if (work) return { phrase, guess: work };
  const head = doc.tokens[parts.head].lower;
  if (!DOCUMENT_NOUNS.has(head)) return undefined;
  const guess = classifySpeaker(doc, phrase, kind, memory);
  // "Studies in mice have shown": documents nobody could find stay hearsay, as "studies show" does.
  return guess?.source === 'document' || guess?.rule === 'attribution/hearsay' ? { phrase, guess } : undefined;
}
